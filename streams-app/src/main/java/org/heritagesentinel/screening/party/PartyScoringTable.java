package org.heritagesentinel.screening.party;

/**
 * Every weight, penalty, cap and threshold of party name matching, in one place (docs/quality.md, "Party scoring
 * table"). The match threshold, the lowest part similarity that aligns and the part costs are the one
 * configuration's ({@link NameMatchingConfig}, {@code matching.party.threshold}); Jaro-Winkler's own constants stay
 * in {@link JaroWinkler}, which must agree with Apache Commons Text to the last bit.
 */
final class PartyScoringTable {

    // How much a name part counts (its weight), before comparing anything.

    /** Weight of a part name-part-frequency.tsv does not list, or lists in class 0: rare, identifies somebody. */
    static final double RARE_PART_WEIGHT = 1.0;
    /** Weight of a part of frequency class 1 (common). */
    static final double COMMON_PART_WEIGHT = 0.6;
    /** Weight of a part of frequency class 2 (very common). */
    static final double VERY_COMMON_PART_WEIGHT = 0.4;
    /** Weight of a part of frequency class 3 and above (Mohammed, Ali). */
    static final double COMMONEST_PART_WEIGHT = 0.25;
    /** Weight of an initial (J., M.). */
    static final double INITIAL_WEIGHT = 0.3;
    /** Weight of a number or series numeral in a name (7, II). */
    static final double NUMBER_WEIGHT = 0.3;
    /** A patronymic says little about who the person is: it is often left out and shared by siblings. */
    static final double PATRONYMIC_WEIGHT = 0.4;
    /**
     * A generic business word (generic-business-words.tsv) weighs at most as much as a very common name part,
     * whether or not name-part-frequency.tsv lists it (Arabic "التجارية", Latin "Distribution").
     */
    static final double GENERIC_WORD_WEIGHT = 0.4;
    /** Weight of a part the list held shows to be common ({@link ListCommonness}): class 1 of the frequency table. */
    static final double COMMON_IN_LIST_WEIGHT = 0.6;
    /** Listed parties a list needs before it says a part is common; a small list says nothing about the population. */
    static final int COMMON_IN_LIST_MIN_PARTIES = 20;
    /** Share of the listed parties (and at least the minimum count) that makes a part common in the list. */
    static final double COMMON_IN_LIST_MIN_SHARE = 0.001;

    // How similar two name parts are (0 to 1).

    /**
     * Two different known names (Hassan, Hussein; Bertrand, Bernard: alias groups or known given names) may look
     * alike but are never more similar than this.
     */
    static final double DIFFERENT_ALIAS_CAP = 0.6;
    /** Same consonant skeleton across scripts or transliteration systems, skeleton of at least 4 letters. */
    static final double SKELETON_ACROSS_SCRIPTS = 0.95;
    /** Letters of a skeleton across scripts from which it counts in full; each letter short of it costs the step. */
    static final int SKELETON_FULL_LENGTH = 4;
    /** What each letter of a skeleton across scripts short of the full length takes off its similarity. */
    static final double SHORT_SKELETON_STEP = 0.05;
    /** Same consonant skeleton in the same script. */
    static final double SKELETON_SAME_SCRIPT = 0.9;
    /** Same Double Metaphone code. */
    static final double PHONETIC = 0.88;
    /**
     * Two romanisations of one name (Aleksandrowicz, Aleksandrovich; Kavalenka, Kovalenko) once folded: as strong
     * as a same skeleton, short of the same spelling. Folded spellings count only when they are the same or one
     * letter apart: the folds make words longer and more alike (x is ks), which must not lift two different names
     * (Luxford, Luxon).
     */
    static final double ROMANISATION = 0.95;
    /** Same stem, a particle written together on one side (Benali and Ali, Elmasri and Masri). */
    static final double GLUED_PARTICLE = 0.95;
    /** An initial against a word with its letter (J., John); two initials compare otherwise. */
    static final double INITIAL = 0.9;
    /** Share of Jaro-Winkler in the spelling similarity; the rest is edit-distance similarity. */
    static final double SPELLING_JARO_WINKLER_SHARE = 0.6;
    /** Sound-alike Latin spellings: the shorter has at least this share of the longer's letters... */
    static final double SOUND_ALIKE_COVERAGE = 0.75;
    /** ...and their spelling similarity is at least this. */
    static final double SOUND_ALIKE_SPELLING = 0.7;
    /** Spelling similarity from which words one side wrote apart are the other side's one word (Patr ushev). */
    static final double JOINED_SPELLING = 0.9;
    /** Spelling similarity from which a last word is a misspelt legal form (Limted, Limited). */
    static final double LEGAL_FORM_FUZZY_SPELLING = 0.92;
    /**
     * Cross-script similarity runs lower than spelling similarity for the same likeness (vowels are guessed); a
     * linear map fitted on true renderings against same-initial decoys puts it on the spelling scale: base + slope
     * × (similarity − from).
     */
    static final double CROSS_SCRIPT_ON_SPELLING_BASE = 0.7;
    /** See {@link #CROSS_SCRIPT_ON_SPELLING_BASE}. */
    static final double CROSS_SCRIPT_ON_SPELLING_SLOPE = 1.15;
    /** See {@link #CROSS_SCRIPT_ON_SPELLING_BASE}. */
    static final double CROSS_SCRIPT_ON_SPELLING_FROM = 0.6;
    /** Arabic against Latin: cost of a Latin vowel Arabic script does not write (a short vowel). */
    static final double CROSS_SCRIPT_UNWRITTEN_SHORT_VOWEL = 0.25;
    /** Arabic against Latin: cost of a written Arabic long vowel no Latin vowel meets. */
    static final double CROSS_SCRIPT_UNMATCHED_LONG_VOWEL = 0.6;
    /** Arabic against Latin: cost of a vowel met by a vowel of another class. */
    static final double CROSS_SCRIPT_OTHER_VOWEL = 0.4;
    /** Arabic against Latin: cost of a consonant missing or different. */
    static final double CROSS_SCRIPT_CONSONANT = 1.0;

