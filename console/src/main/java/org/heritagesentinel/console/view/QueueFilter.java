package org.heritagesentinel.console.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What the analyst asked the queue for; every field optional except the status (default: open).
 *
 * @param sort  "score" (highest first) or "time" (newest first)
 */
public record QueueFilter(String lane, String severity, String status, String rule, String office, LocalDate from,
                          LocalDate to, String sort) {

    public static QueueFilter of(String lane, String severity, String status, String rule, String office, String from,
                                 String to, String sort) {
        return new QueueFilter(blankToNull(lane), blankToNull(severity), status == null || status.isBlank() ? "open"
            : status.toLowerCase(Locale.ROOT), blankToNull(rule), blankToNull(office), day(from), day(to),
            "time".equals(sort) ? "time" : "score");
    }

    boolean accepts(CaseFile file, String username, Optional<String> office, ZoneId zone) {
        LocalDate day = file.eventTime().atZone(zone).toLocalDate();
        return statusAccepts(file, username)
            && (severity == null || severity.equals(file.alert().getSeverity().name()))
            && (rule == null || file.alert().getHits().stream().anyMatch(h -> rule.equals(h.getRuleType().name())))
            && (this.office == null || office.filter(this.office::equalsIgnoreCase).isPresent())
            && (from == null || !day.isBefore(from))
            && (to == null || !day.isAfter(to));
    }

    boolean laneAccepts(CaseFile file) {
        return lane == null || lane.equals(file.alert().getLane().name());
    }

    private boolean statusAccepts(CaseFile file, String username) {
        return switch (status) {
            case "acknowledged" -> file.status() == CaseStatus.ACKNOWLEDGED;
            case "mine" -> file.status() == CaseStatus.ASSIGNED && file.assignee().filter(username::equals).isPresent();
            case "decided" -> file.status() == CaseStatus.DECIDED;
            case "all" -> true;
            default -> file.status() == CaseStatus.OPEN;
        };
    }

    /** The filter as a query string, so the live refresh asks for the same rows. */
    public String query() {
        StringBuilder q = new StringBuilder("status=").append(status).append("&sort=").append(sort);
        append(q, "lane", lane);
        append(q, "severity", severity);
        append(q, "rule", rule);
        append(q, "office", office);
        append(q, "from", from == null ? null : from.toString());
        append(q, "to", to == null ? null : to.toString());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
