package org.heritagesentinel.console.view;

import java.time.Duration;
import java.time.Instant;

import org.heritagesentinel.app.ProfileTrial;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.screening.ParsedPeriods;
import org.heritagesentinel.screening.object.ConceptExtractor;
import org.heritagesentinel.screening.object.PeriodParser;

/**
 * {@code sentinel profile test} from the draft form: the draft screened alone, as if active, with the
 * production rules against the declarations the user's authority received in the last days, as the console
 * holds them. Nothing is published. The console follows no exchange rates: a value threshold compares only
 * declarations valued in the profile's own currency.
 */
public final class DraftTrial {
    private final ProfileTrial trial;
    private final Declarations declarations;

    public DraftTrial(SentinelConfig config, Declarations declarations) {
        this.trial = new ProfileTrial(config, new ExchangeRates(), new ParsedPeriods(PeriodParser.standard()),
            ConceptExtractor.standard()::concepts);
        this.declarations = declarations;
    }

    public ProfileTrial.Report run(WatchlistEntry draft, String authority, int days, Instant now) {
        return trial.run(draft, declarations.receivedBy(authority, now.minus(Duration.ofDays(days))));
    }
}
