package org.heritagesentinel.connectors;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The record key of customs.declarations.v1: {@code <authority>:<sourceSystem>:<declarationId>}
 * (docs/data-contracts.md). Every producer must build it the same way, or one declaration lands
 * on two partitions and its amendments are screened out of order. Same rules as the app's
 * {@code RecordKeys}, which lives in the streams app; this plugin must not carry the app's jars.
 */
public final class DeclarationKey {

    // the patterns of org.heritagesentinel.contract.RecordKeys (DeclarationKeySpec compares them)
    private static final Pattern AUTHORITY = Pattern.compile("[A-Z]{2}|[A-Z][A-Z0-9-]{1,15}");
    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Z0-9_-]{1,32}");

    private DeclarationKey() {
    }

    /** Normalises the three parts and joins them; rejects parts that cannot be normalised. */
    public static String of(String authority, String sourceSystem, String declarationId) {
        return authority(authority) + ':' + sourceSystem(sourceSystem) + ':' + declarationId(declarationId);
    }

    public static String authority(String authority) {
        String normalised = required(authority, "authority").strip().toUpperCase(Locale.ROOT);
        if (!AUTHORITY.matcher(normalised).matches()) {
            throw new IllegalArgumentException("authority must be ISO 3166-1 alpha-2 or a regional body code: '"
                    + authority + "'");
        }
        return normalised;
    }

    public static String sourceSystem(String sourceSystem) {
        String normalised = required(sourceSystem, "sourceSystem").strip().toUpperCase(Locale.ROOT);
        if (!SOURCE_SYSTEM.matcher(normalised).matches()) {
            throw new IllegalArgumentException("sourceSystem must match [A-Z0-9_-]{1,32}: '" + sourceSystem + "'");
        }
        return normalised;
    }

    public static String declarationId(String declarationId) {
        String normalised = required(declarationId, "declarationId").strip();
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("declarationId is blank");
        }
        return normalised;
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }
}
