package org.heritagesentinel.screening.party;

import java.util.List;

/**
 * "Yusra Qusay Fadhil al-Samarrai" and "Qusay Fadhil al-Samarrai": an Arabic name runs own given name, father's,
 * grandfather's (the nasab chain) and family name, so a name that is one given name followed by the whole of the
 * other name, in its order, names a child of that person, not a spelling of it. Rare parts agreeing do not change
 * that: they are the family's. Needs at least three parts on the shorter side (given name, father's name, family
 * name), the second of them a known given name (the father's: "Boris de Pfeffel Johnson" is no nasab); with two, "Yusuf Mustafa Khalil" / "Mustafa Khalil" is left to {@link FathersNameShift}, since a Western
 * "John Paul Smith" may well go by "Paul Smith".
 */
final class NasabChild {

    private static final int SHORTEST_CHAIN = 3;

    private NasabChild() {
    }

    static boolean applies(List<NamePart> declared, List<NamePart> listed, Alignment alignment) {
        return childOf(declared, listed, alignment, true) || childOf(listed, declared, alignment, false);
    }

    private static boolean childOf(List<NamePart> longer, List<NamePart> shorter, Alignment alignment,
                                   boolean longerDeclared) {
        if (shorter.size() < SHORTEST_CHAIN || !shorter.get(1).givenName()) {
            return false;
        }
        int lead = longer.size() - shorter.size();
        boolean compoundLead = lead == 2 && longer.get(0).text().equals(NameTokeniser.ABD);
        if (lead != 1 && !compoundLead) {
            return false;
        }
        for (int i = 0; i < lead; i++) {
            if (longer.get(i).kind() != PartKind.WORD || alignedWith(longer.get(i), alignment, longerDeclared) != null) {
                return false;
            }
        }
        for (int i = 0; i < shorter.size(); i++) {
            if (alignedWith(longer.get(lead + i), alignment, longerDeclared) != shorter.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The part of the other name that {@code part} is aligned with, or null. */
    private static NamePart alignedWith(NamePart part, Alignment alignment, boolean declaredSide) {
        for (AlignedPair pair : alignment.pairs()) {
            if ((declaredSide ? pair.declared() : pair.listed()) == part) {
                return declaredSide ? pair.listed() : pair.declared();
            }
        }
        return null;
    }
}
