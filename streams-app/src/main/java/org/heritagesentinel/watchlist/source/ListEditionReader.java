package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.watchlist.io.WatchlistImport.Problem;

/**
 * Reads one edition of a published list into validated watchlist entries. An edition is read twice by
 * the commands: once through to the end, so a file that fails to parse submits nothing (and delists
 * nothing), then again to submit; neither pass holds more than one listed subject.
 */
public final class ListEditionReader {
    /** What one pass read: entries handed on, entries refused by validation, subjects of other kinds skipped. */
    public record Pass(int read, int accepted, int skipped, LocalDate published, List<Problem> refused) {
    }

    private final EntryValidator validator;
    private final ListFormat format;
    private final int progressEvery;
    private final Consumer<String> progress;

    public ListEditionReader(ListFormat format, EntryValidator validator, int progressEvery, Consumer<String> progress) {
        this.format = format;
        this.validator = validator;
        this.progressEvery = Math.max(1, progressEvery);
        this.progress = progress;
    }

    /**
     * @param edition the edition's publication date is the file's own when it states one
     * @throws MalformedListException at the first line or element that cannot be read
     */
    public Pass read(Path file, SourceEdition edition, Consumer<WatchlistEntry> sink) throws IOException, MalformedListException {
        return read(file, edition, sink, id -> { });
    }

    /** @param refusedIds told the entry id of every entry validation refused */
    public Pass read(Path file, SourceEdition edition, Consumer<WatchlistEntry> sink, Consumer<String> refusedIds)
        throws IOException, MalformedListException {
        List<Problem> refused = new ArrayList<>();
        int[] counts = new int[2];
        SourceEdition[] dated = {edition};
        ListReader.Reading reading = format.reader().read(file, subject -> {
            counts[0]++;
            WatchlistEntry entry = new SourceEntries(dated[0]).toEntry(subject);
            List<String> problems = validator.problems(entry.getEntryId(), entry);
            if (problems.isEmpty()) {
                sink.accept(entry);
                counts[1]++;
            } else {
                refusedIds.accept(entry.getEntryId());
                refused.add(new Problem(subject.where + " (" + entry.getEntryId() + ")", String.join("; ", problems)));
            }
            if (counts[0] % progressEvery == 0) {
                progress.accept(counts[0] + " read, " + counts[1] + " accepted, " + refused.size() + " refused");
            }
        });
        return new Pass(counts[0], counts[1], reading.skipped(), reading.published(), List.copyOf(refused));
    }
}
