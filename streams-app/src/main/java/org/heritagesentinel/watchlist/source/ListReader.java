package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Reads one edition of a published list, a listed subject at a time (memory stays flat). */
interface ListReader {

    /** What the file says about itself: its publication date, when it states one, and what was not listable. */
    record Reading(LocalDate published, int skipped) {
    }

    /**
     * Hands every listed party, vessel or aircraft of the file to {@code sink}, in file order.
     *
     * @throws MalformedListException at the first line or element that cannot be read
     */
    Reading read(Path file, Consumer<ListedSubject> sink) throws IOException, MalformedListException;
}
