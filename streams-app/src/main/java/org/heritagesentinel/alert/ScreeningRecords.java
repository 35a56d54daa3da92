package org.heritagesentinel.alert;

import java.time.Instant;
import java.util.Optional;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * Proof of screening: one record per screening, clean or not, naming the hits, the versions of
 * the watchlist, profiles and matchers, and the configuration it was screened with — so an
 * authority can show a shipment was screened, and tune thresholds on the ones that were missed.
 */
public final class ScreeningRecords {
    /** Bumped whenever a rule changes what it finds; the matchers' own versions are quoted as they say. */
    private static final String RULES_VERSION = "profiles-2";
    /** The matchers and rules a screening ran with, e.g. "party-matcher/1.6;object-matcher/2.0;profiles-2" (each matcher says its own). */
    public static final String MATCHER_VERSION = PartyNameMatcher.version() + ";" + ObjectMatcher.version() + ";" + RULES_VERSION;

    private final AlertScorer scorer;
    private final WatchlistIndex index;
    private final String configHash;

    public ScreeningRecords(AlertScorer scorer, WatchlistIndex index, String configHash) {
        this.scorer = scorer;
        this.index = index;
        this.configHash = configHash;
    }

    /** A digest of the settings that change screening outcomes (never of credentials). */
    public static String configHash(String screeningSettings) {
        return AlertIdentity.sha256Hex(screeningSettings).substring(0, 16);
    }

    public ScreeningRecord of(AlertSubject subject, ScreeningResult result, Optional<Alert> emitted, ScreeningState state,
                              Instant screenedAt, boolean retro) {
        AlertScorer.Scored scored = scorer.score(result.hits());
        boolean everAlerted = state != null && state.getAlertRevision() > 0;
        return ScreeningRecord.newBuilder()
            .setSubjectType(subject.type())
            .setSubjectKey(subject.key())
            .setSubjectVersion(subject.version())
            .setAuthority(subject.authority())
            .setEventTime(subject.eventTime())
            .setScreenedAt(screenedAt)
            .setRetro(retro)
            .setScore(scored.score())
            .setLane(scored.lane())
            .setSeverity(scored.severity())
            .setAlertId(everAlerted ? AlertIdentity.alertId(subject.type(), subject.key()) : null)
            .setAlertStatus(emitted.map(Alert::getStatus).orElse(null))
            .setHits(result.hits())
            .setWatchlistVersion(index.version())
            .setProfilesVersion(index.profilesVersion())
            .setMatcherVersion(MATCHER_VERSION)
            .setConfigHash(configHash)
            .setWarnings(result.warnings())
            .setSuppressedHits(result.suppressed())
            .setCandidates(result.candidates())
            .build();
    }
}
