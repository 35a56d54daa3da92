package org.heritagesentinel.contract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SeizureReport;

/**
 * The key format of each topic (docs/data-contracts.md). Every writer — CLI, connectors, tests —
 * builds keys here, so the same declaration always lands on the same partition.
 */
public final class RecordKeys {
    private static final Pattern AUTHORITY = Pattern.compile("[A-Z]{2}|[A-Z][A-Z0-9-]{1,15}");
    private static final Pattern SYSTEM = Pattern.compile("[A-Z0-9_-]{1,32}");

    private RecordKeys() {
    }

    /** {@code <AUTHORITY>:<SYSTEM>:<declarationId>}, e.g. {@code JO:ASYCUDA:2026-000123}. */
    public static String declaration(String authority, String sourceSystem, String declarationId) {
        return authority(authority) + ":" + system(sourceSystem) + ":" + identifier(declarationId, "declaration id");
    }

    public static String declaration(CustomsDeclaration declaration) {
        return declaration(declaration.getAuthority(), declaration.getSourceSystem(), declaration.getDeclarationId());
    }

    /** {@code <AUTHORITY>:<seizureId>}. */
    public static String seizure(String authority, String seizureId) {
        return authority(authority) + ":" + identifier(seizureId, "seizure id");
    }

    public static String seizure(SeizureReport report) {
        return seizure(report.getAuthority(), report.getSeizureId());
    }

    /**
     * A decision on an alert is keyed like the alert on {@code alerts.v1}: by its subject key. So it
     * lands on the partition, hence the task, that holds the alert's state (same partition count).
     */
    public static String alertDecision(Alert alert) {
        return identifier(alert.getSubjectKey(), "alert subject key");
    }

    /** Authority codes are upper-case: ISO 3166-1 alpha-2, or a short regional body code. */
    public static String authority(String authority) {
        String normalised = authority == null ? "" : authority.trim().toUpperCase(Locale.ROOT);
        if (!AUTHORITY.matcher(normalised).matches()) {
            throw new IllegalArgumentException("invalid authority code '" + authority + "'");
        }
        return normalised;
    }

    private static String system(String system) {
        String normalised = system == null ? "" : system.trim().toUpperCase(Locale.ROOT);
        if (!SYSTEM.matcher(normalised).matches()) {
            throw new IllegalArgumentException("invalid source system '" + system + "'");
        }
        return normalised;
    }

    private static String identifier(String id, String what) {
        String trimmed = id == null ? "" : id.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return trimmed;
    }
}
