package org.heritagesentinel.screening.party;

/**
 * One word of a name after transliteration.
 *
 * @param text      lower-case ASCII letters and digits
 * @param vowelled  false for words written in Arabic script, where short vowels are not written
 * @param syllables the word as written, when its script is syllabic or ideographic (Han, Hangul, Kana, Khmer); else null
 */
record NameToken(String text, boolean vowelled, String syllables) {

    NameToken(String text, boolean vowelled) {
        this(text, vowelled, null);
    }
}
