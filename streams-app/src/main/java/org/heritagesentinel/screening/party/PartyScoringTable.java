package org.heritagesentinel.screening.party;

import java.util.Map;
import java.util.Set;

import org.heritagesentinel.screening.scoring.ScoringOverrides;

/**
 * Every weight, penalty, cap and factor of party name matching, in one place (docs/quality.md, "Party scoring
 * table"). Any number can be replaced by its name through the one configuration's {@code matching.party.scoring}
 * ({@link #with}). The match threshold is screening's ({@code matching.party.threshold}); the lowest
 * part similarity that aligns and the part costs are {@link NameMatchingConfig}'s. Three numbers are not here: how much of the spelling similarity is Jaro-Winkler's
 * ({@link PartSimilarity}, which also reads legal forms when a name is parsed, and whose bound
 * {@code SpellingBoundSpec} proves for that share) and when the list held makes a part common
 * ({@link ListedPartCounts#common}, which screening's blocking reads as well as the weights); Jaro-Winkler's own
 * constants stay in {@link JaroWinkler}, which must agree with Apache Commons Text to the last bit.
 *
 * <p>How much a name part counts (its weight), before comparing anything:
 *
 * @param rarePartWeight         a part name-part-frequency.tsv does not list, or lists in class 0: rare, identifies somebody
 * @param commonPartWeight       a part of frequency class 1 (common)
 * @param veryCommonPartWeight   a part of frequency class 2 (very common)
 * @param commonestPartWeight    a part of frequency class 3 and above (Mohammed, Ali)
 * @param initialWeight          an initial (J., M.)
 * @param numberWeight           a number or series numeral in a name (7, II)
 * @param patronymicWeight       a patronymic says little about who the person is: it is often left out and shared by
 *                               siblings
 * @param genericWordWeight      a generic business word (generic-business-words.tsv) weighs at most as much as a very
 *                               common name part, whether or not name-part-frequency.tsv lists it (Arabic "التجارية",
 *                               Latin "Distribution")
 * @param commonInListWeight     a part the list held shows to be common ({@link ListCommonness}): class 1 of the
 *                               frequency table
 *                               <p>How similar two name parts are (0 to 1):
 * @param differentAliasCap      two different known names (Hassan, Hussein; Bertrand, Bernard: alias groups or known
 *                               given names) may look alike but are never more similar than this
 * @param skeletonAcrossScripts  same consonant skeleton across scripts or transliteration systems, skeleton of at least
 *                               {@code skeletonFullLength} letters
 * @param skeletonFullLength     letters of a skeleton across scripts from which it counts in full
 * @param shortSkeletonStep      what each letter of a skeleton across scripts short of the full length takes off
 * @param skeletonSameScript     same consonant skeleton in the same script
 * @param phonetic               same Double Metaphone code
 * @param romanisation           two romanisations of one name (Aleksandrowicz, Aleksandrovich) once folded: as strong as
 *                               a same skeleton, short of the same spelling; only when the folded spellings are the
 *                               same or one letter apart (the folds make words longer and more alike: Luxford, Luxon)
 * @param gluedParticle          same stem, a particle written together on one side (Benali and Ali, Elmasri and Masri)
 * @param initial                an initial against a word with its letter (J., John); two initials compare otherwise
 * @param soundAlikeCoverage     sound-alike Latin spellings: the shorter has at least this share of the longer's letters...
 * @param soundAlikeSpelling     ...and their spelling similarity is at least this
 * @param joinedSpelling         spelling similarity from which words one side wrote apart are the other side's one word
 *                               (Patr ushev)
 * @param legalFormFuzzySpelling spelling similarity from which a last word is a misspelt legal form (Limted, Limited)
 * @param crossScriptOnSpellingBase cross-script similarity runs lower than spelling similarity for the same likeness
 *                               (vowels are guessed); a linear map fitted on true renderings against same-initial decoys
 *                               puts it on the spelling scale: base + slope × (similarity − from)
 * @param crossScriptOnSpellingSlope see {@code crossScriptOnSpellingBase}
 * @param crossScriptOnSpellingFrom  see {@code crossScriptOnSpellingBase}
 * @param crossScriptUnwrittenShortVowel Arabic against Latin: cost of a Latin vowel Arabic script does not write
 * @param crossScriptUnmatchedLongVowel  Arabic against Latin: cost of a written Arabic long vowel no Latin vowel meets
 * @param crossScriptOtherVowel  Arabic against Latin: cost of a vowel met by a vowel of another class
 * @param crossScriptConsonant   Arabic against Latin: cost of a consonant missing or different
 *                               <p>How aligned parts make a name score:
 * @param fullAgreement          similarities from here up count in full as agreement; below, agreement fades to zero at
 *                               the minimum similarity
 * @param conflictWeightFloor    two different names in the same place are a conflict however common each is ("Habib
 *                               ben Mohamed" and "Habib ben Ahmed"): a part counts at least this much in a conflict
 * @param commonExtraPartFloor   a missing word counts at least this much when no rare part agrees
 * @param organisationExtraPartCost cost of an organisation's extra distinctive word (a subsidiary "Banco Santander
 *                               Chile"), and of a person's extra part when the names agree on common parts only
 *                               <p>Factors on the name score, shapes of two names that are usually two parties:
 * @param oneDistinctiveWordFactor organisations agreeing on one distinctive word only ("Khalil Global Trading LLC" /
 *                               "Khalil Trading LLC")
 * @param givenNameAloneFactor   a name that is one given name alone ("Laurent") against a longer name
 * @param fathersNameShiftFactor the shorter name starts with the longer one's father's name ({@link FathersNameShift})
 * @param nasabChildFactor       one given name followed by the other's whole name in its order ({@link NasabChild}): a
 *                               child; lower than the father's-name shift, so that a child whose rare family parts all
 *                               agree (0.94) falls well below 0.70
 * @param otherLegalPersonFactor same name, two legal persons: a sole establishment and a company, or a partnership and
 *                               either
 * @param weakAliasFactor        what a weak alias keeps of its score: an exact match (1.0) or one spelling short of it
 *                               (≥ 0.95) stays above the default threshold of 0.80, a looser one (0.90) falls below
 *                               <p>Factors of the facts that tell namesakes apart ({@link PartyQualifiers}; the result
 *                               is capped at 1):
 * @param countryContradicts     the declared country is none of the listed ones: with the default threshold 0.80 even an
 *                               exact name stops alerting
 * @param countryAgrees          the declared country is one of the listed ones (raises: up to 2)
 * @param birthYearDiffers       another year of birth
 * @param birthDateDiffers       same year, another month or day: typing slips in day and month are more frequent
 * @param sameBirthYear          same year of birth, no more stated (raises: up to 2)
 * @param sameBirthDate          same full date of birth (raises: up to 2)
 * @param identifierDiffers      another identifier of the same scheme from the same issuing country: another person
 */
