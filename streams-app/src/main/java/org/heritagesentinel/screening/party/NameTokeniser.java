package org.heritagesentinel.screening.party;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heritagesentinel.cache.RecentCache;

/**
 * Splits a raw name into transliterated words.
 *
 * <p>Besides splitting on spaces and punctuation it undoes the joins that make one name look like
 * different words: "S.A.R.L." is the word "sarl", the Arabic article is split from the word it is written
 * with ("الوزاني" is "al wzany"), compounds with Abd are split from their second part ("Abdelaziz",
 * "Abd al-Aziz" and "عبد العزيز" all give "abd" and "aziz") and so are compounds with al-Din
 * ("Noureddine", "Nur al-Din"), and a name ending in Allah written apart is joined ("عبد الله", "Noor Ullah"
 * are "Abdullah", "Noorullah"). Cyrillic is romanised as passports do ({@link CyrillicRomaniser}), a name in
 * Somali orthography is written as English spellings write it ({@link SomaliOrthography}). Digits inside words
 * are read as the letters they imitate ("Ig0r").
 */
final class NameTokeniser {

    /** No party name is longer; hostile input must not buy quadratic comparison time on the hot path. */
    private static final int MAX_LENGTH = 512;

    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s,;:()\\[\\]{}\"“”„«»/\\\\|+_&*#!?<>=~\\-‐‑‒–—―·•・・\u30FB\u00B7]+");
    private static final Pattern APOSTROPHE_S = Pattern.compile("['’`´]s$");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻʼ]");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?");
    private static final Pattern ABD_COMPOUND =
            Pattern.compile("abd(?:oul|el|al|ul|ou|ol|il|u|i|o|e|a)?([a-z]{3,})");
    private static final Pattern ALLAH_COMPOUND = Pattern.compile("abd[a-z]{0,3}l+a+h?i?");
    private static final Pattern ABD_ALONE = Pattern.compile("abd(?:oul|el|al|ul|ou|u|i|o|e)?");
    private static final Pattern DIN_COMPOUND =
            Pattern.compile("([a-z]{3,}?)(?:uddin|uddeen|oudine|eddine|eddin|addin|iddin|oddin|oddine|aldin|uldin|udin|edine)");
    private static final Pattern DIN_ALONE = Pattern.compile("(?:eddine|eddin|uddin|uddeen|addin|deen|dine|din)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    /** The word "Abd" of a compound given name ("Abdelkarim": "abd" and "karim"), in every script. */
    static final String ABD = "abd";
    private static final String ARABIC_ABD = "\u0639\u0628\u062F";
    private static final String ARABIC_ARTICLE = "\u0627\u0644";
    private static final String ARABIC_ALLAH = "\u0627\u0644\u0644\u0647";
    private static final String ARABIC_AL_DIN = "\u0627\u0644\u062F\u064A\u0646";
    /** Allah written apart from the name it ends, as the tokens of its Latin and Arabic spellings read. */
    private static final Set<String> ALLAH_APART = Set.of("allah", "ullah", "allh", "llah");

    /** Distinct words whose tokens are kept (two generations of this many at most, {@link RecentCache}). */
    private static final int WORDS_KEPT = 50_000;

    private final CyrillicRomaniser cyrillic = new CyrillicRomaniser();
    private final SomaliOrthography somali = new SomaliOrthography();
    /**
     * Names share their words, and transliterating a word is most of the work of splitting a name: a word met
     * again is not transliterated again.
     */
    private final RecentCache<Word, List<NameToken>> tokensOfWord = new RecentCache<>(WORDS_KEPT);
    /** One function for every miss: a lambda written at the call would be a new object per word. */
    private final Function<Word, List<NameToken>> tokenise = this::tokensOf;

    List<NameToken> tokens(String raw) {
        List<NameToken> tokens = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return tokens;
        }
        String bounded = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        String cleaned = Normalizer.normalize(withoutControlCharacters(bounded), Normalizer.Form.NFKC);
        String[] words = SEPARATORS.split(cleaned);
        CyrillicRomaniser.Language language = CyrillicRomaniser.containsCyrillic(cleaned)
                ? CyrillicRomaniser.languageOf(cleaned) : null;
        boolean somaliSpelling = somaliSpelling(words);
        for (String word : words) {
            tokens.addAll(tokensOfWord.get(new Word(word, language, somaliSpelling), tokenise));
        }
        return joinAllahWrittenApart(tokens);
    }

    /** The tokens of one word between separators: the same for the same word in the same script and spelling. */
    private List<NameToken> tokensOf(Word key) {
        String word = key.text();
        List<NameToken> tokens = new ArrayList<>(2);
        String noApostrophe = APOSTROPHES.matcher(APOSTROPHE_S.matcher(word).replaceAll("")).replaceAll("");
        if (DOTTED_INITIALS.matcher(noApostrophe).matches() || noApostrophe.endsWith(".")
                && DOTTED_INITIALS.matcher(noApostrophe.substring(0, noApostrophe.length() - 1)).matches()) {
            addWord(noApostrophe.replace(".", ""), key.language(), key.somaliSpelling(), tokens);
        } else {
            for (String piece : noApostrophe.split("\\.")) {
                addWord(piece, key.language(), key.somaliSpelling(), tokens);
            }
        }
        return List.copyOf(tokens);
    }

    /** A word as split from a name, with what the whole name says about how to read it. */
    private record Word(String text, CyrillicRomaniser.Language language, boolean somaliSpelling) {
    }

    /** Only a name with an x, a c or a doubled vowel can be in Somali orthography: most names skip the check. */
    private boolean somaliSpelling(String[] words) {
        List<String> latin = new ArrayList<>(words.length);
        boolean candidate = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            candidate |= lower.indexOf('x') >= 0 || lower.indexOf('c') >= 0 || lower.contains("aa")
                    || lower.contains("ii") || lower.contains("uu");
            latin.add(lower);
        }
        return candidate && somali.marks(latin);
    }

    /** "Abd Allah", "عبد الله", "Noor Ullah": one name, as "Abdallah", "عبدالله" and "Noorullah" are. */
    private static List<NameToken> joinAllahWrittenApart(List<NameToken> tokens) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            NameToken allah = tokens.get(i);
            NameToken before = tokens.get(i - 1);
            if (ALLAH_APART.contains(allah.text()) && allah.vowelled() == before.vowelled()
                    && before.syllables() == null && !before.text().equals("al")) {
                tokens.set(i - 1, new NameToken(before.text() + allah.text(), before.vowelled()));
                tokens.remove(i);
            }
        }
        return tokens;
    }

    private static String withoutControlCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue;
            }
            out.append(type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED ? ' ' : c);
        }
        return out.toString();
    }

    private void addWord(String word, CyrillicRomaniser.Language language, boolean somaliSpelling,
                         List<NameToken> tokens) {
        if (word.isEmpty()) {
            return;
        }
        if (language != null && CyrillicRomaniser.containsCyrillic(word)) {
            addLatin(ScriptTransliterator.toAscii(cyrillic.romanise(word, language)), tokens);
        } else if (ScriptTransliterator.containsArabic(word)) {
            addArabic(ScriptTransliterator.prepareArabic(word), tokens);
        } else if (ScriptTransliterator.isSyllabic(word)) {
            String ascii = ScriptTransliterator.toAscii(word);
            if (!ascii.isEmpty()) {
                tokens.add(new NameToken(ascii, true, word));
            }
        } else {
            String latin = readDigitsAsLetters(ScriptTransliterator.toAscii(word));
            addLatin(somaliSpelling ? somali.rewrite(latin) : latin, tokens);
        }
    }

    private void addArabic(String word, List<NameToken> tokens) {
        String rest = word;
        if (rest.startsWith(ARABIC_ABD) && rest.length() > 3 && !isArabicAllah(rest.substring(3))) {
            tokens.add(new NameToken(ABD, false));
            rest = rest.substring(3);
        }
        if (rest.startsWith(ARABIC_ARTICLE) && rest.length() > 3 && !rest.equals(ARABIC_ALLAH)) {
            tokens.add(new NameToken("al", false));
            rest = rest.substring(2);
        }
        if (rest.endsWith(ARABIC_AL_DIN) && rest.length() > ARABIC_AL_DIN.length()) {
            addArabicWord(rest.substring(0, rest.length() - ARABIC_AL_DIN.length()), tokens);
            tokens.add(new NameToken("al", false));
            tokens.add(new NameToken("din", false));
            return;
        }
        addArabicWord(rest, tokens);
    }

    private static boolean isArabicAllah(String rest) {
        return rest.equals(ARABIC_ALLAH) || rest.equals("\u0644\u0644\u0647");
    }

    private static void addArabicWord(String word, List<NameToken> tokens) {
        String ascii = ScriptTransliterator.toAscii(word);
        if (!ascii.isEmpty()) {
            tokens.add(new NameToken(ascii, false));
        }
    }

    private void addLatin(String word, List<NameToken> tokens) {
        if (word.isEmpty()) {
            return;
        }
        if (ABD_ALONE.matcher(word).matches()) {
            tokens.add(new NameToken(ABD, true));
            return;
        }
        if (DIN_ALONE.matcher(word).matches()) {
            tokens.add(new NameToken("din", true));
            return;
        }
        Matcher abd = ABD_COMPOUND.matcher(word);
        if (abd.matches() && !ALLAH_COMPOUND.matcher(word).matches()) {
            tokens.add(new NameToken(ABD, true));
            addLatin(abd.group(1), tokens);
            return;
        }
        Matcher din = DIN_COMPOUND.matcher(word);
        if (din.matches()) {
            tokens.add(new NameToken(din.group(1), true));
            tokens.add(new NameToken("din", true));
            return;
        }
        tokens.add(new NameToken(word, true));
    }

    /** "Ig0r Sech1n": digits among letters stand for the letters they look like; plain numbers stay numbers. */
    private static String readDigitsAsLetters(String word) {
        Matcher ordinal = ORDINAL.matcher(word);
        if (ordinal.matches()) {
            return ordinal.group(1);
        }
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                digits++;
            } else {
                letters++;
            }
        }
        if (digits == 0 || letters < 2 || digits >= letters) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int index = "0134579".indexOf(c);
            out.append(index < 0 ? c : "oieastg".charAt(index));
        }
        return out.toString();
    }
}
