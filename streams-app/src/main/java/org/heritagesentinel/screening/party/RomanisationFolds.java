package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the romanisation systems of one name into one key (romanisation-folds.tsv): Aleksandrovich and
 * Aleksandrowicz, Yury and Jurij, Zhukov and Joukov, Lukashenka and Lukashenko. The key is compared besides the
 * word as written, never instead of it, so a rule can only bring two spellings closer.
 */
final class RomanisationFolds {

    private record Rule(String from, String to, String where) {
    }

    private final List<Rule> endings = new ArrayList<>();
    private final List<Rule> starts = new ArrayList<>();
    private final List<Rule> anywhere = new ArrayList<>();

    RomanisationFolds() {
        for (String[] row : TsvResource.rows("romanisation-folds.tsv")) {
            Rule rule = new Rule(row[0], row[1], row[2]);
            switch (rule.where()) {
                case "end" -> endings.add(rule);
                case "start" -> starts.add(rule);
                case "any" -> anywhere.add(rule);
                default -> throw new IllegalStateException("romanisation-folds.tsv: unknown place " + rule.where());
            }
        }
    }

    /** The folded key of a lower-case Latin word; the same instance when no rule applies. */
    String fold(String word) {
        String folded = word;
        for (Rule rule : endings) {
            if (folded.endsWith(rule.from()) && folded.length() > rule.from().length() + 1) {
                folded = folded.substring(0, folded.length() - rule.from().length()) + rule.to();
            }
        }
        for (Rule rule : starts) {
            if (folded.startsWith(rule.from()) && folded.length() > rule.from().length() + 1) {
                folded = rule.to() + folded.substring(rule.from().length());
            }
        }
        for (Rule rule : anywhere) {
            if (folded.contains(rule.from())) {
                folded = folded.replace(rule.from(), rule.to());
            }
        }
        return folded.equals(word) ? word : folded;
    }
}
