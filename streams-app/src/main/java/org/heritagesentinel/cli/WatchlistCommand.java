package org.heritagesentinel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.io.WatchlistImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentinel watchlist import FILE}: loads entries from CSV or JSON onto the submissions topic. */
@Command(name = "watchlist", mixinStandardHelpOptions = true, description = "Manage the watchlist.",
    subcommands = WatchlistCommand.Import.class)
final class WatchlistCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate entries from a CSV or JSON file and submit the valid ones; bad rows are listed "
            + "with their line number. Exit code 1 when any row was refused.")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "CSV with a header row, or JSON (array or one object a line).")
        Path file;
        @Option(names = "--format", description = "CSV or JSON (default: from the file name).")
        WatchlistImport.Format format;
        @Option(names = "--dry-run", description = "Validate only; submit nothing.")
        boolean dryRun;
        @Option(names = "--progress-every", defaultValue = "1000", description = "Rows between progress lines.")
        int progressEvery;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            SentinelConfig settings = config.load();
            WatchlistImport.Format chosen = format != null ? format : WatchlistImport.Format.of(file.getFileName().toString());
            WatchlistImport importer = new WatchlistImport(new EntryValidator(settings.limits().entry()), Math.max(1, progressEvery), line -> out.println("… " + line));
            WatchlistImport.Summary summary;
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<Exception> firstFailure = new AtomicReference<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (dryRun) {
                    summary = importer.run(reader, chosen, entry -> { });
                } else {
                    try (KafkaProducer<String, WatchlistEntry> producer = Producers.of(settings, WatchlistEntry.class)) {
                        String topic = settings.topics().watchlistSubmissions();
                        // one batch per import: its retro alerts are capped together and summarised
                        String batch = ImportBatches.newBatchId();
                        out.println("import batch " + batch);
                        List<Header> headers = List.of(new RecordHeader(ImportBatches.HEADER, batch.getBytes(StandardCharsets.UTF_8)));
                        summary = importer.run(reader, chosen, entry -> producer.send(
                            new ProducerRecord<>(topic, null, entry.getEntryId(), entry, headers), (metadata, e) -> {
                                if (e != null) {
                                    failed.incrementAndGet();
                                    firstFailure.compareAndSet(null, e);
                                }
                            }));
                        producer.flush();
                    }
                }
            }
            summary.problems().forEach(p -> out.println("refused " + p));
            out.println((dryRun ? "dry run: " : "") + summary);
            if (failed.get() > 0) {
                out.println(failed.get() + " entries could not be sent: " + firstFailure.get());
                return 2;
            }
            return summary.problems().isEmpty() ? 0 : 1;
        }
    }
}
