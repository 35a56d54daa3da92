package org.heritagesentinel.alert;

import java.nio.charset.StandardCharsets;

/**
 * The first-decision-wins rule between analysts acting on one alert at once. A console decision carries the
 * number of decisions its author saw on the alert (its basis); it applies only when that many decisions are
 * applied so far. The decision topic is keyed by the alert's subject key, so every reader (each console
 * instance, the screening application) meets the decisions of one alert in the same order and reaches the
 * same verdict. A decision without basis (the CLI, older producers) always applies.
 */
public final class DecisionBasis {
    /** Record header of a decision: its basis, as decimal digits. */
    public static final String HEADER = "sentinel-decision-basis";

    private DecisionBasis() {
    }

    public static byte[] encode(int basis) {
        return Integer.toString(basis).getBytes(StandardCharsets.UTF_8);
    }

    /** The basis a header value says; null for no header or a value that is no number (read as no basis). */
    public static Integer decode(byte[] header) {
        if (header == null) {
            return null;
        }
        try {
            return Integer.valueOf(new String(header, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a decision taken on {@code basis} applies when {@code applied} decisions are applied to its alert. */
    public static boolean applies(Integer basis, Integer applied) {
        return basis == null || basis.equals(applied);
    }

    /**
     * The decisions applied so far on an alert, from the count kept ({@code kept}, null when none is) and whether
     * its case already carries a decision. A case decided before counts were kept (an upgrade) has an unknown
     * count: the first basis read is taken as the count, so from then on the rule holds as on a new alert (null
     * while no decision with a basis came).
     */
    public static Integer appliedSoFar(Integer kept, boolean decided, Integer basis) {
        if (kept != null) {
            return kept;
        }
        return decided ? basis : Integer.valueOf(0);
    }
}
