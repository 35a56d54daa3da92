package org.heritagesentinel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.heritagesentinel.app.ProfileTrial;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.screening.ParsedPeriods;
import org.heritagesentinel.screening.object.ConceptExtractor;
import org.heritagesentinel.screening.object.PeriodParser;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.io.WatchlistImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentinel profile test FILE}: what a draft would have hit over the last N days. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Work with risk profiles and other entries.",
    subcommands = ProfileCommand.Test.class)
final class ProfileCommand {

    @Command(name = "test", mixinStandardHelpOptions = true,
        description = "Screen the declarations of the last N days against a draft entry (CSV or JSON, first row), "
            + "as if it were active, and report what it would have hit. Nothing is published.")
    static final class Test implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The draft, in the format of 'watchlist import'.")
        Path file;
        @Option(names = "--days", defaultValue = "30", description = "How far back to read declarations (default 30).")
        int days;
        @Option(names = "--show", defaultValue = "20", description = "Matches listed (default 20).")
        int show;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            SentinelConfig settings = config.loadReachable(true);
            List<WatchlistEntry> drafts = new ArrayList<>();
            WatchlistImport.Summary read;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = new WatchlistImport(new EntryValidator(settings.limits().entry()), Integer.MAX_VALUE, line -> { })
                    .run(reader, WatchlistImport.Format.of(file.getFileName().toString()), drafts::add);
            }
            if (drafts.isEmpty()) {
                read.problems().forEach(p -> out.println("refused " + p));
                out.println("no valid entry in " + file);
                return 1;
            }
            ExchangeRates rates = new ExchangeRates();
            TopicReader.read(settings, TopicCatalogue.EXCHANGE_RATES, Instant.EPOCH, (key, rate) -> {
                    if (rate != null) {
                        rates.put(rate);
                    }
                });
            List<Map.Entry<String, CustomsDeclaration>> declarations = new ArrayList<>();
            TopicReader.read(settings, TopicCatalogue.DECLARATIONS, Instant.now().minus(Duration.ofDays(days)),
                (key, d) -> declarations.add(new AbstractMap.SimpleEntry<>(key, d)));
            ProfileTrial trial = new ProfileTrial(settings, rates, new ParsedPeriods(PeriodParser.standard()),
                ConceptExtractor.standard()::concepts);
            out.print(trial.run(drafts.get(0), declarations).render(show));
            out.println("(last " + days + " days; the entry was not published)");
            return 0;
        }
    }
}
