package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Somali spellings of names (somali-orthography.tsv) written as English spellings are: "Cabdiraxmaan Xasan" is
 * "Abdirahman Hasan". Only a name that shows the orthography is rewritten (a doubled vowel, Xasan, Cabdi, Cali):
 * x and c are ordinary letters elsewhere (Alexander, Carlos).
 */
final class SomaliOrthography {

    private final List<String> contains = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> words = new HashSet<>();
    private final List<String[]> rewrites = new ArrayList<>();

    SomaliOrthography() {
        for (String[] row : TsvResource.rows("somali-orthography.tsv")) {
            switch (row[0]) {
                case "marker-contains" -> contains.add(row[1]);
                case "marker-prefix" -> prefixes.add(row[1]);
                case "marker-word" -> words.add(row[1]);
                case "rewrite" -> rewrites.add(new String[] {row[1], row[2].equals("-") ? "" : row[2]});
                default -> throw new IllegalStateException("somali-orthography.tsv: unknown kind " + row[0]);
            }
        }
    }

    /** Whether one of the name's lower-case Latin words shows Somali orthography. */
    boolean marks(List<String> latinWords) {
        for (String word : latinWords) {
            if (words.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            for (String part : contains) {
                if (word.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word as English spellings write it; c before h ("ch") is left alone. */
    String rewrite(String word) {
        String out = word;
        for (String[] rule : rewrites) {
            out = rule[0].equals("c") ? out.replaceAll("c(?!h)", rule[1]) : out.replace(rule[0], rule[1]);
        }
        return out;
    }
}
