package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.Map;

/**
 * Words that make a name an organisation's ("Bank", "Holding", "Brigade") and the expansion of their
 * abbreviations ("Int'l", "Corp", "Mfg"), from company-words.tsv.
 */
final class CompanyWords {

    private final Map<String, String> canonicalOfWord = new HashMap<>();

    CompanyWords() {
        for (String[] row : TsvResource.rows("company-words.tsv")) {
            canonicalOfWord.put(row[0], row[1]);
        }
    }

    /** The expanded form of an organisation word, or null when the word is not one. */
    String canonical(String word) {
        return canonicalOfWord.get(word);
    }
}
