package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keys of an inverted index over watchlist names: two names that may match share at least one key.
 *
 * <p>Keys are built from consonant skeletons, so they survive transliteration (Mohamed, Muhammad, محمد) and
 * are kept selective: a rare part is a key on its own ({@code r:WZN}) and by its first three consonant
 * classes ({@code f:WZN}, for spellings that differ later in the word), common parts (Mohammed, Ali, Trading)
 * only in pairs ({@code p:L|MHMT}), so looking up "Mohammed Hassan" never fetches every Mohammed on the list.
 * One more key spells all parts joined, so a name written as one word ("AlisherUsmanov") meets its
 * spaced form.
 * Thread-safe.
 */
public final class PartyBlockingKeys {

    private static final int DEFAULT_CACHE = 100_000;
    /** Consonants of a rare part's prefix key: survives a slip further in ("Lavrovs", "Guchkov"). */
    private static final int PREFIX = 3;

    private final ParsedNameCache names;

    public PartyBlockingKeys() {
        this(new ParsedNameCache(NameParser.withBundledTables(), DEFAULT_CACHE));
    }

    /** Sharing parsed names with a matcher: a declared name is then parsed once, not once for each. */
    PartyBlockingKeys(ParsedNameCache names) {
        this.names = names;
    }

    /** Never throws; an empty set for a name without any usable part. */
    public Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            addKeys(names.get(name).parts(), keys);
        } catch (RuntimeException e) {
            keys.clear();
        }
        return keys;
    }

    private void addKeys(List<NamePart> parts, Set<String> keys) {
        List<String> common = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        int words = 0;
        for (NamePart part : parts) {
            joined.append(part.text());
            if (part.kind() != PartKind.WORD) {
                continue;
            }
            words++;
            String unit = unitOf(part);
            if (unit.isEmpty()) {
                continue;
            }
            if (part.weight() >= 1.0) {
                keys.add("r:" + unit);
                if (unit.length() >= PREFIX) {
                    keys.add("f:" + unit.substring(0, PREFIX));
                }
            } else if (!common.contains(unit)) {
                common.add(unit);
            }
        }
        if (words == 1 && keys.isEmpty() && common.size() == 1) {
            keys.add("r:" + common.get(0));
        }
        for (int i = 0; i < common.size(); i++) {
            for (int j = i + 1; j < common.size(); j++) {
                String a = common.get(i);
                String b = common.get(j);
                keys.add("p:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
            }
        }
        if (parts.size() > 1) {
            String whole = ConsonantSkeleton.of(joined.toString());
            if (whole.length() >= 4) {
                keys.add("r:" + whole);
            }
        }
    }

    /** Spelling variants of a known name share the skeleton of the group's canonical form. */
    private static String unitOf(NamePart part) {
        return part.aliasGroup() == null ? part.skeleton() : ConsonantSkeleton.of(part.aliasGroup());
    }
}
