package org.heritagesentinel.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.money.ThresholdMoney;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * AGE_VALUE_THRESHOLD: per-jurisdiction thresholds as data (EU 2019/880: ≥ 250 years; > 200 years and
 * ≥ EUR 18,000; Qatar: 40 years). A profile binds the declarations its jurisdiction receives; it fires
 * on an item at least {@code minAgeYears} old, worth at least {@code minValue} (converted into the
 * threshold's currency at the rate of the day the jurisdiction names) and without the
 * {@code requiredDocument}. A value that cannot be converted is "not evaluable", never a pass.
 */
public final class AgeValueThresholdRule extends ItemProfileRule {
    private final ItemAge ages;
    private final ThresholdMoney money;

    public AgeValueThresholdRule(WatchlistIndex index, ItemAge ages, ThresholdMoney money, int notEvaluableScore) {
        super(index, EnumSet.of(RuleType.AGE_VALUE_THRESHOLD), notEvaluableScore);
        this.ages = ages;
        this.money = money;
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        if (!money.binds(profile.getJurisdiction(), subject.declaration().getAuthority())) {
            return Outcome.NONE;
        }
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        List<Evidence> evidence = startWith(hsEvidence(item, itemIndex, hs, profile));
        if (profile.getMinAgeYears() != null) {
            Optional<ItemAge.Age> age = ages.of(subject, itemIndex, hs);
            if (age.isEmpty() || age.get().minYears() < profile.getMinAgeYears()) {
                return Outcome.NONE;
            }
            evidence.add(age.get().evidence());
        }
        DocumentType required = profile.getRequiredDocument();
        if (required != null && hasDocument(subject, item, required)) {
            return Outcome.NONE;
        }
        Money threshold = profile.getMinValue();
        if (threshold != null) {
            String field = "items[" + itemIndex + "].statisticalValue";
            Money declared = item.getStatisticalValue();
            if (declared == null) {
                return Outcome.notEvaluable(field + " is missing", evidence);
            }
            ThresholdMoney.Result converted = money.convert(declared, threshold.getCurrency(), profile.getJurisdiction(),
                subject.at());
            if (converted.missing() != null) {
                evidence.add(Evidences.of(field, declared.getAmount().toPlainString() + " " + declared.getCurrency(),
                    threshold.getAmount().toPlainString() + " " + threshold.getCurrency(), "rate-missing"));
                return Outcome.notEvaluable(converted.missing().describe(), evidence);
            }
            if (converted.converted().amount().compareTo(threshold.getAmount()) < 0) {
                return Outcome.NONE;
            }
            evidence.add(Evidences.of(field, converted.converted().describe(declared),
                "≥ " + threshold.getAmount().toPlainString() + " " + threshold.getCurrency(), "value-threshold"));
        }
        if (required != null) {
            evidence.add(documentAbsent(itemIndex, required));
        }
        return evidence.isEmpty() ? Outcome.NONE : Outcome.fired(evidence);
    }
}
