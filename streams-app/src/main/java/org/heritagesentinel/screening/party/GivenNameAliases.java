package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variant spellings of the same given name (Mohammed, Muhammad, Mehmet, محمد): parts of one group are
 * the same name, parts of two different groups are different names even when they sound alike
 * (Hassan and Hussein share the skeleton HSN).
 */
final class GivenNameAliases {

    private final Map<String, String> groupOfVariant = new HashMap<>();

    /** Arabic-script variants go through the tokeniser, so "الوزاني" is stored under its article-free "wzany". */
    GivenNameAliases(NameTokeniser tokeniser) {
        for (String[] row : TsvResource.rows("given-name-aliases.tsv")) {
            String canonical = row[0];
            for (String variant : row) {
                List<NameToken> tokens = tokeniser.tokens(variant).stream()
                        .filter(token -> !token.text().equals("al"))
                        .toList();
                if (tokens.size() == 1) {
                    groupOfVariant.putIfAbsent(tokens.get(0).text(), canonical);
                }
            }
        }
    }

    /** Canonical form of the word's group, or null when the word is not a known variant. */
    String groupOf(String word) {
        return groupOfVariant.get(word);
    }
}
