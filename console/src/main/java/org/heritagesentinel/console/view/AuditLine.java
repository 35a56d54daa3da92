package org.heritagesentinel.console.view;

import java.time.Instant;

/**
 * One action of the audit export: an analyst's decision on an alert or a change of the watchlist.
 *
 * @param who      the signed-in user who acted (for a watchlist change: the approver, else the author)
 * @param subject  the alert id or the watchlist entry id
 */
public record AuditLine(Instant at, String who, String authority, String action, String subject, String reason,
                        String detail) {
}
