package org.heritagesentinel.screening.party;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles (al-, el-), patronymic links (bin, ibn, ben, ould, ag), connectors (van, de, of) and titles: never
 * identifying. A title that is also a name (Sayyid, Hafiz, Major, General of "General Motors") is a title only at
 * the head of a person's name with at least two name words after it ("Sayyid Ali Khamenei", not "Sayed Ahmed").
 */
final class NameParticles {

    /** Name words a leading title needs after it: with one, it is more likely a given name ("Hafiz Saeed"). */
    static final int WORDS_AFTER_LEADING_TITLE = 2;

    private final Set<String> particles = new HashSet<>();
    private final Set<String> patronymicLinks = new HashSet<>();
    private final Set<String> leadingTitles = new HashSet<>();

    /** Arabic-script entries go through the tokeniser, so "الشيخ" is stored as the word the parser produces. */
    NameParticles(NameTokeniser tokeniser) {
        for (String[] row : TsvResource.rows("name-particles.tsv")) {
            String kind = row.length > 1 ? row[1] : "";
            for (String word : asParsed(row[0], tokeniser)) {
                switch (kind) {
                    case "patronymic" -> {
                        particles.add(word);
                        patronymicLinks.add(word);
                    }
                    case "leading-title" -> leadingTitles.add(word);
                    default -> particles.add(word);
                }
            }
        }
    }

    /** The entry as the parser reads it; an Arabic title's article ("الشيخ" is "al" and "shykh") is left out. */
    private static List<String> asParsed(String entry, NameTokeniser tokeniser) {
        List<String> words = tokeniser.tokens(entry).stream().map(NameToken::text).toList();
        if (words.size() == 2 && words.get(0).equals("al")) {
            return words.subList(1, 2);
        }
        return words.size() == 1 ? words : List.of();
    }

    /** bin, ibn, ben, ould, bint: the name that follows is the father's (or mother's), not the person's own. */
    boolean isPatronymicLink(String word) {
        return patronymicLinks.contains(word);
    }

    boolean isParticle(String word) {
        return particles.contains(word);
    }

    /** A title only at the head of a person's name (see the class comment). */
    boolean isLeadingTitle(String word) {
        return leadingTitles.contains(word);
    }
}
