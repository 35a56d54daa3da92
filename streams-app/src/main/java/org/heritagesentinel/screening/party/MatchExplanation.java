package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the one-line reason of a match that analysts read in an alert. */
final class MatchExplanation {

    private MatchExplanation() {
    }

    static String of(String declared, String listed, Alignment alignment, double score) {
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
        return text.append(String.format(Locale.ROOT, "; %.2f", score)).toString();
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
        String printable = name.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() > 80 ? printable.substring(0, 77) + "..." : printable;
    }
}
