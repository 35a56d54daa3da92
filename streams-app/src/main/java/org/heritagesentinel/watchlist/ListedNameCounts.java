package org.heritagesentinel.watchlist;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.screening.party.ListedPartCounts;

/** Name-part counts of the list held, read from the match index: the posting of a part's key counts the parties carrying it. */
public final class ListedNameCounts implements ListedPartCounts {
    private final WatchlistIndex index;

    public ListedNameCounts(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public int partiesWith(String partKey) {
        return index.postingSize(BlockingKeys.NAME + partKey);
    }

    @Override
    public int parties() {
        return index.count(EntryKind.PARTY);
    }

    @Override
    public long version() {
        return index.changes();
    }
}
