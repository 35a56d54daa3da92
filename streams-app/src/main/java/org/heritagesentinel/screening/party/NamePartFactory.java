package org.heritagesentinel.screening.party;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.heritagesentinel.cache.RecentCache;

/**
 * Builds a {@link NamePart} with all its comparable forms from one transliterated word. The forms of a word are
 * worked out once for the words met again (a list's names share their words: a million names have a few hundred
 * thousand distinct words), but every call returns a new part: parts are told apart by identity ({@link UsedParts}),
 * so the two Sergeys of "Sergey Sergey Shoigu" must stay two parts.
 */
final class NamePartFactory {

    /** Distinct words whose forms are kept (two generations of this many at most, {@link RecentCache}). */
    private static final int WORDS_KEPT = 50_000;

    /**
     * Roman numerals of fund and company series. Single "I", "V", "X" are far more often initials, and
     * "Xi" is a family name.
     */
    private static final Pattern SERIES_NUMERAL = Pattern.compile("(?=[ivx]{2,})(?!xi$)x{0,3}(?:ix|iv|v?i{0,3})");
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /**
     * East Slavic patronymics: Viktorovich, Oleksandrovych, Ryhoravich, Ivanovna, Nikitichna (South Slavic -ović is a family
     * name and is left out).
     */
    private static final Pattern SLAVIC_PATRONYMIC =
            Pattern.compile("[a-z]{3,}(?:ovich|evich|avich|ovych|evych|ovitch|evitch|ovna|evna|avna|auna|ivna|yevna|ichna|ilyich)");
    /**
     * Particles that are often written together with the name they precede (Benali, Elmasri, Abuzaid,
     * Vanderbilt, Dupont, Lefebvre), longest first.
     */
    private static final String[] GLUED_PARTICLES = {"abou", "abu", "ben", "bin", "ibn", "van", "von", "der", "den",
        "al", "el", "de", "du", "la", "le"};
    private static final int SHORTEST_STEM = 3;
    /**
     * The father's given name inside a patronymic: Ivan of Ivanovich, Sergey of Sergeyevich, Mikalai of Mikalaevich
     * (the final i or y of the father's name is not written before -evich), Oleksandr of Oleksandrovych.
     */
    private static final Pattern PATRONYMIC_SUFFIX =
            Pattern.compile("(?:ovich|evich|avich|ovych|evych|ovitch|evitch|ovna|evna|avna|auna|ivna|ichna|ich)$");
    /** Marks a patronymic's alias group apart from the father's own name's group (Nikolaevich is not Nikolai). */
    private static final String PATRONYMIC_GROUP = "patronymicof";

    private final GivenNameAliases aliases;
    private final NamePartFrequencies frequencies;
    private final WordList givenNames;
    private final WordList genericBusinessWords;
    private final RomanisationFolds folds = new RomanisationFolds();
    private final PartyScoringTable table;
    private final RecentCache<Word, Forms> formsOfWord = new RecentCache<>(WORDS_KEPT);
    /** One function for every miss: a lambda written at the call would be a new object per part. */
    private final Function<Word, Forms> work = this::forms;

    NamePartFactory(GivenNameAliases aliases, NamePartFrequencies frequencies, WordList givenNames,
                    WordList genericBusinessWords, PartyScoringTable table) {
        this.table = table;
        this.aliases = aliases;
        this.frequencies = frequencies;
        this.givenNames = givenNames;
        this.genericBusinessWords = genericBusinessWords;
    }

    NamePart create(NameToken token) {
        return create(token, PartRole.NAME);
    }

    NamePart create(NameToken token, PartRole position) {
        Forms forms = formsOfWord.get(new Word(token.text(), token.vowelled()), work);
        return new NamePart(token.text(), forms.skeleton(), forms.vowelSkeleton(), forms.phonetic(), forms.alias(),
                forms.weight(), forms.kind(), token.vowelled(), forms.patronymic() ? PartRole.PATRONYMIC : position,
                forms.stem(), token.syllables(), forms.givenName(), forms.generic(), forms.folded(), forms.letters());
    }

    /** Everything about a part that its word and script decide (its role and syllables are the token's). */
    private Forms forms(Word word) {
        String text = word.text();
        PartKind kind = kindOf(text);
        String alias = kind == PartKind.WORD ? aliases.groupOf(text) : null;
        boolean latinWord = word.vowelled() && kind == PartKind.WORD;
        String folded = latinWord ? folds.fold(text) : text;
        // folded, so that Polish and German spellings (Aleksandrowicz, Aleksandrowitsch) are read as patronymics too
        boolean patronymic = kind == PartKind.WORD && alias == null && SLAVIC_PATRONYMIC.matcher(folded).matches();
        if (patronymic) {
            alias = fathersGroup(folded);
        }
        boolean generic = kind == PartKind.WORD && genericBusinessWords.contains(text);
        double weight = switch (kind) {
            case WORD -> patronymic ? table.patronymicWeight()
                    : generic ? Math.min(table.genericWordWeight(), frequencies.weight(text, alias))
                    : frequencies.weight(text, alias);
            case INITIAL -> table.initialWeight();
            case NUMBER -> table.numberWeight();
        };
        String phonetic = latinWord ? METAPHONE.doubleMetaphone(text) : "";
        String stem = latinWord && alias == null ? stemOf(text) : null;
        boolean givenName = kind == PartKind.WORD
                && (givenNames.contains(text) || alias != null && givenNames.contains(alias));
        return new Forms(kind, alias, folded, patronymic, generic, weight, phonetic, stem, givenName,
                ConsonantSkeleton.of(text), ConsonantSkeleton.withVowels(text), LetterCounts.of(text));
    }

    private record Word(String text, boolean vowelled) {
    }

    private record Forms(PartKind kind, String alias, String folded, boolean patronymic, boolean generic, double weight,
                         String phonetic, String stem, boolean givenName, String skeleton, String vowelSkeleton,
                         LetterCounts letters) {
    }

    /**
     * The alias group of the father's given name in a patronymic, marked as a patronymic's, or null when the
     * father's name is not a known variant: "Mikalaevich" and "Nikolaevich" are both children of a Nikolai.
     */
    private String fathersGroup(String patronymic) {
        String father = PATRONYMIC_SUFFIX.matcher(patronymic).replaceFirst("");
        for (String candidate : new String[] {father, father + "i", father + "y"}) {
            String group = aliases.groupOf(candidate);
            if (group != null) {
                return PATRONYMIC_GROUP + group;
            }
        }
        return null;
    }

    /** The word without the particles written together at its start, or null when it has none. */
    static String stemOf(String word) {
        String stem = word;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String particle : GLUED_PARTICLES) {
                if (stem.startsWith(particle) && stem.length() - particle.length() >= SHORTEST_STEM
                        && plausibleStart(stem, particle.length())) {
                    stem = stem.substring(particle.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem.equals(word) ? null : stem;
    }

    /** A name does not start with two consonants after a particle ("De-lgado" is Delgado, not De Lgado). */
    private static boolean plausibleStart(String word, int at) {
        char first = word.charAt(at);
        char second = word.charAt(at + 1);
        return isVowel(first) || isVowel(second) || second == 'h';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static PartKind kindOf(String text) {
        if (Character.isDigit(text.charAt(0)) || SERIES_NUMERAL.matcher(text).matches()) {
            return PartKind.NUMBER;
        }
        return text.length() == 1 ? PartKind.INITIAL : PartKind.WORD;
    }
}
