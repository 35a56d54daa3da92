package org.heritagesentinel.screening.party;

/**
 * Parsed names by raw text. Watchlist names come back for every candidate, so parsing (and ICU
 * transliteration) is done once for the names met again ({@link RecentCache}: with a list larger than
 * the cache, the common names stay and the rare ones come and go).
 */
final class ParsedNameCache {

    private final RecentCache<String, ParsedName> byRaw;
    private final NameParser parser;
    private final int capacity;

    ParsedNameCache(NameParser parser, int capacity) {
        this.parser = parser;
        this.capacity = capacity;
        this.byRaw = capacity == 0 ? null : new RecentCache<>(capacity);
    }

    ParsedName get(String raw) {
        if (raw == null) {
            return ParsedName.EMPTY;
        }
        if (capacity == 0) {
            return parser.parse(raw);
        }
        return byRaw.get(raw, parser::parse);
    }
}
