package org.heritagesentinel.screening.party;

/**
 * Similarity of two name parts, taking the strongest of several kinds of evidence: same word, same alias
 * group, spelling (Jaro-Winkler blended with edit distance), the spelling of both with their romanisation systems
 * folded ({@link RomanisationFolds}), consonant skeleton (across scripts and transliteration systems), Double
 * Metaphone, or an initial.
 */
final class PartSimilarity {

    /** Jaro-Winkler's reward per letter of common prefix, and the longest prefix it rewards. */
    private static final double WINKLER_PREFIX_SCALE = 0.1;
    private static final int WINKLER_MAX_PREFIX = 4;
    private static final double ROUNDING = 1e-9;
    /** Shortest stem of a nisba (Said of Saidi); shorter words ending in i are too often other names. */
    private static final int NISBA_MIN_STEM = 3;
    /** Share of Jaro-Winkler in the spelling similarity; the rest is edit-distance similarity. */
    private static final double SPELLING_JARO_WINKLER_SHARE = 0.6;

    private final PartyScoringTable table;
    // the table's numbers every pair of parts may read, as fields of their own (the hot path of matching)
    private final double soundAlikeSpelling;
    private final double soundAlikeCoverage;
    private final double phonetic;
    private final double romanisation;
    private final double differentAliasCap;
    private final CrossScriptSimilarity crossScript;

    PartSimilarity(PartyScoringTable table) {
        this.table = table;
        this.soundAlikeSpelling = table.soundAlikeSpelling();
        this.soundAlikeCoverage = table.soundAlikeCoverage();
        this.phonetic = table.phonetic();
        this.romanisation = table.romanisation();
        this.differentAliasCap = table.differentAliasCap();
        this.crossScript = new CrossScriptSimilarity(table);
    }

    PartComparison compare(NamePart a, NamePart b) {
        return compare(a, b, 0);
    }

    /**
     * As {@link #compare(NamePart, NamePart)}, except that a comparison that cannot reach {@code floor} may
     * come back as {@link PartComparison#NONE} without being worked out: most pairs of parts of two names
     * share few letters ("Youssef", "Khoury"), and the aligner drops every pair below its minimum anyway.
     */
    PartComparison compare(NamePart a, NamePart b, double floor) {
        if (a.syllables() != null && b.syllables() != null && !a.syllables().equals(b.syllables())) {
            return new PartComparison(sameScript(a.syllables(), b.syllables()), PartComparison.Reason.SPELLING);
        }
        if (a.text().equals(b.text())) {
            return new PartComparison(1.0, PartComparison.Reason.EXACT);
        }
        if (a.kind() == PartKind.NUMBER || b.kind() == PartKind.NUMBER) {
            return PartComparison.NONE;
        }
        if (a.kind() == PartKind.INITIAL || b.kind() == PartKind.INITIAL) {
            return compareInitial(a, b);
        }
        if (a.aliasGroup() != null && b.aliasGroup() != null) {
            return a.aliasGroup().equals(b.aliasGroup())
                    ? new PartComparison(1.0, PartComparison.Reason.ALIAS)
                    : differentNames(a, b, floor);
        }
        boolean bothVowelled = a.vowelled() && b.vowelled();
        if (bothVowelled && a.givenName() && b.givenName()) {
            return differentNames(a, b, floor);
        }
        if (a.role() == PartRole.PATRONYMIC && b.role() == PartRole.PATRONYMIC) {
            PartComparison asWritten = comparePatronymics(a.text(), b.text());
            boolean folds = a.folded() != a.text() || b.folded() != b.text();
            return folds ? stronger(asWritten, comparePatronymics(a.folded(), b.folded())) : asWritten;
        }
        if (!bothVowelled) {
            return withGluedParticle(a, b, skeleton(a, b, false));
        }
        if (nisba(a.text(), b.text()) || nisba(b.text(), a.text())) {
            return differentNames(a, b, floor);
        }
        // below both, the spelling neither reaches the floor nor lets sound-alike evidence count
        boolean asWritten = spellingCouldReach(a, b, Math.min(floor, soundAlikeSpelling));
        PartComparison best = PartComparison.NONE;
        if (asWritten) {
            double spelling = spelling(a.text(), b.text());
            best = new PartComparison(spelling, PartComparison.Reason.SPELLING);
            if (soundAlikeCounts(a.text(), b.text(), spelling)) {
                best = stronger(best, skeleton(a, b, true));
                if (a.phonetic().length() >= 3 && a.phonetic().equals(b.phonetic())) {
                    best = stronger(best, new PartComparison(phonetic, PartComparison.Reason.PHONETIC));
                }
            }
        }
        if (best.similarity() < romanisation && foldedWithinOneLetter(a, b)) {
            best = stronger(best, new PartComparison(
                    Math.min(romanisation, spelling(a.folded(), b.folded())), PartComparison.Reason.ROMANISATION));
        }
        return withGluedParticle(a, b, best);
    }

