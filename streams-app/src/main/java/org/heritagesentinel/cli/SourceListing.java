package org.heritagesentinel.cli;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.watchlist.source.EditionDiff;

/**
 * What one source has listed, as the application accepted it: the compacted entries topic read to its
 * end, keeping the entries whose provenance names the source (a tombstone removes an entry).
 */
final class SourceListing {
    private SourceListing() {
    }

    static Map<String, EditionDiff.Listed> of(SentinelConfig settings, String source) {
        Map<String, EditionDiff.Listed> listed = new HashMap<>();
        TopicReader.read(settings, TopicCatalogue.WATCHLIST_ENTRIES, Instant.EPOCH, (id, entry) -> {
                if (entry == null) {
                    listed.remove(id);
                } else if (entry.getProvenance() != null && source.equals(entry.getProvenance().getSource())) {
                    listed.put(id, new EditionDiff.Listed(entry.getRevision(), EditionDiff.digest(entry)));
                } else {
                    listed.remove(id); // re-listed by someone else under the same id: no longer this source's
                }
            });
        return listed;
    }
}
