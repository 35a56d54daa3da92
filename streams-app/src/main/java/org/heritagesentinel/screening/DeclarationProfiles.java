package org.heritagesentinel.screening;

import java.util.LinkedHashMap;
import java.util.Map;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * Live profiles of one rule type that apply to a declaration as a whole: those without HS prefixes,
 * and those whose prefixes cover at least one item, each with the first item it covers (-1: none).
 * Only the profiles of the type's standard check: one that names another check is its rule's.
 */
final class DeclarationProfiles {
    /** The profile parameter that names a further check of its rule type; absent: the type's standard check. */
    static final String CHECK = "check";

    private DeclarationProfiles() {
    }

    /** The check a profile asks for, or null for its type's standard one. */
    static String check(RiskProfile profile) {
        String check = profile.getParameters().get(CHECK);
        return check == null || check.isBlank() ? null : check.trim();
    }

    private static boolean standard(WatchlistEntry entry, RuleType type) {
        return entry.getProfile().getRuleType() == type && check(entry.getProfile()) == null;
    }

    static Map<WatchlistEntry, Integer> of(WatchlistIndex index, ScreeningSubject subject, RuleType type) {
        Map<WatchlistEntry, Integer> result = new LinkedHashMap<>();
        var items = subject.declaration().getItems();
        for (int i = 0; i < items.size(); i++) {
            DeclarationItem item = items.get(i);
            for (WatchlistEntry entry : index.profilesFor(Normalise.hsCode(item.getHsCode()))) {
                if (standard(entry, type) && EntryValidity.isLive(entry, subject.at())) {
                    result.putIfAbsent(entry, entry.getProfile().getHsPrefixes().isEmpty() ? -1 : i);
                }
            }
        }
        if (items.isEmpty()) {
            for (WatchlistEntry entry : index.profilesFor("")) {
                if (standard(entry, type) && EntryValidity.isLive(entry, subject.at())) {
                    result.putIfAbsent(entry, -1);
                }
            }
        }
        return result;
    }
}
