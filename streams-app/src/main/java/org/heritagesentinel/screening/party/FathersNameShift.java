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
        NamePart own = longer.get(0);
        NamePart second = longer.get(1);
        return own.givenName() && second.givenName() && containsItself(unmatchedOfLonger, own)
                && aligned(second, alignment, longerDeclared);
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
