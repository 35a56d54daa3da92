package org.heritagesentinel.screening.party;

import java.util.List;
import java.util.Set;

/**
 * A name split into comparable parts; particles and titles are dropped, legal forms kept aside.
 *
 * @param parts      identifying parts in written order
 * @param legalForms canonical legal forms found at the start or end of the name (e.g. "llc", "gmbh")
 * @param organisation whether the name has a legal form or an organisation word, i.e. is not a person's
 */
record ParsedName(List<NamePart> parts, Set<String> legalForms, boolean organisation) {

    static final ParsedName EMPTY = new ParsedName(List.of(), Set.of(), false);

    boolean isEmpty() {
        return parts.isEmpty();
    }
}
