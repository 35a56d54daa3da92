package org.heritagesentinel.screening;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Evidence;

/**
 * The age an item can be relied on to have on its acceptance day: from the declared period, else a
 * period in the description, else what its HS subheading declares. Ages are minimums: "19th century"
 * accepted in 2026 is at least 126 years old.
 */
public final class ItemAge {
    /** An age in years, and the evidence it rests on. */
    public record Age(int minYears, Evidence evidence) {
    }

    private final PeriodReader periods;

    public ItemAge(PeriodReader periods) {
        this.periods = periods;
    }

    public Optional<Age> of(ScreeningSubject subject, int itemIndex, String hs) {
        Optional<Age> stated = fromDeclaredPeriod(subject, itemIndex).or(() -> fromDescription(subject, itemIndex));
        if (stated.isPresent()) {
            return stated;
        }
        OptionalInt implied = HsAge.minAgeYears(hs);
        if (implied.isEmpty()) {
            return Optional.empty();
        }
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        return Optional.of(new Age(implied.getAsInt(), Evidences.of("items[" + itemIndex + "].hsCode", item.getHsCode(),
            "over " + implied.getAsInt() + " years", "hs-subheading-age")));
    }

    /** The age a goods description implies, if it names a period. */
    public Optional<Age> fromDescription(ScreeningSubject subject, int itemIndex) {
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        LocalDate day = LocalDate.ofInstant(subject.declaration().getAcceptedAt(), ZoneOffset.UTC);
        return periods.periodIn(item.getDescription())
            .map(p -> age(p, day, "items[" + itemIndex + "].description", item.getDescription()));
    }

    /** The age the declared period field implies, if it holds one. */
    public Optional<Age> fromDeclaredPeriod(ScreeningSubject subject, int itemIndex) {
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        LocalDate day = LocalDate.ofInstant(subject.declaration().getAcceptedAt(), ZoneOffset.UTC);
        return item.getDeclaredPeriod() == null ? Optional.empty() : periods.period(item.getDeclaredPeriod())
            .map(p -> age(p, day, "items[" + itemIndex + "].declaredPeriod", item.getDeclaredPeriod()));
    }

    private static Age age(PeriodReader.MadeBetween period, LocalDate day, String field, String text) {
        int years = period.minAgeYears(day);
        return new Age(years, Evidences.of(field, text, "made " + period + ", at least " + years + " years on " + day,
            "period-parsed"));
    }
}
