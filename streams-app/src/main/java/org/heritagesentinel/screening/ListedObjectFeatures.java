package org.heritagesentinel.screening;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.ObjectFeatures;
import org.heritagesentinel.screening.object.ObjectMatcher;

/**
 * The features of listed objects (concepts, period, measurements, references), kept per entry: a
 * listed object is analysed once, not again for every declared item it is a candidate for — that
 * analysis was a fifth of the screening CPU. Each kept analysis is checked against the description
 * it was made from, so a new revision is analysed afresh. Emptied when full (shared by the stream
 * threads, so no ordering bookkeeping).
 */
final class ListedObjectFeatures {
    private static final int CAPACITY = 50_000;

    private record Analysed(ObjectDescription object, ObjectFeatures features) {
    }

    private final ObjectMatcher matcher;
    private final Map<String, Analysed> byEntry = new ConcurrentHashMap<>();

    ListedObjectFeatures(ObjectMatcher matcher) {
        this.matcher = matcher;
    }

    ObjectFeatures of(WatchlistEntry entry) {
        ObjectDescription object = entry.getObject();
        Analysed kept = byEntry.get(entry.getEntryId());
        if (kept != null && Objects.equals(kept.object(), object)) {
            return kept.features();
        }
        ObjectFeatures features = matcher.features(object);
        if (byEntry.size() >= CAPACITY) {
            byEntry.clear();
        }
        byEntry.put(entry.getEntryId(), new Analysed(object, features));
        return features;
    }
}
