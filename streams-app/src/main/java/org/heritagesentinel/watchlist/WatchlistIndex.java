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
    private volatile long digest;
    private volatile long profileDigest;
    private volatile int profileCount;

    public WatchlistIndex(BlockingKeys blockingKeys) {
        this.blockingKeys = blockingKeys;
    }

    public BlockingKeys blockingKeys() {
        return blockingKeys;
    }

    /**
     * Adds or replaces an entry (a new revision replaces the old one whole). Writes are rare and
     * come from the global thread and from retro-screening, so they are serialised; reads are not.
     */
    public synchronized void upsert(WatchlistEntry entry) {
        String id = entry.getEntryId();
        delist(id);
        Set<String> keys = entry.getKind() == EntryKind.RISK_PROFILE ? profileKeys(entry) : blockingKeys.forEntry(entry);
        Map<String, Set<String>> target = entry.getKind() == EntryKind.RISK_PROFILE ? profilesByHsPrefix : postings;
        for (String key : keys) {
            target.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
        }
        keysOfEntry.put(id, keys);
        entries.put(id, entry);
        toggleDigest(entry);
    }

    /**
     * Applies an entry unless the index already holds the same or a later revision: retro-screening
     * may see a change before the global thread does, and the global thread must not be undone.
     */
    public synchronized void upsertIfNewer(WatchlistEntry entry) {
        WatchlistEntry current = entries.get(entry.getEntryId());
        if (current == null || current.getRevision() < entry.getRevision()) {
            upsert(entry);
        }
    }

    public synchronized void delist(String entryId) {
        WatchlistEntry previous = entries.remove(entryId);
        Set<String> keys = keysOfEntry.remove(entryId);
        if (previous == null || keys == null) {
            return;
        }
        toggleDigest(previous);
        Map<String, Set<String>> target = previous.getKind() == EntryKind.RISK_PROFILE ? profilesByHsPrefix : postings;
        for (String key : keys) {
            target.computeIfPresent(key, (k, ids) -> {
                ids.remove(entryId);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    /**
     * Version of the list held: a digest of every entry id and revision, independent of the order
     * they arrived in, so two instances holding the same list report the same version.
     */
    public String version() {
        return String.format(java.util.Locale.ROOT, "%d:%016x", entries.size(), digest);
    }

    /** Version of the risk profiles held, computed like {@link #version()}. */
    public String profilesVersion() {
        return String.format(java.util.Locale.ROOT, "%d:%016x", profileCount, profileDigest);
    }

    private void toggleDigest(WatchlistEntry entry) {
        long h = fnv1a(entry.getEntryId() + "#" + entry.getRevision() + "#" + entry.getStatus());
        digest ^= h;
        if (entry.getKind() == EntryKind.RISK_PROFILE) {
            profileDigest ^= h;
            profileCount += entries.containsKey(entry.getEntryId()) ? 1 : -1;
        }
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    public synchronized void clear() {
        digest = 0;
        profileDigest = 0;
        profileCount = 0;
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
