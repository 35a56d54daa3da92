package org.heritagesentinel.screening.party;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Result of comparing two party names: a score, and a readable reason quoted in alerts so an analyst
 * sees why two names were linked. The reason is written only when asked for: most comparisons of a
 * screening fall below the threshold and nobody reads them.
 */
public final class NameMatch {
    // not shared between threads: a result lives within one screening
    private final double score;
    private Supplier<String> explain;
    private String explanation;

    public NameMatch(double score, String explanation) {
        this.score = score;
        this.explanation = explanation;
    }

    private NameMatch(double score, Supplier<String> explain) {
        this.score = score;
        this.explain = explain;
    }

    /** A match whose explanation is built on first use. */
    public static NameMatch explainedLazily(double score, Supplier<String> explain) {
        return new NameMatch(score, Objects.requireNonNull(explain, "explain"));
    }

    /** 0 (unrelated) to 1 (same name). */
    public double score() {
        return score;
    }

    public String explanation() {
        if (explanation == null && explain != null) {
            try {
                explanation = explain.get();
            } catch (RuntimeException e) {
                // like matching itself, explaining never fails a screening
                explanation = "score " + score + " (explanation failed: " + e.getClass().getSimpleName() + ")";
            }
            explain = null;
        }
        return explanation;
    }

    @Override
    public String toString() {
        return "NameMatch[score=" + score + ", explanation=" + explanation() + "]";
    }
}
