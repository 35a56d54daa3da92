package org.heritagesentinel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.retro.ImportBatches;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.io.WatchlistImport;
import org.heritagesentinel.watchlist.source.EditionDiff;
import org.heritagesentinel.watchlist.source.ListEditionReader;
import org.heritagesentinel.watchlist.source.ListFormat;
import org.heritagesentinel.watchlist.source.MalformedListException;
import org.heritagesentinel.watchlist.source.SourceEdition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentinel watchlist import FILE}: loads entries from CSV, JSON or a published list onto the
 * submissions topic; {@code sentinel watchlist sync --source NAME FILE} brings what a published list
 * has listed up to a new edition of it.
 */
@Command(name = "watchlist", mixinStandardHelpOptions = true, description = "Manage the watchlist.",
    subcommands = {WatchlistCommand.Import.class, WatchlistCommand.Sync.class})
final class WatchlistCommand {
    /** Exit code of an edition that cannot be read, or could not be sent. */
    static final int FAILED = 2;
    /** Exit code of a sync stopped because it would delist too much. */
    static final int STOPPED = 3;

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate entries from a CSV or JSON file, or a published list (FtM, UN, OFAC), and submit the "
            + "valid ones; bad rows are listed with their line number. Exit code 1 when any row was refused, 2 when "
            + "a published list cannot be read (then nothing is submitted).")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Mixin
        ListOptions list;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "CSV with a header row, JSON (array or one object a line), or a "
            + "published list in --format.")
        Path file;
        @Option(names = "--format", description = "CSV or JSON (default: from the file name), or a published list: FTM "
            + "(OpenSanctions entities.ftm.json), UN (consolidated list XML), OFAC (sdn.xml), OFAC_CSV (sdn.csv with "
            + "alt.csv and add.csv beside it).")
        String format;
        @Option(names = "--dry-run", description = "Validate only; submit nothing.")
        boolean dryRun;
        @Option(names = "--progress-every", defaultValue = "1000", description = "Rows between progress lines.")
        int progressEvery;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ListFormat listFormat = ListOptions.listFormat(format, spec.commandLine());
            return listFormat == null ? importRows(out) : importList(out, listFormat);
        }

        private int importRows(PrintWriter out) throws IOException {
            SentinelConfig settings = dryRun ? config.load() : config.loadReachable(true);
            WatchlistImport.Format chosen = format != null ? WatchlistImport.Format.valueOf(format.trim().toUpperCase(Locale.ROOT))
                : WatchlistImport.Format.of(file.getFileName().toString());
            WatchlistImport importer = new WatchlistImport(new EntryValidator(settings.limits().entry()), Math.max(1, progressEvery), line -> out.println("… " + line));
            WatchlistImport.Summary summary;
            boolean sent = true;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (dryRun) {
                    summary = importer.run(reader, chosen, entry -> { });
                } else {
                    try (WatchlistSubmitter submitter = new WatchlistSubmitter(settings, out)) {
                        summary = importer.run(reader, chosen, submitter::submit);
                        sent = submitter.flush(out);
                    }
                }
            }
            summary.problems().forEach(p -> out.println("refused " + p));
            out.println(dryRun ? summary.asDryRun() : summary.toString());
            if (!sent) {
                return FAILED;
            }
            return summary.problems().isEmpty() ? 0 : 1;
        }

        private int importList(PrintWriter out, ListFormat listFormat) throws IOException {
            SentinelConfig settings = dryRun ? config.load() : config.loadReachable(true);
            SourceEdition edition = list.edition(listFormat);
            ListEditionReader reader = new ListEditionReader(listFormat, new EntryValidator(settings.limits().entry()),
                progressEvery, line -> out.println("… " + line));
            ListEditionReader.Pass first;
            try {
                first = reader.read(file, edition, entry -> { });
            } catch (MalformedListException e) {
                return malformed(out, e);
            }
            SourceEdition dated = first.published() == null ? edition : edition.withPublished(first.published());
            first.refused().forEach(p -> out.println("refused " + p));
            if (!dryRun) {
                try (WatchlistSubmitter submitter = new WatchlistSubmitter(settings, out)) {
                    reader.read(file, dated, submitter::submit);
                    if (!submitter.flush(out)) {
                        return FAILED;
                    }
                } catch (MalformedListException e) {
                    return malformed(out, e); // the file changed between the two readings
                }
            }
            out.println((dryRun ? "dry run: " : "") + dated.source() + " edition " + dated.published() + ": " + first.read()
                + " listed read, " + first.accepted() + " entries " + (dryRun ? "valid" : "imported") + ", "
                + first.refused().size() + " refused" + skipped(first));
            return first.refused().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Bring what a published list has listed up to a new edition of it: new entries, a new revision "
            + "where an entry changed, a delisting where one disappeared; the same edition twice changes nothing. "
            + "Exit code 2 when the edition cannot be read (nothing changes), 3 when it would delist more than "
            + "sources.max-delist-share of the source's entries and --force is not given.")
    static final class Sync implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Mixin
        ListOptions list;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The new edition, in --format.")
        Path file;
        @Option(names = "--format", required = true, description = "FTM, UN, OFAC or OFAC_CSV.")
        String format;
        @Option(names = "--force", description = "Delist even more than sources.max-delist-share of the source's entries.")
        boolean force;
        @Option(names = "--dry-run", description = "Count what would change; change nothing.")
        boolean dryRun;
        @Option(names = "--progress-every", defaultValue = "10000", description = "Entries between progress lines.")
        int progressEvery;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ListFormat listFormat = ListOptions.listFormat(format, spec.commandLine());
            if (listFormat == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    "sync reads a published list: --format FTM, UN, OFAC or OFAC_CSV");
            }
            SentinelConfig settings = config.loadReachable(true);
            SourceEdition edition = list.edition(listFormat);
            Map<String, EditionDiff.Listed> listed = SourceListing.of(settings, edition.source());
            EditionDiff diff = new EditionDiff(listed);
            ListEditionReader reader = new ListEditionReader(listFormat, new EntryValidator(settings.limits().entry()),
                progressEvery, line -> out.println("… " + line));
            ListEditionReader.Pass first;
            try {
                first = reader.read(file, edition, diff::consider, diff::keep);
            } catch (MalformedListException e) {
                return malformed(out, e);
            }
            SourceEdition dated = first.published() == null ? edition : edition.withPublished(first.published());
            first.refused().forEach(p -> out.println("refused " + p));
            EditionDiff.Counts counts = diff.counts();
            out.println(dated.source() + " edition " + dated.published() + ": " + first.read() + " listed read"
                + skipped(first) + ", " + counts.listedBefore() + " listed before: " + counts + ", " + first.refused().size()
                + " refused");
            double max = settings.sources().maxDelistShare();
            if (counts.delistShare() > max && !force) {
                out.printf(Locale.ROOT, "stopped: this edition would delist %d of the %d entries of %s (%.0f %%, more than "
                        + "sources.max-delist-share %.2f). Nothing was changed. Check the file (a truncated download?), "
                        + "or run again with --force.%n", counts.delisted(), counts.listedBefore(), dated.source(),
                    100 * counts.delistShare(), max);
                return STOPPED;
            }
            if (dryRun || counts.added() + counts.revised() + counts.delisted() == 0) {
                out.println(dryRun ? "dry run: nothing was changed" : "nothing to change");
                return first.refused().isEmpty() ? 0 : 1;
            }
            try (WatchlistSubmitter submitter = new WatchlistSubmitter(settings, out)) {
                reader.read(file, dated, entry -> {
                    var changed = diff.toPublish(entry);
                    if (changed != null) {
                        submitter.submit(changed);
                    }
                });
                String author = "sentinel watchlist sync " + dated.source() + " edition " + dated.published();
                diff.delisted().forEach(id -> submitter.delist(id, author));
                if (!submitter.flush(out)) {
                    return FAILED;
                }
            } catch (MalformedListException e) {
                return malformed(out, e);
            }
            out.println("synced " + dated.source() + " to edition " + dated.published() + ": " + counts);
            return first.refused().isEmpty() ? 0 : 1;
        }
    }

    private static int malformed(PrintWriter out, MalformedListException e) {
        out.println("cannot read the edition, at " + e.getMessage());
        out.println("nothing was submitted and nothing delisted");
        return FAILED;
    }

    private static String skipped(ListEditionReader.Pass pass) {
        return pass.skipped() == 0 ? "" : " (" + pass.skipped() + " entities of other kinds skipped)";
    }
}
