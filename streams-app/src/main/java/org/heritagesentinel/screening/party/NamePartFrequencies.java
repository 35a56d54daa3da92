package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.Map;

/**
 * How common a name part is, so that sharing "Mohammed" or "Trading" says little while sharing a rare
 * family name says a lot. Classes come from name-part-frequency.tsv; unlisted parts are rare.
 */
final class NamePartFrequencies {

    private static final double[] WEIGHT_OF_CLASS = {
        PartyScoringTable.RARE_PART_WEIGHT, PartyScoringTable.COMMON_PART_WEIGHT,
        PartyScoringTable.VERY_COMMON_PART_WEIGHT, PartyScoringTable.COMMONEST_PART_WEIGHT};

    private final Map<String, Integer> classOfPart = new HashMap<>();

    NamePartFrequencies() {
        for (String[] row : TsvResource.rows("name-part-frequency.tsv")) {
            classOfPart.put(row[0], Integer.parseInt(row[1]));
        }
    }

    /** Weight of a part; the alias group decides for variants so every spelling of Mohammed weighs the same. */
    double weight(String part, String aliasGroup) {
        Integer frequencyClass = aliasGroup == null ? null : classOfPart.get(aliasGroup);
        if (frequencyClass == null) {
            frequencyClass = classOfPart.getOrDefault(part, 0);
        }
        return WEIGHT_OF_CLASS[Math.min(frequencyClass, WEIGHT_OF_CLASS.length - 1)];
    }
}
