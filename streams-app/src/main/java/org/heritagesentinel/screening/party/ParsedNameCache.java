package org.heritagesentinel.screening.party;

import java.util.function.Function;

import org.heritagesentinel.cache.RecentCache;

/**
 * Parsed names by raw text. Watchlist names come back for every candidate, so parsing (and ICU
 * transliteration) is done once for the names met again ({@link RecentCache}: with a list larger than
 * the cache, the common names stay and the rare ones come and go). A name's weights in the list held
 * ({@link ListCommonness}) are kept with it until the list changes: a candidate met again is not
 * weighed again part by part.
 */
final class ParsedNameCache {

    /** Null when the capacity is 0: every name is parsed again. */
    private final RecentCache<String, Held> byRaw;
    private final NameParser parser;
    /** One function for every miss: a lambda written at the call would be a new object per look-up. */
    private final Function<String, Held> parseAndHold;
    /** What a part the list held makes common weighs ({@link ListCommonness}). */
    private final double commonInListWeight;

    ParsedNameCache(NameParser parser, int capacity, PartyScoringTable table) {
        this.parser = parser;
        this.commonInListWeight = table.commonInListWeight();
        this.parseAndHold = text -> new Held(parser.parse(text));
        this.byRaw = capacity == 0 ? null : new RecentCache<>(capacity);
    }

    ParsedName get(String raw) {
        if (raw == null) {
            return ParsedName.EMPTY;
        }
        return byRaw == null ? parser.parse(raw) : held(raw).parsed;
    }

    /** The name with the weights the list held gives its parts. */
    ParsedName reweighed(String raw, ListedPartCounts counts) {
        if (raw == null) {
            return ParsedName.EMPTY;
        }
        if (byRaw == null) {
            return ListCommonness.reweighed(parser.parse(raw), counts, commonInListWeight);
        }
        Held held = held(raw);
        long version = counts.version();
        Weighed weighed = held.weighed;
        if (weighed == null || weighed.counts != counts || weighed.version != version) {
            weighed = new Weighed(counts, version, ListCommonness.reweighed(held.parsed, counts, commonInListWeight));
            held.weighed = weighed;
        }
        return weighed.name;
    }

    private Held held(String raw) {
        return byRaw.get(raw, parseAndHold);
    }

    /** A parsed name and its last weighing; threads racing to weigh it compute the same value. */
    private static final class Held {
        final ParsedName parsed;
        volatile Weighed weighed;

        Held(ParsedName parsed) {
            this.parsed = parsed;
        }
    }

    private record Weighed(ListedPartCounts counts, long version, ParsedName name) {
    }
}
