package org.heritagesentinel.screening.party;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed names by raw text. Watchlist names come back for every candidate, so parsing (and ICU
 * transliteration) is done once. When full, the cache is emptied rather than kept in LRU order: an
 * occasional re-parse is cheaper than ordering bookkeeping shared by all stream threads.
 */
final class ParsedNameCache {

    private final Map<String, ParsedName> byRaw = new ConcurrentHashMap<>();
    private final NameParser parser;
    private final int capacity;

    ParsedNameCache(NameParser parser, int capacity) {
        this.parser = parser;
        this.capacity = capacity;
    }

    ParsedName get(String raw) {
        if (raw == null) {
            return ParsedName.EMPTY;
        }
        if (capacity == 0) {
            return parser.parse(raw);
        }
        ParsedName cached = byRaw.get(raw);
        if (cached != null) {
            return cached;
        }
        if (byRaw.size() >= capacity) {
            byRaw.clear();
        }
        ParsedName parsed = parser.parse(raw);
        byRaw.put(raw, parsed);
        return parsed;
    }
}
