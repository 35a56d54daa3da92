package org.heritagesentinel.alert;

import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.SubjectType;

/** What makes an analyst's decision unusable, before any state is looked at. */
public final class DecisionValidator {
    private DecisionValidator() {
    }

    /**
     * Problems of {@code decision} published under {@code key} (the alert's subject key) on the decision topic of
     * {@code topicAuthority}; empty when usable. The topic's authority is the one its Kafka ACL lets publish there:
     * the record's own {@code authority} must name it, and the alert must be one that authority screened.
     */
    public static List<String> problems(String key, AlertDecision decision, String topicAuthority) {
        List<String> problems = new ArrayList<>();
        if (decision.getKind() == DecisionKind.UNKNOWN) {
            problems.add("unknown decision kind");
        }
        if (!AlertIdentity.alertId(SubjectType.DECLARATION, key).equals(decision.getAlertId())) {
            problems.add("alert " + decision.getAlertId() + " is not the alert of declaration " + key
                + " (the key must be the alert's key on the alerts topic)");
        }
        if (decision.getAnalyst() == null || decision.getAnalyst().isBlank()) {
            problems.add("analyst is empty");
        }
        if (!topicAuthority.equals(decision.getAuthority())) {
            problems.add("authority '" + decision.getAuthority() + "' is not " + topicAuthority
                + ", whose decision topic this is: an authority decides only for itself");
        }
        String screening = key.substring(0, Math.max(0, key.indexOf(':')));
        if (!screening.equals(topicAuthority)) {
            problems.add("alert of " + (screening.isEmpty() ? "no authority" : screening) + " decided on the decision topic of "
                + topicAuthority + ": only the screening authority decides on its alerts");
        }
        if (decision.getKind() == DecisionKind.DISMISSED && blank(decision.getReason())) {
            problems.add("a dismissal needs a reason");
        }
        if (decision.getKind() == DecisionKind.ASSIGNED && blank(decision.getAssignee())) {
            problems.add("an assignment needs an assignee");
        }
        return problems;
    }

    /** Decisions that clear the pairs of the alert's hits for the suppression period. */
    public static boolean clears(DecisionKind kind) {
        return kind == DecisionKind.DISMISSED || kind == DecisionKind.INSPECTED_CLEAN;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
