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

    /** Problems of {@code decision} published under {@code key} (the alert's subject key); empty when usable. */
    public static List<String> problems(String key, AlertDecision decision) {
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
        String screening = key.substring(0, Math.max(0, key.indexOf(':')));
        if (!screening.equals(decision.getAuthority())) {
            problems.add("authority '" + decision.getAuthority() + "' is not the screening authority " + screening
                + " of the alert: only it decides on its alerts");
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
