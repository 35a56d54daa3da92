package org.heritagesentinel.synthetic;

import java.util.SplittableRandom;

import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The watchlist suspicious traffic refers to: each suspicious declaration names one entry drawn
 * from it (a listed party under a spelling variant, a listed container, a profile's goods and route).
 */
@FunctionalInterface
public interface ListedEntries {
    /** The entry the next suspicious declaration is built from, drawn with {@code random}. */
    WatchlistEntry draw(SplittableRandom random);
}
