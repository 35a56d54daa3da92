package org.heritagesentinel.screening.party;

/**
 * One normalised part of a name, with every form the comparison needs computed once.
 *
 * @param text       lower-case ASCII form
 * @param skeleton   consonant skeleton, comparable across scripts (see {@link ConsonantSkeleton})
 * @param vowelSkeleton skeleton with vowel classes, for comparing Arabic script with Latin spellings
 * @param phonetic   Double Metaphone code of a Latin-script part, empty for other scripts
 * @param aliasGroup canonical form of its given-name variant group, or null
 * @param weight     how much the part identifies a party: rare parts 1, very common parts much less
 * @param kind       word, initial or number
 * @param vowelled   false when the source script does not write short vowels (Arabic), so only the skeleton is reliable
 * @param role       place of the part in the name (own name, father's name after a link, patronymic)
 * @param stem       the word without a particle written together with it ("bilt" of "Vanderbilt", "ali" of
 *                   "Benali"), or null
 * @param syllables  the word in its own syllabic or ideographic script (Han, Hangul, Kana, Khmer), or null:
 *                   two different characters are two different names even when they read alike
 * @param givenName  a known given name (given-names.tsv, or a variant of one): two different given names are
 *                   different names however alike they are spelt (Bertrand, Bernard)
 * @param generic    a generic business word (Trading, Global, Est., تجارة) that says nothing about which company
 * @param folded     a Latin word with the romanisation systems folded ({@link RomanisationFolds}: Aleksandrowicz is
 *                   "aleksandrovich"), the same instance as {@code text} when no rule applies
 * @param letters    the letters of {@code text} counted, for the bound on the spelling of two parts
 */
record NamePart(String text, String skeleton, String vowelSkeleton, String phonetic, String aliasGroup, double weight,
                PartKind kind, boolean vowelled, PartRole role, String stem, String syllables, boolean givenName,
                boolean generic, String folded, LetterCounts letters) {

    NamePart withWeight(double newWeight) {
        return new NamePart(text, skeleton, vowelSkeleton, phonetic, aliasGroup, newWeight, kind, vowelled, role, stem,
                syllables, givenName, generic, folded, letters);
    }
}
