package org.heritagesentinel.screening;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.List;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.money.ThresholdMoney;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * VALUE_ANOMALY: a unit value far below the reference (cuneiform tablets invoiced at $1–5 a piece).
 * The profile's {@code minValue} is the reference value of one unit; parameter {@code per} says what
 * a unit is ({@code item}: the declared quantity, else packages; {@code kg}: net mass), parameter
 * {@code ratio} (default 0.1) how far below the reference a unit value must fall. A value that cannot
 * be converted into the reference currency is "not evaluable".
 */
public final class ValueAnomalyRule extends ItemProfileRule {
    static final BigDecimal DEFAULT_RATIO = new BigDecimal("0.1");

    private final ThresholdMoney money;

    public ValueAnomalyRule(WatchlistIndex index, ThresholdMoney money, int notEvaluableScore) {
        super(index, EnumSet.of(RuleType.VALUE_ANOMALY), notEvaluableScore);
        this.money = money;
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        Money reference = profile.getMinValue();
        Money declared = item.getStatisticalValue();
        double units = units(item, profile.getParameters().getOrDefault("per", "item"));
        if (reference == null || declared == null || units <= 0) {
            return Outcome.NONE;
        }
        String field = "items[" + itemIndex + "].statisticalValue";
        List<Evidence> evidence = startWith(hsEvidence(item, itemIndex, hs, profile));
        ThresholdMoney.Result converted = money.convert(declared, reference.getCurrency(), profile.getJurisdiction(), subject.at());
        if (converted.missing() != null) {
            evidence.add(Evidences.of(field, declared.getAmount().toPlainString() + " " + declared.getCurrency(),
                reference.getAmount().toPlainString() + " " + reference.getCurrency(), "rate-missing"));
            return Outcome.notEvaluable(converted.missing().describe(), evidence);
        }
        BigDecimal unitValue = converted.converted().amount().divide(BigDecimal.valueOf(units), MathContext.DECIMAL64);
        BigDecimal ratio = new BigDecimal(profile.getParameters().getOrDefault("ratio", DEFAULT_RATIO.toPlainString()));
        BigDecimal floor = reference.getAmount().multiply(ratio);
        if (unitValue.compareTo(floor) >= 0) {
            return Outcome.NONE;
        }
        evidence.add(Evidences.of(field, converted.converted().describe(declared) + " for " + BigDecimal.valueOf(units)
                .stripTrailingZeros().toPlainString() + " unit(s): " + unitValue.setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString() + " " + reference.getCurrency() + " each",
            "< " + ratio.toPlainString() + " × " + reference.getAmount().toPlainString() + " " + reference.getCurrency(),
            "unit-value-below-reference"));
        return Outcome.fired(evidence);
    }

    private static double units(DeclarationItem item, String per) {
        if ("kg".equals(per)) {
            return item.getNetMassKg() == null ? 0 : item.getNetMassKg();
        }
        if (item.getQuantity() != null) {
            return item.getQuantity();
        }
        return item.getPackages() == null ? 0 : item.getPackages();
    }
}
