package org.heritagesentinel.screening.party;

/**
 * Consonant skeleton of a lower-case ASCII word: vowels dropped, consonants folded into classes that
 * transliterations confuse (q/k/g/c, t/d/th/dh, s/sh/ch, p/b, v/f, kh/h, j/dj/zh).
 *
 * <p>Arabic script does not write short vowels, so "محمد" and "Mohammed" only agree on their consonants
 * (MHMT); French spellings of Maghreb names write w as "ou" before a vowel (Ouazzani = Wazzani = WZN).
 */
final class ConsonantSkeleton {

    private ConsonantSkeleton() {
    }

    static String of(String word) {
        return symbols(word, false);
    }

    /**
     * The skeleton with vowels kept as classes a, u (o, u) and i (e, i), for comparing a Latin spelling
     * with the long vowels that Arabic script does write (و, ي, ا).
     */
    static String withVowels(String word) {
        return symbols(word, true);
    }

    private static String symbols(String word, boolean keepVowels) {
        StringBuilder out = new StringBuilder(word.length());
        boolean vowelSinceLast = true;
        int n = word.length();
        int i = 0;
        while (i < n) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char code;
            int step = 1;
            if (c == 's' && next == 'c' && i + 2 < n && word.charAt(i + 2) == 'h') {
                code = 'S';
                step = 3;
            } else if (next == 'h' && "sckgptdz".indexOf(c) >= 0) {
                code = switch (c) {
                    case 's', 'c' -> 'S';
                    case 'k' -> 'H';
                    case 'g' -> 'K';
                    case 'p' -> 'F';
                    case 'z' -> 'J';
                    default -> 'T';
                };
                step = 2;
            } else if ((c == 'd' && next == 'j') || (c == 'c' && next == 'k') || (c == 'q' && next == 'u')) {
                code = c == 'd' ? 'J' : 'K';
                step = 2;
            } else if (c == 'o' && next == 'u') {
                code = isVowel(charAt(word, i + 2)) ? 'W' : 'u';
                step = 2;
            } else {
                code = single(word, i, c, next);
            }
            if (Character.isLowerCase(code)) {
                vowelSinceLast = true;
                if (keepVowels && (out.length() == 0 || out.charAt(out.length() - 1) != code)) {
                    out.append(code);
                }
            } else {
                boolean repeated = out.length() > 0 && out.charAt(out.length() - 1) == code && !vowelSinceLast;
                if (!repeated) {
                    out.append(code);
                }
                vowelSinceLast = false;
            }
            i += step;
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == 'H' && !keepVowels) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static char single(String word, int i, char c, char next) {
        char previous = i > 0 ? word.charAt(i - 1) : 0;
        return switch (c) {
            case 'a' -> 'a';
            case 'e', 'i' -> 'i';
            case 'o', 'u' -> 'u';
            case 'y' -> i == 0 || isVowel(next) ? 'Y' : 'i';
            case 'w' -> i == 0 || isVowel(next) ? 'W' : 'u';
            case 'j' -> isVowel(previous) && !isVowel(next) ? 'i' : 'J';
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
            case 'g', 'q', 'k' -> 'K';
            case 'x' -> 'X';
            case 'p', 'b' -> 'B';
            case 'v', 'f' -> 'F';
            case 'd', 't' -> 'T';
            default -> Character.toUpperCase(c);
        };
    }

    private static char charAt(String word, int i) {
        return i < word.length() ? word.charAt(i) : 0;
    }

    /** A Latin vowel letter (y, which is both, is decided by its place where it matters). */
    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
