package org.heritagesentinel.config;

import java.util.List;
import java.util.Locale;

/** Names of every topic the application reads or writes; configurable, with the documented defaults. */
public record Topics(
    String declarations,
    String seizures,
    String watchlistSubmissions,
    String watchlistEntries,
    String watchlistAudit,
    String screeningResults,
    String alerts,
    String alertDecisions,
    String deadLetter,
    String authorityAlertsPattern,
    String unroutedAlerts,
    String outcomes,
    String exchangeRates,
    String authorityDecisionsPattern) {

    public static Topics defaults() {
        return new Topics("customs.declarations.v1", "customs.seizures.v1", "watchlist.submissions.v1",
            "watchlist.entries.v1", "watchlist.audit.v1", "screening.results.v1", "alerts.v1",
            "alerts.decisions.v1", "sentinel.dead-letter.v1", "alerts.%s.v1", "alerts.unrouted.v1",
            "screening.outcomes.v1", "reference.exchange-rates.v1", "alerts.decisions.%s.v1");
    }

    /** The per-recipient alert view, e.g. {@code alerts.jo.v1}. */
    public String alertsFor(String authority) {
        return String.format(Locale.ROOT, authorityAlertsPattern, authority.toLowerCase(Locale.ROOT));
    }

    /** The decisions of one authority's analysts, e.g. {@code alerts.decisions.jo.v1}. */
    public String decisionsFor(String authority) {
        return String.format(Locale.ROOT, authorityDecisionsPattern, authority.toLowerCase(Locale.ROOT));
    }

    /** Topics written by external producers and read by the application. */
    public List<String> inputs() {
        return List.of(declarations, seizures, watchlistSubmissions, alertDecisions, exchangeRates);
    }
}
