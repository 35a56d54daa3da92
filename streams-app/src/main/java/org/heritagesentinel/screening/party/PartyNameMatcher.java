package org.heritagesentinel.screening.party;

import java.util.Objects;

/**
 * Compares a party name from a declaration with a name from the watchlist, across scripts (Arabic and
 * Latin), transliteration systems, word order, legal forms, particles, missing middle names and initials.
 * Thread-safe: one instance serves all stream threads.
 */
public final class PartyNameMatcher {

    private static final String VERSION = "party-matcher/1.1";

    private final ParsedNameCache names;
    private final PartAligner aligner;
    private final AlignmentScore scorer;

    public PartyNameMatcher(NameMatchingConfig config) {
        Objects.requireNonNull(config, "config");
        NameParser parser = NameParser.withBundledTables();
        this.names = new ParsedNameCache(parser, config.cacheSize());
        this.aligner = new PartAligner(new PartSimilarity(), parser, config.minPartSimilarity());
        this.scorer = new AlignmentScore(config);
    }

    /** The matcher version quoted in alerts, so a score can be traced to the logic that produced it. */
    public static String version() {
        return VERSION;
    }

    /** Never throws: a declaration with a garbled name must be screened, not dropped. */
    public NameMatch match(String declaredName, String listedName) {
        try {
            return compare(declaredName, listedName);
        } catch (RuntimeException e) {
            return new NameMatch(0, "names not comparable: " + e.getClass().getSimpleName());
        }
    }

    private NameMatch compare(String declaredName, String listedName) {
        ParsedName declared = names.get(declaredName);
        ParsedName listed = names.get(listedName);
        if (declared.isEmpty() || listed.isEmpty()) {
            return new NameMatch(0, "no comparable name part");
        }
        Alignment alignment = aligner.align(declared.parts(), listed.parts());
        double score = clamp(scorer.score(alignment, declared.legalForms(), listed.legalForms(),
                declared.organisation() || listed.organisation()));
        return NameMatch.explainedLazily(score, () -> MatchExplanation.of(declaredName, listedName, alignment, score));
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }
}
