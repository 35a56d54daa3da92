package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Compares a party name from a declaration with a name from the watchlist, across scripts (Arabic and
 * Latin), transliteration systems, word order, legal forms, particles, missing middle names and initials.
 * Thread-safe: one instance serves all stream threads.
 */
public final class PartyNameMatcher {

    private static final String VERSION = "party-matcher/1.6";

    private final ParsedNameCache names;
    private final PartAligner aligner;
    private final AlignmentScore scorer;
    private final PartyQualifiers qualifiers;
    private final double weakAliasFactor;

    public PartyNameMatcher(NameMatchingConfig config) {
        Objects.requireNonNull(config, "config");
        PartyScoringTable table = config.scoring();
        NameParser parser = NameParser.withBundledTables(table);
        this.names = new ParsedNameCache(parser, config.cacheSize(), table);
        this.aligner = new PartAligner(new PartSimilarity(table), parser, config.minPartSimilarity(), table);
        this.scorer = new AlignmentScore(config, new LegalFormKinds());
        this.qualifiers = new PartyQualifiers(table);
        this.weakAliasFactor = table.weakAliasFactor();
    }

    /** The facts that tell namesakes apart, weighed by this matcher's scoring table. */
    public PartyQualifiers qualifiers() {
        return qualifiers;
    }

    /**
     * Blocking keys that share this matcher's parsed names: screening parses each declared name for
     * its keys and again to compare it, and parsing was a tenth of the screening CPU.
     */
    public PartyBlockingKeys blockingKeys() {
        return new PartyBlockingKeys(names);
    }

    /** The matcher version quoted in alerts, so a score can be traced to the logic that produced it. */
    public static String version() {
        return VERSION;
    }

    /** Never throws: a declaration with a garbled name must be screened, not dropped. */
    public NameMatch match(String declaredName, String listedName) {
        return match(declaredName, listedName, ListedPartCounts.NONE);
    }

    /**
     * As {@link #match(String, String)}, a part common in the list held weighing as a common part
     * ({@link ListCommonness}).
     */
    public NameMatch match(String declaredName, String listedName, ListedPartCounts counts) {
        return declared(declaredName, counts).match(listedName);
    }

    /** As {@link #match(String, String, ListedPartCounts)}, against a listed name of the given strength. */
    public NameMatch match(String declaredName, String listedName, ListedPartCounts counts, AliasStrength strength) {
        return declared(declaredName, counts).match(listedName, strength);
    }

    /**
     * A declared name made ready to meet every candidate of one screening: parsed and weighed against the
     * list once, not once per candidate. Never throws; a name that cannot be parsed matches nothing.
     */
    public DeclaredName declared(String declaredName, ListedPartCounts counts) {
        try {
            return new DeclaredName(declaredName, names.reweighed(declaredName, counts), counts, null);
        } catch (RuntimeException e) {
            return new DeclaredName(declaredName, ParsedName.EMPTY, counts, e);
        }
    }

    /** A declared name parsed and weighed against one list, compared with listed names one after another. */
    public final class DeclaredName {
        private final String raw;
        private final ParsedName parsed;
        private final ListedPartCounts counts;
        private final RuntimeException unparsable;

        private DeclaredName(String raw, ParsedName parsed, ListedPartCounts counts, RuntimeException unparsable) {
            this.raw = raw;
            this.parsed = parsed;
            this.counts = counts;
            this.unparsable = unparsable;
        }

        /** Never throws: a declaration with a garbled name must be screened, not dropped. */
        public NameMatch match(String listedName) {
            return match(listedName, AliasStrength.STRONG);
        }

        /**
         * As {@link #match(String)}, against a listed name of the given strength: a weak alias (a nickname, a
         * kunya such as "Abu Ali", as the list marks it) scores {@code weakAliasFactor} (of the {@link PartyScoringTable}) of what the
         * same name would as a full name. Never throws.
         */
        public NameMatch match(String listedName, AliasStrength strength) {
            if (unparsable != null) {
                return notComparable(unparsable);
            }
            try {
                return compare(raw, parsed, listedName, names.reweighed(listedName, counts), strength);
            } catch (RuntimeException e) {
                return notComparable(e);
            }
        }
    }

    private static NameMatch notComparable(RuntimeException e) {
        return new NameMatch(0, "names not comparable: " + e.getClass().getSimpleName());
    }

    /**
     * Whether two names are the same full name: the same parts in any order, spelling variants of one
     * given name (Mohamed, Muhammad) counting as the same part, and the same legal forms. Two parties
     * with the same full name are namesakes: only identifiers, dates of birth and countries tell them apart.
     */
    public boolean sameFullName(String a, String b) {
        ParsedName x = names.get(a);
        ParsedName y = names.get(b);
        return !x.isEmpty() && canonicalParts(x).equals(canonicalParts(y)) && x.legalForms().equals(y.legalForms());
    }

    private static List<String> canonicalParts(ParsedName name) {
        List<String> parts = new ArrayList<>();
        for (NamePart part : name.parts()) {
            parts.add(part.aliasGroup() == null ? part.text() : part.aliasGroup());
        }
        Collections.sort(parts);
        return parts;
    }

    private NameMatch compare(String declaredName, ParsedName declared, String listedName, ParsedName listed,
                              AliasStrength strength) {
        if (declared.isEmpty() || listed.isEmpty()) {
            return new NameMatch(0, "no comparable name part");
        }
        Alignment alignment = aligner.align(declared.parts(), listed.parts());
        AlignmentScore.Scored scored = scorer.score(alignment, declared, listed);
        boolean weak = strength == AliasStrength.WEAK;
        double score = clamp(scored.score() * (weak ? weakAliasFactor : 1.0));
        List<String> rules = weak ? withRule(scored.rules(), "weak alias ×" + weakAliasFactor) : scored.rules();
        return NameMatch.explainedLazily(score,
                () -> MatchExplanation.of(declaredName, listedName, alignment, rules, score));
    }

    private static List<String> withRule(List<String> rules, String rule) {
        List<String> all = new ArrayList<>(rules);
        all.add(rule);
        return all;
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }
}
