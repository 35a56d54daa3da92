package org.heritagesentinel.alert;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.ScreeningState;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.screening.ScreeningResult;

/**
 * Decides what a screening means for the subject's one alert, given what was decided before:
 * NEW on the first hits, nothing when the same version is screened again with the same hits
 * (redelivery, restart, replay), UPDATED when an amendment or a watchlist change alters the hits,
 * RETRACTED when the hits disappear. Older versions arriving late are ignored.
 */
public final class AlertLifecycle {

    /** The alert to emit, if any, and the state to keep. {@code stale} marks an out-of-date version. */
    public record Decision(Optional<Alert> alert, ScreeningState state, boolean stale) {
    }

    private final AlertScorer scorer;

    public AlertLifecycle(AlertScorer scorer) {
        this.scorer = scorer;
    }

    public Decision decide(AlertSubject subject, ScreeningResult result, ScreeningState previous) {
        int version = subject.version();
        if (previous != null && (version < previous.getSubjectVersion()
            || WITHDRAWN.equals(previous.getFingerprint()) && version <= previous.getSubjectVersion())) {
            return new Decision(Optional.empty(), previous, true);
        }
        String fingerprint = fingerprint(result.hits());
        boolean active = previous != null && isActive(previous.getLastStatus());
        int revision = previous == null ? 0 : previous.getAlertRevision();
        AlertStatus status;
        if (result.clean()) {
            status = active ? AlertStatus.RETRACTED : null;
        } else if (!active) {
            status = revision == 0 ? AlertStatus.NEW : AlertStatus.UPDATED;
        } else if (fingerprint.equals(previous.getFingerprint()) && version == previous.getSubjectVersion()) {
            status = null;
        } else {
            status = AlertStatus.UPDATED;
        }
        ScreeningState.Builder state = ScreeningState.newBuilder()
            .setSubjectVersion(version)
            .setFingerprint(fingerprint)
            .setAlertRevision(revision)
            .setLastStatus(previous == null ? null : previous.getLastStatus())
            .setEventTime(subject.eventTime())
            .setRuleTypes(result.hits().stream().map(h -> h.getRuleType().name()).distinct().toList())
            .setLinkKeys(linkKeysOf(previous));
        if (status == null) {
            return new Decision(Optional.empty(), state.build(), false);
        }
        Alert alert = build(subject, result, status, revision + 1);
        state.setAlertRevision(revision + 1).setLastStatus(status);
        return new Decision(Optional.of(alert), state.build(), false);
    }

    /** Fingerprint of a subject withdrawn at source: any version up to the withdrawn one is stale afterwards. */
    static final String WITHDRAWN = "WITHDRAWN";

    /**
     * A withdrawn (deleted) subject retracts its alert, if it had an active one. Redelivered older
     * versions are ignored afterwards ({@code withdrawnVersion}: the version the source withdrew,
     * or -1 when it did not say).
     */
    public Decision withdraw(SubjectType type, String key, ScreeningState previous, java.time.Instant at, int withdrawnVersion) {
        int version = Math.max(withdrawnVersion, previous == null ? 0 : previous.getSubjectVersion());
        ScreeningState.Builder state = ScreeningState.newBuilder()
            .setSubjectVersion(version)
            .setFingerprint(WITHDRAWN)
            .setAlertRevision(previous == null ? 0 : previous.getAlertRevision())
            .setLastStatus(previous == null ? null : previous.getLastStatus())
            .setEventTime(previous == null ? at : previous.getEventTime())
            .setLinkKeys(linkKeysOf(previous));
        if (previous == null || !isActive(previous.getLastStatus())) {
            return new Decision(Optional.empty(), state.build(), false);
        }
        int revision = previous.getAlertRevision() + 1;
        Alert alert = Alert.newBuilder()
            .setAlertId(AlertIdentity.alertId(type, key))
            .setRevision(revision)
            .setStatus(AlertStatus.RETRACTED)
            .setSubjectType(type)
            .setSubjectKey(key)
            .setSubjectVersion(version)
            .setAuthority(key.substring(0, key.indexOf(':')))
            .setEventTime(at)
            .setScore(0)
            .setSeverity(Severity.LOW)
            .setLane(Lane.GREEN)
            .setSummary(key + ": " + type.name().toLowerCase(java.util.Locale.ROOT) + " withdrawn at source, alert retracted")
            .build();
        return new Decision(Optional.of(alert), state.setAlertRevision(revision).setLastStatus(AlertStatus.RETRACTED).build(),
            false);
    }

