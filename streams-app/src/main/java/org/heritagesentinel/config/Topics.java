package org.heritagesentinel.config;

import java.util.Collection;
import java.util.List;

/**
 * Names of every topic the application reads or writes; configurable, with the documented defaults. What each
 * topic holds and how it is made is in {@link TopicCatalogue}.
 */
public record Topics(
    String declarations,
    String seizures,
    String watchlistSubmissions,
    String watchlistEntries,
    String watchlistAudit,
    String screeningResults,
    String alerts,
    String authorityDecisionsPattern,
    String deadLetter,
    String authorityAlertsPattern,
    String unroutedAlerts,
    String outcomes,
    String exchangeRates,
    String loginFailures) {

    public static Topics defaults() {
        return new Topics("customs.declarations.v1", "customs.seizures.v1", "watchlist.submissions.v1",
            "watchlist.entries.v1", "watchlist.audit.v1", "screening.results.v1", "alerts.v1",
            "alerts.decisions.%s.v1", "sentinel.dead-letter.v1", "alerts.%s.v1", "alerts.unrouted.v1",
            "screening.outcomes.v1", "reference.exchange-rates.v1",
            "console.login-failures.v1");
    }

    /** The per-recipient alert view, e.g. {@code alerts.jo.v1}. */
    public String alertsFor(String authority) {
        return TopicCatalogue.AUTHORITY_ALERTS.name(this, authority);
    }

    /**
     * Where {@code authority}'s analysts publish their decisions, e.g. {@code alerts.decisions.jo.v1}. One topic per
     * authority, so that the Kafka ACL on it, not a field of the record, says for whom a decision is made.
     */
    public String decisionsFor(String authority) {
        return TopicCatalogue.AUTHORITY_DECISIONS.name(this, authority);
    }

    /** Topics written by external producers and read by the application: one decision topic per authority. */
    public List<String> inputs(Collection<String> authorities) {
        return TopicCatalogue.names(topic -> topic.has(TopicContract.Access.EXTERNAL_PRODUCERS), this, authorities);
    }
}
