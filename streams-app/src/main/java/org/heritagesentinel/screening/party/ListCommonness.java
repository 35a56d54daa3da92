package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers the weight of a name part the static table takes for rare when the list held says it is
 * common: carried by at least {@value ListedPartCounts#COMMON_IN_LIST_MIN_PARTIES} listed parties and at least
 * {@value ListedPartCounts#COMMON_IN_LIST_MIN_SHARE} of them. It then weighs as a common part
 * ({@code commonInListWeight} of the {@link PartyScoringTable}, by default class 1's), so a
 * match resting on it and another common part ("Youssef Khoury" / "Youssef Ali Khoury" on a list where
 * dozens of parties are called Khoury) needs more than that to alert. A small list says nothing about the population: below the minimum count nothing changes.
 */
final class ListCommonness {

    private ListCommonness() {
    }

    static ParsedName reweighed(ParsedName name, ListedPartCounts counts, double commonWeight) {
        int parties = counts.parties();
        if (parties < ListedPartCounts.COMMON_IN_LIST_MIN_PARTIES || name.isEmpty()) {
            return name;
        }
        List<NamePart> parts = null;
        for (int i = 0; i < name.parts().size(); i++) {
            NamePart part = name.parts().get(i);
            if (part.weight() > commonWeight && part.kind() == PartKind.WORD
                    && ListedPartCounts.common(counts.partiesWith(PartyBlockingKeys.partKey(part)), parties)) {
                if (parts == null) {
                    parts = new ArrayList<>(name.parts());
                }
                parts.set(i, part.withWeight(commonWeight));
            }
        }
        return parts == null ? name : new ParsedName(List.copyOf(parts), name.legalForms(), name.organisation());
    }
}
