package org.heritagesentinel.watchlist.source;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Provenance;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * What a new edition of a list changes in what that source has listed: entries it adds, entries whose
 * content changed (a new revision), and entries it no longer lists (delistings). Content is compared
 * without the revision and the edition date, so an unchanged entry in a new edition changes nothing.
 */
public final class EditionDiff {
    /** An entry the source has listed: its revision and a digest of its content. */
    public record Listed(long revision, long digest) {
    }

    /** The counts of a plan, and the share of the source's entries it would delist. */
    public record Counts(int added, int revised, int unchanged, int delisted, int listedBefore) {
        public double delistShare() {
            return listedBefore == 0 ? 0 : (double) delisted / listedBefore;
        }

        @Override
        public String toString() {
            return added + " new, " + revised + " revised, " + unchanged + " unchanged, " + delisted + " delisted";
        }
    }

    private final Map<String, Listed> listed;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Long> revisions = new HashMap<>();
    private int added;
    private int unchanged;

    /** @param listed what the source lists now, by entry id */
    public EditionDiff(Map<String, Listed> listed) {
        this.listed = listed;
    }

    /** Notes one entry of the new edition (first pass). */
    public void consider(WatchlistEntry entry) {
        String id = entry.getEntryId();
        if (!seen.add(id)) {
            return; // a source listing one id twice: the first occurrence counts
        }
        Listed before = listed.get(id);
        if (before == null) {
            revisions.put(id, 1L);
            added++;
        } else if (before.digest() != digest(entry)) {
            revisions.put(id, before.revision() + 1);
        } else {
            unchanged++;
        }
    }

    /**
     * Notes an entry of the new edition that cannot be published (validation refused it): whatever the
     * source listed under its id stays as it is, rather than being delisted.
     */
    public void keep(String entryId) {
        if (seen.add(entryId) && listed.containsKey(entryId)) {
            unchanged++;
        }
    }

    public Counts counts() {
        int delisted = (int) listed.keySet().stream().filter(id -> !seen.contains(id)).count();
        return new Counts(added, revisions.size() - added, unchanged, delisted, listed.size());
    }

    /**
     * The entry as it is to be published (second pass), with its revision; null when it is unchanged or
     * was already published in this pass.
     */
    public WatchlistEntry toPublish(WatchlistEntry entry) {
        Long revision = revisions.remove(entry.getEntryId());
        return revision == null ? null : WatchlistEntry.newBuilder(entry).setRevision(revision).build();
    }

    /** Entry ids the edition no longer lists, in order. */
    public Set<String> delisted() {
        Set<String> gone = new TreeSet<>(listed.keySet());
        gone.removeAll(seen);
        return gone;
    }

    /** Digest of an entry's content: what the source says, not when or in which revision it said it. */
    public static long digest(WatchlistEntry entry) {
        // a delisting a supervisor requested is not the source's content: the same edition leaves the request pending
        WatchlistEntry.Builder content = WatchlistEntry.newBuilder(entry).setRevision(1).setDelistingRequester(null)
            .setDelistingReason(null);
        if (entry.getStatus() == EntryStatus.DELISTING_REQUESTED) {
            content.setStatus(EntryStatus.ACTIVE);
        }
        if (entry.getProvenance() != null) {
            content.setProvenance(Provenance.newBuilder(entry.getProvenance()).setEdition(null).build());
        }
        try {
            ByteBuffer bytes = content.build().toByteBuffer();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest entry " + entry.getEntryId(), e);
        }
    }
}
