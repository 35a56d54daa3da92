package org.heritagesentinel.screening;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads when an object was made from free text. The seam to the object-description parser
 * ({@code screening.object.PeriodParser}): age rules depend on this interface only.
 */
public interface PeriodReader {
    /** Years in which an object was made, inclusive, astronomical numbering (0 = 1 BC). */
    record MadeBetween(int earliest, int latest) {
        /** Years the object is at least old on {@code day}: the age the rules can rely on. */
        public int minAgeYears(LocalDate day) {
            return Math.max(0, day.getYear() - latest);
        }

        @Override
        public String toString() {
            return earliest == latest ? String.valueOf(earliest) : earliest + "–" + latest;
        }
    }

    /** A field that holds a date or period ("19th century", "1250 AH"). */
    Optional<MadeBetween> period(String field);

    /** A goods description, where a bare number is as likely a quantity as a year. */
    Optional<MadeBetween> periodIn(String description);

    /** Reads nothing: age rules then rely on what the HS subheading implies. */
    PeriodReader NONE = new PeriodReader() {
        @Override
        public Optional<MadeBetween> period(String field) {
            return Optional.empty();
        }

        @Override
        public Optional<MadeBetween> periodIn(String description) {
            return Optional.empty();
        }
    };
}
