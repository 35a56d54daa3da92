package org.heritagesentinel.screening.party;

/** What a name part is, which decides how it may be compared. */
enum PartKind {
    /** A word of the name: given name, family name, company word. */
    WORD,
    /** A single letter standing for a word, e.g. the "J" of "Hans J Friedrich". */
    INITIAL,
    /** Digits or a Roman numeral, e.g. fund series "II" or "2004". */
    NUMBER
}
