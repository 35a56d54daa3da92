package org.heritagesentinel.screening;

/**
 * A bounded label for a validation warning: the field family it concerns, never the value
 * (values are unbounded and may be personal data).
 */
public final class WarningReasons {
    private WarningReasons() {
    }

    public static String of(String warning) {
        if (warning.startsWith("acceptance time")) {
            return "implausible_time";
        }
        if (warning.contains("hsCode")) {
            return "hs_code";
        }
        if (warning.contains("Country") || warning.contains("country")) {
            return "country_code";
        }
        if (warning.contains("name is empty")) {
            return "empty_name";
        }
        if (warning.contains("statisticalValue")) {
            return "value";
        }
        if (warning.contains("no items")) {
            return "no_items";
        }
        return "other";
    }
}
