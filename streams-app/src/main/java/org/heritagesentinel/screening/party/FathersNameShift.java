package org.heritagesentinel.screening.party;

import java.util.List;

/**
 * "Yusuf Mustafa Khalil" and "Mustafa Khalil" (or "Khalil, Mustafa"): a name that runs own given name, father's
 * given name, family name is often written without the father's name, hardly ever without the person's own. When
 * the longer name's first given name is missing and its second given name is aligned with the shorter name, the
 * shorter name is the father's (or another son's), not the person's. Word order is ignored as everywhere else.
 */
final class FathersNameShift {

    private FathersNameShift() {
    }

    static boolean applies(List<NamePart> declared, List<NamePart> listed, Alignment alignment) {
        return secondGivenNameWithoutFirst(declared, listed, alignment.unmatchedDeclared(), alignment, true)
                || secondGivenNameWithoutFirst(listed, declared, alignment.unmatchedListed(), alignment, false);
    }

    private static boolean secondGivenNameWithoutFirst(List<NamePart> longer, List<NamePart> shorter,
                                                       List<NamePart> unmatchedOfLonger, Alignment alignment,
                                                       boolean longerDeclared) {
        if (longer.size() < 3 || shorter.size() < 2 || shorter.size() >= longer.size()) {
            return false;
        }
        int ownAt = nameOfUnit(longer, 0);
        int secondAt = nameOfUnit(longer, ownAt + 1);
        if (secondAt >= longer.size() - 1) {
            return false;
        }
        NamePart own = longer.get(ownAt);
        NamePart second = longer.get(secondAt);
        return own.givenName() && second.givenName() && containsItself(unmatchedOfLonger, own)
                && aligned(second, alignment, longerDeclared);
    }

    /**
     * Where the name of the given name starting at {@code at} is: "Abdelkarim" is parsed as "abd" and "karim",
     * one given name whose second part says which.
     */
    private static int nameOfUnit(List<NamePart> parts, int at) {
        return at + 1 < parts.size() && parts.get(at).text().equals(NameTokeniser.ABD) ? at + 1 : at;
    }

    private static boolean aligned(NamePart part, Alignment alignment, boolean declaredSide) {
        for (AlignedPair pair : alignment.pairs()) {
            if ((declaredSide ? pair.declared() : pair.listed()) == part) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsItself(List<NamePart> parts, NamePart part) {
        for (NamePart candidate : parts) {
            if (candidate == part) {
                return true;
            }
        }
        return false;
    }
}
