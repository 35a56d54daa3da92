package org.heritagesentinel.console.view;

/** Where an alert stands in the analysts' work, from the decisions on it. */
public enum CaseStatus {
    OPEN, ACKNOWLEDGED, ASSIGNED, DECIDED
}