    /** Whether a fold changed either word and the folded keys are at most one letter apart. */
    private static boolean foldedWithinOneLetter(NamePart a, NamePart b) {
        boolean folds = a.folded() != a.text() || b.folded() != b.text();
        return folds && EditDistance.withinOneEdit(a.folded(), b.folded());
    }

    private PartComparison differentNames(NamePart a, NamePart b, double floor) {
        if (floor > differentAliasCap || !spellingCouldReach(a, b, floor)) {
            return PartComparison.NONE;
        }
        return new PartComparison(Math.min(differentAliasCap, spelling(a.text(), b.text())), PartComparison.Reason.DIFFERENT);
    }

    /**
     * Between two Latin spellings, sound-alike evidence (same consonant skeleton, same Double Metaphone code)
     * only counts for words of about the same length whose spellings are not far apart: the Double Metaphone
     * code keeps four sounds at most (Pontes and Poniatowski are both PNTS) and the skeleton drops the
     * written vowels that tell Potter from Bathory (BTR) or Mario from Moreau (MR). Spellings of one name
     * (Husain, Hussein; Nasser, Nassar) stay close on both counts.
     */
    boolean soundAlikeCounts(String x, String y, double spelling) {
        int shorter = Math.min(x.length(), y.length());
        int longer = Math.max(x.length(), y.length());
        return shorter >= soundAlikeCoverage * longer && spelling >= soundAlikeSpelling;
    }

    /**
     * {@code longer} is {@code base} made a relational adjective (the Arabic nisba, also Persian and Albanian):
     * Obeidi of Obeid, Saidi of Said, Husseini of Hussein, Karimi of Karim. The nisba is a family name of its own,
     * not a way of writing the name it comes from, however alike the two are spelt. Recognised from the spelling:
     * a final i or y after the consonant that ends {@code base}, except after h: the i of "Abdullahi" (West African
     * and Somali spellings of Abdullah) is the case ending of Allah, not a nisba.
     */
    static boolean nisba(String longer, String base) {
        int last = longer.length() - 1;
        if (last < NISBA_MIN_STEM || base.length() < NISBA_MIN_STEM || base.length() >= longer.length()) {
            return false;
        }
        char end = longer.charAt(last);
        char stemEnd = longer.charAt(last - 1);
        boolean afterConsonant = !ConsonantSkeleton.isVowel(stemEnd) && stemEnd != 'y';
        return (end == 'i' || end == 'y') && afterConsonant && stemEnd != 'h' && base.charAt(base.length() - 1) == stemEnd;
    }

    private PartComparison withGluedParticle(NamePart a, NamePart b, PartComparison best) {
        if (best.similarity() < table.gluedParticle() && (a.stem() != null || b.stem() != null) && sameStem(a, b)) {
            return new PartComparison(table.gluedParticle(), PartComparison.Reason.GLUED_PARTICLE);
        }
        return best;
    }

    /** Patronymics share their suffix (-ovich); only the father's names tell them apart (Magomedovich, Salimovich). */
    private static PartComparison comparePatronymics(String x, String y) {
        int shared = 0;
        while (shared < Math.min(x.length(), y.length()) - 1
                && x.charAt(x.length() - 1 - shared) == y.charAt(y.length() - 1 - shared)) {
            shared++;
        }
        String fatherX = x.substring(0, x.length() - shared);
        String fatherY = y.substring(0, y.length() - shared);
        return new PartComparison(spelling(fatherX, fatherY), PartComparison.Reason.SPELLING);
    }

    /** "Benali" and "Ali", "Elmasri" and "Masri", "Vanderbilt" and "Bilt" (of "Van der Bilt"). */
    private static boolean sameStem(NamePart a, NamePart b) {
        String x = a.stem() == null ? a.text() : a.stem();
        String y = b.stem() == null ? b.text() : b.stem();
        return x.equals(y) || x.equals(b.text()) || a.text().equals(y);
    }

    /**
     * Two words in the same syllabic or ideographic script: each character is a syllable of the name, so one
     * different character (习近平, 习近朋) makes a different name even when the readings are close or equal.
     */
    private static double sameScript(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 0 : 1.0 - (double) EditDistance.withTranspositions(x, y) / longest;
    }

