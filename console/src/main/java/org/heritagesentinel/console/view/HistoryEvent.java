package org.heritagesentinel.console.view;

import java.time.Instant;

/**
 * One line of an alert's history: a revision of the alert (NEW, UPDATED, RETRACTED, ESCALATED) or an
 * analyst's decision. {@code refused} marks a decision taken on a state that had changed meanwhile.
 */
public record HistoryEvent(Instant at, String kind, String who, String detail, boolean refused) {
}
