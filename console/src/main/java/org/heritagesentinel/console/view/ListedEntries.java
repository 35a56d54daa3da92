package org.heritagesentinel.console.view;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;

/** The watchlist as validated ({@code watchlist.entries.v1}): drafts and active entries, latest revision. */
public final class ListedEntries {
    private final Map<String, WatchlistEntry> byId = new ConcurrentHashMap<>();

    void put(String id, WatchlistEntry entry) {
        if (entry == null) {
            byId.remove(id);
        } else {
            byId.put(id, entry);
        }
    }

    public Optional<WatchlistEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** An authority sees its own entries, and the others' not kept national. */
    public boolean isVisibleTo(WatchlistEntry entry, String authority) {
        return authority.equals(entry.getListingAuthority()) || entry.getSharingScope() != SharingScope.NATIONAL;
    }

    /** Entries an authority may see: its own, and the others' not kept national. */
    public List<WatchlistEntry> visibleTo(String authority, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return byId.values().stream()
            .filter(e -> isVisibleTo(e, authority))
            .filter(e -> q.isEmpty() || e.toString().toLowerCase(Locale.ROOT).contains(q))
            .sorted(Comparator.comparing((WatchlistEntry e) -> e.getStatus() != EntryStatus.DRAFT
                    && e.getStatus() != EntryStatus.DELISTING_REQUESTED)
                .thenComparing(WatchlistEntry::getEntryId))
            .limit(200).toList();
    }
}
