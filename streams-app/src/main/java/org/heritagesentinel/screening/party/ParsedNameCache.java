package org.heritagesentinel.screening.party;

import java.util.function.Function;

/**
 * Parsed names by raw text. Watchlist names come back for every candidate, so parsing (and ICU
 * transliteration) is done once for the names met again ({@link RecentCache}: with a list larger than
 * the cache, the common names stay and the rare ones come and go).
 */
final class ParsedNameCache {

    /** Null when the capacity is 0: every name is parsed again. */
    private final RecentCache<String, ParsedName> byRaw;
    private final Function<String, ParsedName> parse;

    ParsedNameCache(NameParser parser, int capacity) {
        this.parse = parser::parse;
        this.byRaw = capacity == 0 ? null : new RecentCache<>(capacity);
    }

    ParsedName get(String raw) {
        if (raw == null) {
            return ParsedName.EMPTY;
        }
        return byRaw == null ? parse.apply(raw) : byRaw.get(raw, parse);
    }
}