public record PartyScoringTable(
        double rarePartWeight, double commonPartWeight, double veryCommonPartWeight, double commonestPartWeight,
        double initialWeight, double numberWeight, double patronymicWeight, double genericWordWeight,
        double commonInListWeight,
        double differentAliasCap, double skeletonAcrossScripts, int skeletonFullLength, double shortSkeletonStep,
        double skeletonSameScript, double phonetic, double romanisation, double gluedParticle, double initial,
        double soundAlikeCoverage, double soundAlikeSpelling, double joinedSpelling,
        double legalFormFuzzySpelling, double crossScriptOnSpellingBase, double crossScriptOnSpellingSlope,
        double crossScriptOnSpellingFrom, double crossScriptUnwrittenShortVowel, double crossScriptUnmatchedLongVowel,
        double crossScriptOtherVowel, double crossScriptConsonant,
        double fullAgreement, double conflictWeightFloor, double commonExtraPartFloor, double organisationExtraPartCost,
        double oneDistinctiveWordFactor, double givenNameAloneFactor, double fathersNameShiftFactor,
        double nasabChildFactor, double otherLegalPersonFactor, double weakAliasFactor,
        double countryContradicts, double countryAgrees, double birthYearDiffers, double birthDateDiffers,
        double sameBirthYear, double sameBirthDate, double identifierDiffers) {

    private static final PartyScoringTable DEFAULTS = new PartyScoringTable(
            1.0, 0.6, 0.4, 0.25,
            0.3, 0.3, 0.4, 0.4,
            0.6,
            0.6, 0.95, 4, 0.05,
            0.9, 0.88, 0.95, 0.95, 0.9,
            0.75, 0.7, 0.9,
            0.92, 0.7, 1.15,
            0.6, 0.25, 0.6,
            0.4, 1.0,
            0.8, 0.6, 0.6, 0.6,
            0.85, 0.75, 0.8,
            0.75, 0.75, 0.85,
            0.75, 1.03, 0.6, 0.8,
            1.05, 1.15, 0.6);

    /** Numbers that raise a score or stretch a scale, so may exceed 1; every other double is a share of 0..1. */
    private static final Set<String> UP_TO_TWO = Set.of("countryAgrees", "sameBirthYear", "sameBirthDate",
            "crossScriptOnSpellingSlope");

    public PartyScoringTable {
        if (fullAgreement <= 0) {
            throw new IllegalArgumentException("fullAgreement=" + fullAgreement + ": expected a number above 0");
        }
    }

    /** The shipped table, measured in docs/quality.md. */
    public static PartyScoringTable defaults() {
        return DEFAULTS;
    }

    /**
     * This table with the numbers named in {@code overrides} replaced ({@code weakAliasFactor → 0.8}). A factor that
     * raises a score and the cross-script slope lie within 0..2, every other weight, similarity, cost and factor
     * within 0..1, a count is a whole number.
     *
     * @throws IllegalArgumentException naming the first unknown name (with the valid ones) or value out of range
     */
    public PartyScoringTable with(Map<String, Double> overrides) {
        return ScoringOverrides.with(this, overrides, "party scoring table", name -> UP_TO_TWO.contains(name) ? 2 : 1);
    }
}
