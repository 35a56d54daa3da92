package org.heritagesentinel.screening.party;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A one-column reference table of words, held in the form the matcher compares: Arabic-script entries go
 * through the tokeniser (without their article), so "التجارية" is stored as the word the parser produces.
 */
final class WordList {

    private final Set<String> words = new HashSet<>();

    WordList(String table, NameTokeniser tokeniser) {
        for (String[] row : TsvResource.rows(table)) {
            List<NameToken> tokens = tokeniser.tokens(row[0]).stream()
                    .filter(token -> !token.text().equals("al"))
                    .toList();
            if (tokens.size() == 1) {
                words.add(tokens.get(0).text());
            }
        }
    }

    boolean contains(String word) {
        return words.contains(word);
    }
}
