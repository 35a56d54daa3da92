package org.heritagesentinel.screening.party;

import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Builds a {@link NamePart} with all its comparable forms from one transliterated word. */
final class NamePartFactory {

    /**
     * Roman numerals of fund and company series. Single "I", "V", "X" are far more often initials, and
     * "Xi" is a family name.
     */
    private static final Pattern SERIES_NUMERAL = Pattern.compile("(?=[ivx]{2,})(?!xi$)x{0,3}(?:ix|iv|v?i{0,3})");
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final GivenNameAliases aliases;
    private final NamePartFrequencies frequencies;

    NamePartFactory(GivenNameAliases aliases, NamePartFrequencies frequencies) {
        this.aliases = aliases;
        this.frequencies = frequencies;
    }

    NamePart create(NameToken token) {
        String text = token.text();
        PartKind kind = kindOf(text);
        String alias = kind == PartKind.WORD ? aliases.groupOf(text) : null;
        double weight = switch (kind) {
            case WORD -> frequencies.weight(text, alias);
            case INITIAL -> 0.3;
            case NUMBER -> 0.3;
        };
        String phonetic = token.vowelled() && kind == PartKind.WORD ? METAPHONE.doubleMetaphone(text) : "";
        return new NamePart(text, ConsonantSkeleton.of(text), ConsonantSkeleton.withVowels(text), phonetic, alias, weight, kind, token.vowelled());
    }

    private static PartKind kindOf(String text) {
        if (Character.isDigit(text.charAt(0)) || SERIES_NUMERAL.matcher(text).matches()) {
            return PartKind.NUMBER;
        }
        return text.length() == 1 ? PartKind.INITIAL : PartKind.WORD;
    }
}
