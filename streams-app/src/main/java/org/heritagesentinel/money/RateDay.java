package org.heritagesentinel.money;

import java.time.LocalDate;
import java.util.Locale;

/** Which day's exchange rate a jurisdiction applies to a declaration accepted on a given day. */
public enum RateDay {
    /** The rate of the acceptance day (or the latest before it, within the maximum age). */
    ACCEPTANCE_DAY,
    /** The rate of the day before acceptance: published rates of the previous working day. */
    PREVIOUS_DAY,
    /** The monthly customs rate, dated the first day of the acceptance month (EU practice). */
    MONTH_START;

    public LocalDate applicableTo(LocalDate accepted) {
        return switch (this) {
            case ACCEPTANCE_DAY -> accepted;
            case PREVIOUS_DAY -> accepted.minusDays(1);
            case MONTH_START -> accepted.withDayOfMonth(1);
        };
    }

    public static RateDay parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("rate day must be ACCEPTANCE_DAY, PREVIOUS_DAY or MONTH_START, got '"
                + value + "'", e);
        }
    }
}
