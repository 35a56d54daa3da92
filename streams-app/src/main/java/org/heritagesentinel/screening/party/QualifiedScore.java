package org.heritagesentinel.screening.party;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A name score after country, date-of-birth and identifier qualifiers. Not shared between threads: it
 * lives within one screening.
 */
public final class QualifiedScore {
    private final double score;
    private Supplier<String> explain;
    private String explanation;

    /** @param explain writes the fragment to append to the name explanation (empty when nothing applied) on first use */
    QualifiedScore(double score, Supplier<String> explain) {
        this.score = score;
        this.explain = Objects.requireNonNull(explain, "explain");
    }

    /** Adjusted score, 0..1. */
    public double score() {
        return score;
    }

    /** Which facts applied, in words; empty when none did. */
    public String explanation() {
        if (explanation == null) {
            explanation = explain.get();
            explain = null;
        }
        return explanation;
    }
}
