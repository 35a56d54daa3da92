package org.heritagesentinel.watchlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The in-memory match index of the watchlist: entries by id, an inverted index from blocking key to
 * entry ids, and risk profiles by HS prefix. Written by the global-store processor (one thread),
 * read concurrently by the stream threads.
 */
public final class WatchlistIndex {
    private static final String ANY_HS = "*";

    private final BlockingKeys blockingKeys;
    private final Map<String, WatchlistEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysOfEntry = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> postings = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> profilesByHsPrefix = new ConcurrentHashMap<>();

    public WatchlistIndex(BlockingKeys blockingKeys) {
        this.blockingKeys = blockingKeys;
    }

    public BlockingKeys blockingKeys() {
        return blockingKeys;
    }

    /** Adds or replaces an entry (a new revision replaces the old one whole). */
    public void upsert(WatchlistEntry entry) {
        String id = entry.getEntryId();
        delist(id);
        Set<String> keys = entry.getKind() == EntryKind.RISK_PROFILE ? profileKeys(entry) : blockingKeys.forEntry(entry);
        Map<String, Set<String>> target = entry.getKind() == EntryKind.RISK_PROFILE ? profilesByHsPrefix : postings;
        for (String key : keys) {
            target.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
        }
        keysOfEntry.put(id, keys);
        entries.put(id, entry);
    }

    public void delist(String entryId) {
        WatchlistEntry previous = entries.remove(entryId);
        Set<String> keys = keysOfEntry.remove(entryId);
        if (previous == null || keys == null) {
            return;
        }
        Map<String, Set<String>> target = previous.getKind() == EntryKind.RISK_PROFILE ? profilesByHsPrefix : postings;
        for (String key : keys) {
            target.computeIfPresent(key, (k, ids) -> {
                ids.remove(entryId);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    public void clear() {
        entries.clear();
        keysOfEntry.clear();
        postings.clear();
        profilesByHsPrefix.clear();
    }

    public WatchlistEntry get(String entryId) {
        return entries.get(entryId);
    }

    public int size() {
        return entries.size();
    }

    public Map<EntryKind, Integer> sizeByKind() {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        entries.values().forEach(e -> counts.merge(e.getKind(), 1, Integer::sum));
        return counts;
    }

    /** Entries indexed under any of the keys, each once, in a stable order. */
    public Collection<WatchlistEntry> candidates(Collection<String> keys) {
        Map<String, WatchlistEntry> found = new LinkedHashMap<>();
        for (String key : keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                for (String id : ids) {
                    WatchlistEntry entry = entries.get(id);
                    if (entry != null) {
                        found.putIfAbsent(id, entry);
                    }
                }
            }
        }
        return found.values();
    }

    /** How many entries a blocking key points to: lets callers skip keys too coarse to be worth it. */
    public int postingSize(String key) {
        Set<String> ids = postings.get(key);
        return ids == null ? 0 : ids.size();
    }

    /** Risk profiles whose HS prefixes cover {@code hsDigits}, plus those without HS restriction. */
    public List<WatchlistEntry> profilesFor(String hsDigits) {
        List<WatchlistEntry> result = new ArrayList<>();
        collectProfiles(ANY_HS, result);
        for (int length = 2; length <= hsDigits.length(); length++) {
            collectProfiles(hsDigits.substring(0, length), result);
        }
        return result;
    }

    /** Every risk profile (declaration-level rules such as RANDOM or CONVEYANCE_RISK). */
    public List<WatchlistEntry> allProfiles() {
        List<WatchlistEntry> result = new ArrayList<>();
        entries.values().stream().filter(e -> e.getKind() == EntryKind.RISK_PROFILE).forEach(result::add);
        return result;
    }

    private void collectProfiles(String prefix, List<WatchlistEntry> result) {
        Set<String> ids = profilesByHsPrefix.get(prefix);
        if (ids != null) {
            for (String id : ids) {
                WatchlistEntry entry = entries.get(id);
                if (entry != null && !result.contains(entry)) {
                    result.add(entry);
                }
            }
        }
    }

    private static Set<String> profileKeys(WatchlistEntry entry) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String prefix : entry.getProfile().getHsPrefixes()) {
            String digits = Normalise.hsCode(prefix);
            if (!digits.isEmpty()) {
                keys.add(digits);
            }
        }
        if (keys.isEmpty()) {
            keys.add(ANY_HS);
        }
        return keys;
    }
}
