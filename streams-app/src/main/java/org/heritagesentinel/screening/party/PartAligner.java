package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns the parts of two names regardless of their order ("Putin, Vladimir"), after rejoining words that
 * one side wrote apart ("Alisher Usmanov" and "AlisherUsmanov", "Patr ushev" and "Patrushev").
 */
final class PartAligner {

    private static final int LONGEST_SPLIT = 3;
    private static final int MAX_ACRONYM = 6;
    /** Strongest first, then the heavier pair: made once, not per alignment. */
    private static final Comparator<AlignedPair> STRONGEST_FIRST = Comparator
            .comparingDouble((AlignedPair p) -> p.comparison().similarity())
            .thenComparingDouble(p -> p.declared().weight() + p.listed().weight())
            .reversed();

    private final PartSimilarity similarity;
    private final NameParser parser;
    private final double minPartSimilarity;
    private final PartyScoringTable table;
    private final double fullAgreement;

    PartAligner(PartSimilarity similarity, NameParser parser, double minPartSimilarity, PartyScoringTable table) {
        this.fullAgreement = table.fullAgreement();
        this.similarity = similarity;
        this.parser = parser;
        this.minPartSimilarity = minPartSimilarity;
        this.table = table;
    }

    Alignment align(List<NamePart> declaredParts, List<NamePart> listedParts) {
        List<NamePart> listed = rejoin(listedParts, declaredParts);
        List<NamePart> declared = rejoin(declaredParts, listed);
        List<AlignedPair> candidates = new ArrayList<>();
        boolean bothLinked = hasLinkedPart(declared) && hasLinkedPart(listed);
        for (NamePart d : declared) {
            for (NamePart l : listed) {
                if (!mayAlign(d, l, bothLinked)) {
                    continue;
                }
                PartComparison comparison = similarity.compare(d, l, minPartSimilarity);
                if (comparison.similarity() >= minPartSimilarity) {
                    candidates.add(new AlignedPair(d, l, comparison));
                }
            }
        }
        candidates.sort(STRONGEST_FIRST);
        List<AlignedPair> pairs = new ArrayList<>();
        UsedParts usedDeclared = new UsedParts(declared.size());
        UsedParts usedListed = new UsedParts(listed.size());
        for (AlignedPair candidate : candidates) {
            if (!usedDeclared.contains(candidate.declared()) && !usedListed.contains(candidate.listed())) {
                pairs.add(candidate);
                usedDeclared.add(candidate.declared());
                usedListed.add(candidate.listed());
            }
        }
        List<NamePart> declaredLeft = leftOver(declared, usedDeclared);
        List<NamePart> listedLeft = leftOver(listed, usedListed);
        if (!anyRareAgreement(pairs)) {
            return new Alignment(pairs, declaredLeft, listedLeft);
        }
        return new Alignment(pairs, withoutTwins(declaredLeft, usedDeclared, listedLeft, usedListed),
                withoutTwins(listedLeft, usedListed, declaredLeft, usedDeclared));
    }

    /**
     * Roles are only known from Latin spellings for patronymics (Arabic script does not show the suffix the
     * same way), so a part from Arabic script may stand for a patronymic; so may an initial.
     */
    private static boolean mayAlign(NamePart d, NamePart l, boolean bothLinked) {
        if (PartRole.compatible(d.role(), l.role(), bothLinked)) {
            return true;
        }
        boolean patronymic = d.role() == PartRole.PATRONYMIC || l.role() == PartRole.PATRONYMIC;
        // "S. I. Petrov": Russian initials stand for the given name and the patronymic
        boolean initial = d.kind() == PartKind.INITIAL || l.kind() == PartKind.INITIAL;
        return patronymic && (initial || !(d.vowelled() && l.vowelled()));
    }

    private static boolean hasLinkedPart(List<NamePart> parts) {
        for (NamePart part : parts) {
            if (part.role() == PartRole.AFTER_LINK) {
                return true;
            }
        }
        return false;
    }

    private static List<NamePart> leftOver(List<NamePart> parts, UsedParts used) {
        List<NamePart> left = new ArrayList<>();
        for (NamePart part : parts) {
            if (!used.contains(part)) {
                left.add(part);
            }
        }
        return left;
    }

