package org.heritagesentinel.screening;

import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;

/**
 * The hit that says a declaration was not (fully) screened: nobody may assume the shipment was
 * cleared, so it is an alert for manual inspection rather than silence.
 */
public final class NotScreened {
    /** Entry id of the hit raised when the matching budget of a declaration ran out. */
    public static final String BUDGET_EXHAUSTED = "screening-budget";
    private static final int SCORE = 50;

    private NotScreened() {
    }

    public static Hit hit(String entryId, String explanation) {
        return Hit.newBuilder()
            .setRuleType(RuleType.NOT_SCREENED)
            .setEntryId(entryId)
            .setScore(SCORE)
            .setConfidence(1.0)
            .setExplanation(explanation)
            .build();
    }

    /** Whether {@code hit} says the matching budget ran out before every candidate was compared. */
    public static boolean isBudgetExhausted(Hit hit) {
        return hit.getRuleType() == RuleType.NOT_SCREENED && BUDGET_EXHAUSTED.equals(hit.getEntryId());
    }
}