    private PartComparison compareInitial(NamePart a, NamePart b) {
        boolean bothInitials = a.kind() == PartKind.INITIAL && b.kind() == PartKind.INITIAL;
        if (!bothInitials && a.text().charAt(0) == b.text().charAt(0)) {
            return new PartComparison(table.initial(), PartComparison.Reason.INITIAL);
        }
        return PartComparison.NONE;
    }

    private PartComparison skeleton(NamePart a, NamePart b, boolean bothVowelled) {
        String x = a.skeleton();
        String y = b.skeleton();
        if (x.isEmpty() || y.isEmpty()) {
            return PartComparison.NONE;
        }
        if (!bothVowelled) {
            double similarity = a.vowelled() || !b.vowelled()
                    ? crossScript.of(b.vowelSkeleton(), a.vowelSkeleton())
                    : crossScript.of(a.vowelSkeleton(), b.vowelSkeleton());
            double cap = acrossScripts(Math.min(x.length(), y.length()));
            return new PartComparison(Math.min(cap, onSpellingScale(similarity)), PartComparison.Reason.SKELETON);
        }
        if (x.equals(y) && x.length() >= 2) {
            return new PartComparison(table.skeletonSameScript(), PartComparison.Reason.SKELETON);
        }
        return PartComparison.NONE;
    }

    /**
     * Cross-script similarity runs lower than spelling similarity for the same degree of likeness (vowels
     * are guessed); this linear map, fitted on the spread of true renderings against same-initial decoys,
     * puts it on the spelling scale so one threshold serves both.
     */
    private double onSpellingScale(double crossScript) {
        return table.crossScriptOnSpellingBase()
                + table.crossScriptOnSpellingSlope() * (crossScript - table.crossScriptOnSpellingFrom());
    }

    /** Two or three shared consonants are weak evidence without the vowels: many unrelated names share them. */
    private double acrossScripts(int skeletonLength) {
        return skeletonLength >= table.skeletonFullLength() ? table.skeletonAcrossScripts()
                : table.skeletonAcrossScripts()
                        - table.shortSkeletonStep() * (table.skeletonFullLength() - skeletonLength);
    }

    /** Jaro-Winkler alone forgives too much after a shared prefix (Castro, Castillo); edit distance corrects it. */
    static double spelling(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) {
            return 0;
        }
        double editSimilarity = 1.0 - (double) EditDistance.withTranspositions(x, y) / longest;
        return SPELLING_JARO_WINKLER_SHARE * JaroWinkler.similarity(x, y)
                + (1 - SPELLING_JARO_WINKLER_SHARE) * editSimilarity;
    }

    /**
     * Whether {@link #spelling} could reach {@code floor}: an upper bound from the letters the two share,
     * whatever their order. Jaro-Winkler matches no more letters than they share, and the edit distance is
     * at least the longer one's length less the letters shared. A fraction of the cost of either measure.
     */
    static boolean spellingCouldReach(String x, String y, double floor) {
        return spellingCouldReach(x, LetterCounts.of(x), y, LetterCounts.of(y), floor);
    }

    /** As {@link #spellingCouldReach(String, String, double)}, with the letters each part counted when it was made. */
    private static boolean spellingCouldReach(NamePart a, NamePart b, double floor) {
        return spellingCouldReach(a.text(), a.letters(), b.text(), b.letters(), floor);
    }

    static boolean spellingCouldReach(String x, LetterCounts xLetters, String y, LetterCounts yLetters, double floor) {
        if (floor <= 0) {
            return true;
        }
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) {
            return false;
        }
        int shared = xLetters.sharedWith(yLetters);
        if (shared == 0) {
            return false;
        }
        double jaro = ((double) shared / x.length() + (double) shared / y.length() + 1) / 3;
        double jaroWinkler = jaro + WINKLER_PREFIX_SCALE * commonPrefix(x, y) * (1 - jaro);
        double edit = (double) shared / longest;
        // the bound can equal the spelling itself, summed in another order: a rounding must not rule it out
        return SPELLING_JARO_WINKLER_SHARE * jaroWinkler + (1 - SPELLING_JARO_WINKLER_SHARE) * edit >= floor - ROUNDING;
    }

    /** The common prefix Jaro-Winkler rewards, up to its four letters. */
    private static int commonPrefix(String x, String y) {
        int n = Math.min(WINKLER_MAX_PREFIX, Math.min(x.length(), y.length()));
        int prefix = 0;
        while (prefix < n && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    private static PartComparison stronger(PartComparison current, PartComparison candidate) {
        return candidate.similarity() > current.similarity() ? candidate : current;
    }
}