    private boolean anyRareAgreement(List<AlignedPair> pairs) {
        for (AlignedPair pair : pairs) {
            if (pair.rareAgreement(fullAgreement)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A repeated part ("Sergey Sergey Shoigu") is not a missing part when its twin was aligned, a rare part
     * agrees, and the other name has nothing left over. When it has ("Fadi Mohammed Winfield" / "Mohammed
     * Mohammed Winfield"), the repeat is a name of its own (here a father named as his son) in the place of the
     * other side's part; when nothing rare agrees ("Mohammed Saleh" / "Mohammed Mohammed Saleh"), the father's
     * name is missing as any other would be ("Karim Saleh" / "Karim Ali Saleh", see {@link AlignmentScore}).
     */
    private static List<NamePart> withoutTwins(List<NamePart> left, UsedParts used,
                                               List<NamePart> otherLeft, UsedParts otherUsed) {
        if (!hasTwin(left, used) || hasOwnPart(otherLeft, otherUsed)) {
            return left;
        }
        List<NamePart> kept = new ArrayList<>(left.size());
        for (NamePart part : left) {
            if (!twinUsed(part, used)) {
                kept.add(part);
            }
        }
        return kept;
    }

    private static boolean hasTwin(List<NamePart> left, UsedParts used) {
        for (NamePart part : left) {
            if (twinUsed(part, used)) {
                return true;
            }
        }
        return false;
    }

    /** A left-over part that is not the repeat of an aligned one. */
    private static boolean hasOwnPart(List<NamePart> left, UsedParts used) {
        for (NamePart part : left) {
            if (!twinUsed(part, used)) {
                return true;
            }
        }
        return false;
    }

    private static boolean twinUsed(NamePart part, UsedParts used) {
        return used.containsText(part);
    }

    /** Joins runs of {@code parts} that together spell one part of {@code other}. */
    private List<NamePart> rejoin(List<NamePart> parts, List<NamePart> other) {
        if (parts.size() < 2) {
            return parts;
        }
        // copied only when a run is joined: most names join nothing
        List<NamePart> result = parts;
        for (NamePart target : other) {
            if (containsText(result, target.text())) {
                continue;
            }
            Run run = runOfInitials(result, target, other.size());
            if (run == null && target.text().length() >= 4) {
                run = runSpelling(result, target);
            }
            if (run != null) {
                List<NamePart> joined = result == parts ? new ArrayList<>(parts) : result;
                joined.subList(run.start(), run.start() + run.length()).clear();
                joined.add(run.start(), run.part());
                result = joined;
            }
        }
        return result;
    }

    /** {@code length} parts from {@code start} that stand for the one {@code part}. */
    private record Run(int start, int length, NamePart part) {
    }

    /**
     * "PLA", "JC": three to six letters, or two consonants beside another part of the name ("JC Juncker"), that
     * may stand for the initials of as many words. Two initials alone ("N.N.") identify nobody.
     */
    private static boolean isAcronym(String text, int partsOfName) {
        int length = text.length();
        if (length < 2 || length > MAX_ACRONYM || !allLetters(text)) {
            return false;
        }
        return length >= 3 || partsOfName > 1 && noVowel(text);
    }

    private static boolean allLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("aeiouy".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A run of words whose initials spell the acronym ("People's Liberation Army" for "PLA"), or null. */
    private static Run runOfInitials(List<NamePart> parts, NamePart acronym, int partsOfName) {
        String text = acronym.text();
        int length = text.length();
        // as many words as letters: most names have fewer parts than an acronym has letters
        if (length > parts.size() || !isAcronym(text, partsOfName)) {
            return null;
        }
        for (int start = 0; start + length <= parts.size(); start++) {
            boolean spells = true;
            for (int i = 0; i < length && spells; i++) {
                NamePart part = parts.get(start + i);
                spells = part.kind() == PartKind.WORD && part.vowelled() && part.text().charAt(0) == text.charAt(i);
            }
            if (spells) {
                return new Run(start, length, acronym);
            }
        }
        return null;
    }

    /** The longest run of two or three parts that, written together, spell {@code target} closely enough; or null. */
    private Run runSpelling(List<NamePart> parts, NamePart target) {
        for (int length = Math.min(LONGEST_SPLIT, parts.size()); length >= 2; length--) {
            for (int start = 0; start + length <= parts.size(); start++) {
                if (!couldSpell(parts, start, length, target.text())) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                boolean vowelled = true;
                for (int i = start; i < start + length; i++) {
                    joined.append(parts.get(i).text());
                    vowelled &= parts.get(i).vowelled();
                }
                String text = joined.toString();
                if (text.equals(target.text()) || PartSimilarity.spelling(text, target.text()) >= table.joinedSpelling()) {
                    return new Run(start, length, parser.partOf(text, vowelled));
                }
            }
        }
        return null;
    }

    /**
     * Cheap pre-check, before the run is joined: it can only spell the target if it starts alike and is
     * about as long (this runs for every part of every candidate; joining first was most of its cost).
     */
    private static boolean couldSpell(List<NamePart> parts, int start, int length, String target) {
        if (parts.get(start).text().charAt(0) != target.charAt(0)) {
            return false;
        }
        int joinedLength = 0;
        for (int i = start; i < start + length; i++) {
            joinedLength += parts.get(i).text().length();
        }
        return Math.abs(joinedLength - target.length()) <= 2;
    }

    /** Indexed, not iterated: the parts lists are random-access, and this runs for every part of every candidate. */
    private static boolean containsText(List<NamePart> parts, String text) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).text().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
