package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


/**
 * Keys of an inverted index over watchlist names: two names that may match share at least one key.
 *
 * <p>Keys are built from consonant skeletons, so they survive transliteration (Mohamed, Muhammad, محمد).
 * Three shapes:
 * <ul>
 *   <li>{@code r:WZN} a rare part on its own, and {@code f:WZN} its first three consonant classes (for
 *       spellings that differ later in the word: "Lavrovs", "Guchkov");</li>
 *   <li>{@code p:L|MHMT} every pair of parts of one name, so a name still meets its variants with a
 *       middle name more or less when a part turns out to be common in the list (a pair with a rare
 *       part only narrows that part's own key: {@link #essentialKeys} leaves such pairs out);</li>
 *   <li>{@code r:MHMTL} also for all parts joined, so a name written as one word ("Benladen") meets its
 *       spaced form.</li>
 * </ul>
 * A part known to be common (Mohammed, Ali, Trading) has no key of its own: looking up "Mohammed
 * Hassan" never fetches every Mohammed on the list. Which keys a declaration looks up is decided
 * against the list held ({@link #standsForOnePart}): a part that is common in <em>this</em> list is
 * looked up through its pairs only.
 * Thread-safe.
 */
public final class PartyBlockingKeys implements PartyNameKeys {

    private static final int DEFAULT_CACHE = 100_000;
    /** Consonants of a rare part's prefix key: survives a slip further in ("Lavrovs", "Guchkov"). */
    private static final int PREFIX = 3;
    private static final String PART = "r:";
    private static final String PART_PREFIX = "f:";
    private static final String PAIR = "p:";
    /** Pairs among the first parts only: a long company name would otherwise bring dozens of keys. */
    private static final int MAX_PAIRED_PARTS = 6;

    private final ParsedNameCache names;

    public PartyBlockingKeys() {
        this(new ParsedNameCache(NameParser.withBundledTables(), DEFAULT_CACHE, PartyScoringTable.defaults()));
    }

    /** Sharing parsed names with a matcher: a declared name is then parsed once, not once for each. */
    PartyBlockingKeys(ParsedNameCache names) {
        this.names = names;
    }

    /** Never throws; an empty set for a name without any usable part. */
    @Override
    public Set<String> keys(String name) {
        return keys(name, true);
    }

    @Override
    public Set<String> essentialKeys(String name) {
        return keys(name, false);
    }

    private Set<String> keys(String name, boolean narrowingPairs) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            addKeys(names.get(name).parts(), keys, narrowingPairs);
        } catch (RuntimeException e) {
            keys.clear();
        }
        return keys;
    }

    private void addKeys(List<NamePart> parts, Set<String> keys, boolean narrowingPairs) {
        List<String> units = new ArrayList<>();
        Set<String> rare = new HashSet<>();
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
            if (!units.contains(unit)) {
                units.add(unit);
            }
            if (part.weight() >= 1.0) {
                rare.add(unit);
                keys.add(PART + unit);
                if (unit.length() >= PREFIX) {
                    keys.add(PART_PREFIX + unit.substring(0, PREFIX));
                }
            }
        }
        // a one-word name of a common part: its own key is the only way to find it
        if (words == 1 && keys.isEmpty() && units.size() == 1) {
            keys.add(PART + units.get(0));
        }
        int paired = Math.min(units.size(), MAX_PAIRED_PARTS);
        for (int i = 0; i < paired; i++) {
            for (int j = i + 1; j < paired; j++) {
                String a = units.get(i);
                String b = units.get(j);
                if (narrowingPairs || !(rare.contains(a) || rare.contains(b))) {
                    keys.add(PAIR + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
                }
            }
        }
        if (parts.size() > 1) {
            String whole = ConsonantSkeleton.of(joined.toString());
            if (whole.length() >= 4) {
                keys.add(PART + whole);
            }
        }
    }

    @Override
    public boolean standsForOnePart(String key) {
        return key.startsWith(PART) || key.startsWith(PART_PREFIX);
    }

    @Override
    public boolean standsForPair(String key) {
        return key.startsWith(PAIR);
    }

    @Override
    public List<String> partsOfPair(String key) {
        if (!standsForPair(key)) {
            return List.of();
        }
        int bar = key.indexOf('|', PAIR.length());
        return bar < 0 ? List.of() : List.of(PART + key.substring(PAIR.length(), bar), PART + key.substring(bar + 1));
    }

    /** The key of one part on its own, for counting the listed parties that carry it. */
    static String partKey(NamePart part) {
        return PART + unitOf(part);
    }

    /** Spelling variants of a known name share the skeleton of the group's canonical form. */
    private static String unitOf(NamePart part) {
        return part.aliasGroup() == null ? part.skeleton() : ConsonantSkeleton.of(part.aliasGroup());
    }
}
