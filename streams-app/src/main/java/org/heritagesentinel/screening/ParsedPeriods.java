package org.heritagesentinel.screening;

import java.util.Optional;

import org.heritagesentinel.screening.object.PeriodParser;
import org.heritagesentinel.screening.object.YearRange;

/** Periods read by the object-description parser (English, French, Arabic, Hijri years). */
public final class ParsedPeriods implements PeriodReader {
    private final PeriodParser parser;

    public ParsedPeriods(PeriodParser parser) {
        this.parser = parser;
    }

    @Override
    public Optional<MadeBetween> period(String field) {
        return parser.parse(field).map(ParsedPeriods::of);
    }

    @Override
    public Optional<MadeBetween> periodIn(String description) {
        return parser.findIn(description).map(ParsedPeriods::of);
    }

    private static MadeBetween of(YearRange range) {
        return new MadeBetween(range.earliest(), range.latest());
    }
}
