package org.heritagesentinel.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * HS_AGE_INCONSISTENT: an item declared under a "modern" subheading (9701.91, 9703.90...) or a twin
 * heading while its declared period or description says it is old: at least {@code minAgeYears}
 * (default 100) by the parsed period, or a profile keyword of antiquity ("antique", "ancien", "أثري").
 * A profile without HS prefixes watches the modern subheadings of chapter 97.
 */
public final class HsAgeInconsistentRule extends ItemProfileRule {
    static final int DEFAULT_MIN_AGE = 100;

    private final ItemAge ages;

    public HsAgeInconsistentRule(WatchlistIndex index, ItemAge ages) {
        super(index, EnumSet.of(RuleType.HS_AGE_INCONSISTENT), 0);
        this.ages = ages;
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        Evidence heading = hsEvidence(item, itemIndex, hs, profile);
        if (heading == null) {
            if (!HsAge.isModern(hs)) {
                return Outcome.NONE;
            }
            heading = Evidences.of("items[" + itemIndex + "].hsCode", item.getHsCode(), "modern subheading", "hs-modern");
        }
        List<Evidence> evidence = startWith(heading);
        int minAge = profile.getMinAgeYears() == null ? DEFAULT_MIN_AGE : profile.getMinAgeYears();
        Optional<ItemAge.Age> age = ages.fromDeclaredPeriod(subject, itemIndex).or(() -> ages.fromDescription(subject, itemIndex));
        age.filter(a -> a.minYears() >= minAge).ifPresent(a -> evidence.add(a.evidence()));
        List<String> words = Keywords.words(item.getDescription());
        for (String keyword : profile.getKeywords()) {
            if (Keywords.contains(words, keyword)) {
                evidence.add(Evidences.of("items[" + itemIndex + "].description", item.getDescription(), keyword, "keyword"));
            }
        }
        return evidence.size() > 1 ? Outcome.fired(evidence) : Outcome.NONE;
    }
}
