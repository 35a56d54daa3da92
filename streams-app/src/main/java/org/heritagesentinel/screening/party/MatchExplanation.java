package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;

/** Writes the one-line reason of a match that analysts read in an alert. */
final class MatchExplanation {

    private static final int SHOWN_LENGTH = 80;

    private MatchExplanation() {
    }

    static String of(String declared, String listed, Alignment alignment, List<String> rules, double score) {
        List<String> evidence = new ArrayList<>();
        for (AlignedPair pair : alignment.pairs()) {
            String parts = pair.declared().text().equals(pair.listed().text())
                    ? pair.declared().text()
                    : pair.declared().text() + "=" + pair.listed().text();
            evidence.add(parts + " (" + pair.comparison().reason().label() + ")");
        }
        StringBuilder text = new StringBuilder()
                .append('\'').append(shown(declared)).append("' ~ '").append(shown(listed)).append("': ");
        text.append(evidence.isEmpty() ? "no part in common" : String.join(", ", evidence));
        appendParts(text, "; only declared: ", alignment.unmatchedDeclared());
        appendParts(text, "; only listed: ", alignment.unmatchedListed());
        rules.forEach(rule -> text.append("; ").append(rule));
        long hundredths = Math.round(score * 100);
        return text.append("; ").append(hundredths / 100).append('.')
                .append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100).toString();
    }

    private static void appendParts(StringBuilder text, String label, List<NamePart> parts) {
        if (!parts.isEmpty()) {
            text.append(label).append(String.join(" ", parts.stream().map(NamePart::text).toList()));
        }
    }

    /** Names come from declarations: keep control characters and overlong text out of alert messages. */
    private static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(Math.min(name.length(), SHOWN_LENGTH + 1));
        for (int i = 0; i < name.length() && printable.length() <= SHOWN_LENGTH; i++) {
            char c = name.charAt(i);
            printable.append(Character.isISOControl(c) ? ' ' : c);
        }
        String shown = printable.toString().strip();
        return shown.length() > SHOWN_LENGTH ? shown.substring(0, SHOWN_LENGTH - 3) + "..." : shown;
    }
}
