package org.heritagesentinel.screening;

import java.util.List;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.WatchlistEntry;

/** Hits of risk profiles: the profile's weight, its legal basis and the evidence in one sentence. */
public final class ProfileHits {
    private ProfileHits() {
    }

    public static Hit hit(WatchlistEntry entry, List<Evidence> evidence) {
        String why = evidence.stream().map(e -> e.getField() + "=" + e.getDeclaredValue()).distinct()
            .collect(Collectors.joining(", "));
        return builder(entry, evidence).setScore(entry.getRiskWeight()).setConfidence(1.0)
            .setExplanation(prefix(entry) + why).build();
    }

    /**
     * The profile could not be evaluated (e.g. no exchange rate for the day): the declaration must not
     * pass as if it had been checked, so the gap is a hit of its own, with confidence 0.
     */
    public static Hit notEvaluable(WatchlistEntry entry, List<Evidence> evidence, int score, String why) {
        return builder(entry, evidence).setScore(Math.min(score, entry.getRiskWeight())).setConfidence(0.0)
            .setExplanation(prefix(entry) + "not evaluable: " + why + "; check manually").build();
    }

    private static Hit.Builder builder(WatchlistEntry entry, List<Evidence> evidence) {
        return Hit.newBuilder()
            .setRuleType(entry.getProfile().getRuleType())
            .setEntryId(entry.getEntryId())
            .setEntryRevision(entry.getRevision())
            .setEvidence(evidence);
    }

    private static String prefix(WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        return "profile " + entry.getEntryId() + " (" + profile.getRuleType()
            + (entry.getLegalBasis() == null ? "" : ", " + entry.getLegalBasis()) + "): ";
    }
}
