package org.heritagesentinel.screening.party;

/**
 * One word of a name after transliteration.
 *
 * @param text     lower-case ASCII letters and digits
 * @param vowelled false for words written in Arabic script, where short vowels are not written
 */
record NameToken(String text, boolean vowelled) {
}