    // How aligned parts make a name score.

    /** Similarities from here up count in full as agreement; below, agreement fades to zero at the minimum similarity. */
    static final double FULL_AGREEMENT = 0.8;
    /**
     * Two different names in the same place are a conflict however common each is: "Habib ben Mohamed" and
     * "Habib ben Ahmed" are father and son's different fathers. A part counts at least this much in a conflict.
     */
    static final double CONFLICT_WEIGHT_FLOOR = 0.6;
    /** A missing word counts at least this much when no rare part agrees. */
    static final double COMMON_EXTRA_PART_FLOOR = 0.6;
    /**
     * Cost of an organisation's extra distinctive word (a subsidiary "Banco Santander Chile"), and of a person's
     * extra part when the names agree on common parts only ("Mohammed Ali" / "Mohammed Ali Al-Tamimi").
     */
    static final double ORGANISATION_EXTRA_PART_COST = 0.6;

    // Factors on the name score: shapes of two names that are usually two parties.

    /** Organisations agreeing on one distinctive word only ("Khalil Global Trading LLC" / "Khalil Trading LLC"). */
    static final double ONE_DISTINCTIVE_WORD_FACTOR = 0.85;
    /** A name that is one given name alone ("Laurent") against a longer name: it identifies nobody. */
    static final double GIVEN_NAME_ALONE_FACTOR = 0.75;
    /** The shorter name starts with the longer one's father's name (see {@link FathersNameShift}). */
    static final double FATHERS_NAME_SHIFT_FACTOR = 0.8;
    /**
     * One given name followed by the other's whole name in its order (see {@link NasabChild}): a child. Lower than
     * the father's-name shift, so that a child whose rare family parts all agree (0.94) falls well below 0.70.
     */
    static final double NASAB_CHILD_FACTOR = 0.75;
    /** Same name, two legal persons: a sole establishment and a company, or a partnership and either. */
    static final double OTHER_LEGAL_PERSON_FACTOR = 0.75;
    /**
     * What a weak alias keeps of its score: an exact match (1.0) or one spelling short of it (≥ 0.95) stays above
     * the default threshold of 0.80, a short form or a looser spelling (0.90) falls below it.
     */
    static final double WEAK_ALIAS_FACTOR = 0.85;

    // Factors of the facts that tell namesakes apart (PartyQualifiers); the result is capped at 1.

    /** The declared country is none of the listed ones: with the default threshold 0.80 even an exact name stops alerting. */
    static final double COUNTRY_CONTRADICTS = 0.75;
    /** The declared country is one of the listed ones. */
    static final double COUNTRY_AGREES = 1.03;
    /** Another year of birth. */
    static final double BIRTH_YEAR_DIFFERS = 0.6;
    /** Same year, another month or day: typing slips in day and month are more frequent than in the year. */
    static final double BIRTH_DATE_DIFFERS = 0.8;
    /** Same year of birth, no more stated. */
    static final double SAME_BIRTH_YEAR = 1.05;
    /** Same full date of birth. */
    static final double SAME_BIRTH_DATE = 1.15;
    /** Another identifier of the same scheme from the same issuing country: another registered person. */
    static final double IDENTIFIER_DIFFERS = 0.6;

    private PartyScoringTable() {
    }
}
