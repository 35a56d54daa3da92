package org.heritagesentinel.screening.party;

import java.util.List;

/**
 * Which parts of two names correspond, and which are left over on each side.
 *
 * @param pairs              aligned parts, strongest first
 * @param unmatchedDeclared  parts of the declared name with no counterpart
 * @param unmatchedListed    parts of the listed name with no counterpart
 */
record Alignment(List<AlignedPair> pairs, List<NamePart> unmatchedDeclared, List<NamePart> unmatchedListed) {
}
