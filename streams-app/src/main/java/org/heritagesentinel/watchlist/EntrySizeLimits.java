package org.heritagesentinel.watchlist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.watchlist.EntryProblem.Code;

/**
 * The sizes a watchlist entry may have. Every entry is compared with every declaration that shares a
 * key with it, live and in retro-screening, so an entry of 70,000 aliases costs minutes per
 * declaration; the limits keep the cost of one entry bounded. Every string and list of the entry is
 * checked, whatever its field, so a field added to the schema is bounded too.
 */
final class EntrySizeLimits {
    private static final String NAMES = "party.names";
    private static final String WEAK_ALIASES = "party.weakAliases";

    private final SentinelConfig.EntryLimits limits;

    EntrySizeLimits(SentinelConfig.EntryLimits limits) {
        this.limits = limits;
    }

    /**
     * One reason per field over its limit, naming the limit. Weak aliases are names the matcher compares as
     * any other: they count with the names and are held to the same length.
     */
    void check(WatchlistEntry entry, List<EntryProblem> problems) {
        ListedParty party = entry.getParty();
        if (party != null) {
            List<String> names = party.getNames() == null ? List.of() : party.getNames();
            List<String> weak = party.getWeakAliases() == null ? List.of() : party.getWeakAliases();
            if (names.size() + weak.size() > limits.names()) {
                problems.add(EntryProblem.of(Code.TOO_MANY_NAMES, names.size() + weak.size(), limits.names()));
            }
            Stream.concat(names.stream(), weak.stream()).filter(n -> n != null && n.length() > limits.nameLength())
                .findFirst().ifPresent(n -> problems.add(EntryProblem.of(Code.NAME_TOO_LONG, n.length(), limits.nameLength())));
        }
        walk("", entry, problems);
    }

    private void walk(String path, Object value, List<EntryProblem> problems) {
        if (value instanceof IndexedRecord record) {
            for (Schema.Field field : record.getSchema().getFields()) {
                walk(path.isEmpty() ? field.name() : path + "." + field.name(), record.get(field.pos()), problems);
            }
        } else if (value instanceof CharSequence text) {
            if (text.length() > limits.textLength()) {
                problems.add(EntryProblem.of(Code.TEXT_TOO_LONG, path, text.length(), limits.textLength()));
            }
        } else if (value instanceof Collection<?> list) {
            if (path.equals(NAMES) || path.equals(WEAK_ALIASES)) {
                return;
            }
            if (list.size() > limits.listSize()) {
                problems.add(EntryProblem.of(Code.LIST_TOO_LONG, path, list.size(), limits.listSize()));
                return;
            }
            list.forEach(item -> walk(path + "[]", item, problems));
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > limits.listSize()) {
                problems.add(EntryProblem.of(Code.MAP_TOO_LARGE, path, map.size(), limits.listSize()));
                return;
            }
            map.forEach((k, v) -> {
                walk(path + ".key", k, problems);
                walk(path + "[" + k + "]", v, problems);
            });
        }
    }
}
