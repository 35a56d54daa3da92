package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.Map;

/**
 * How common a name part is, so that sharing "Mohammed" or "Trading" says little while sharing a rare
 * family name says a lot. Classes come from name-part-frequency.tsv; unlisted parts are rare.
 */
final class NamePartFrequencies {

    private final double[] weightOfClass;
    private final Map<String, Integer> classOfPart = new HashMap<>();

    NamePartFrequencies(PartyScoringTable table) {
        weightOfClass = new double[] {table.rarePartWeight(), table.commonPartWeight(), table.veryCommonPartWeight(),
            table.commonestPartWeight()};
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
        return weightOfClass[Math.min(frequencyClass, weightOfClass.length - 1)];
    }
}
