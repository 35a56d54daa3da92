package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.ProfileHits;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** Live risk profiles of a stateful rule that cover some of a declaration's HS codes, and their parameters. */
final class LiveProfiles {
    private LiveProfiles() {
    }

    static List<WatchlistEntry> covering(WatchlistIndex index, RuleType type, List<String> hsCodes, Instant at) {
        Map<String, WatchlistEntry> found = new LinkedHashMap<>();
        for (String hs : hsCodes.isEmpty() ? List.of("") : hsCodes) {
            for (WatchlistEntry entry : index.profilesFor(hs)) {
                if (entry.getProfile().getRuleType() == type && EntryValidity.isLive(entry, at)) {
                    found.putIfAbsent(entry.getEntryId(), entry);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    static boolean covers(WatchlistEntry profile, List<String> hsCodes) {
        List<String> prefixes = profile.getProfile().getHsPrefixes();
        return prefixes.isEmpty() || hsCodes.stream().anyMatch(hs -> prefixes.stream().anyMatch(hs::startsWith));
    }

    static Duration duration(WatchlistEntry profile, String parameter, Duration otherwise) {
        String value = profile.getProfile().getParameters().get(parameter);
        try {
            return value == null ? otherwise : Duration.parse(value);
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    static int integer(WatchlistEntry profile, String parameter, int otherwise) {
        String value = profile.getProfile().getParameters().get(parameter);
        try {
            return value == null ? otherwise : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static Hit hit(WatchlistEntry profile, Evidence evidence) {
        return ProfileHits.hit(profile, List.of(evidence));
    }
}