    /**
     * A RED alert nobody acknowledged in time, announced again as ESCALATED (a new revision of the
     * same alert, same hits); {@code state} is the subject's alert state, which counts the revision.
     */
    public Decision escalate(Alert last, ScreeningState state, java.time.Duration unacknowledgedFor) {
        int revision = state.getAlertRevision() + 1;
        Alert alert = Alert.newBuilder(last)
            .setRevision(revision)
            .setStatus(AlertStatus.ESCALATED)
            .setSummary("ESCALATED, RED and unacknowledged for " + unacknowledgedFor.toMinutes() + " min: " + last.getSummary())
            .build();
        return new Decision(Optional.of(alert),
            ScreeningState.newBuilder(state).setAlertRevision(revision).setLastStatus(AlertStatus.ESCALATED).build(), false);
    }

    /** Whether the alert of this state is still open (neither retracted nor never raised). */
    public static boolean isOpen(ScreeningState state) {
        return state != null && isActive(state.getLastStatus());
    }

    /**
     * The state to keep when a subject is screened without alerting (a replayed snapshot: retro
     * state only): what was screened, not what was announced.
     */
    public static ScreeningState silently(Decision decision, ScreeningState previous) {
        return ScreeningState.newBuilder(decision.state())
            .setAlertRevision(previous == null ? 0 : previous.getAlertRevision())
            .setLastStatus(previous == null ? null : previous.getLastStatus())
            .build();
    }

    private Alert build(AlertSubject subject, ScreeningResult result, AlertStatus status, int revision) {
        AlertScorer.Scored scored = scorer.score(result.hits());
        return Alert.newBuilder()
            .setAlertId(AlertIdentity.alertId(subject.type(), subject.key()))
            .setRevision(revision)
            .setStatus(status)
            .setSubjectType(subject.type())
            .setSubjectKey(subject.key())
            .setSubjectVersion(subject.version())
            .setAuthority(subject.authority())
            .setEventTime(subject.eventTime())
            .setScore(status == AlertStatus.RETRACTED ? 0 : scored.score())
            .setSeverity(status == AlertStatus.RETRACTED ? Severity.LOW : scored.severity())
            .setLane(status == AlertStatus.RETRACTED ? Lane.GREEN : scored.lane())
            .setRecipients(List.copyOf(subject.recipients().keySet()))
            .setRecipientRoles(subject.recipients())
            .setHits(result.hits())
            .setWarnings(result.warnings())
            .setSummary(AlertSummary.of(subject, result.hits(), status, scored))
            .build();
    }

    /** The state carries the subject's outcome link keys, set by whoever knows them, through every decision. */
    private static List<String> linkKeysOf(ScreeningState previous) {
        return previous == null ? List.of() : previous.getLinkKeys();
    }

    private static boolean isActive(AlertStatus status) {
        return status != null && status != AlertStatus.RETRACTED;
    }

    /** Digest of what the hits say; equal hits give equal fingerprints whatever their object identity. */
    static String fingerprint(List<Hit> hits) {
        if (hits.isEmpty()) {
            return "";
        }
        String canonical = hits.stream().map(Hit::toString).collect(Collectors.joining("\n"));
        return AlertIdentity.sha256Hex(canonical);
    }
}
