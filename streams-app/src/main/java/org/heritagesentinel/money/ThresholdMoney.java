package org.heritagesentinel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.heritagesentinel.avro.Money;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Converts a declared amount into the currency of a threshold, at the rate of the day the
 * threshold's jurisdiction names, and says which authorities a jurisdiction binds.
 */
public final class ThresholdMoney {
    /** A converted amount and how it was converted, for the evidence. */
    public record Converted(BigDecimal amount, String currency, BigDecimal rate, LocalDate rateDay, String source) {
        public String describe(Money declared) {
            return declared.getAmount().stripTrailingZeros().toPlainString() + " " + declared.getCurrency() + " = "
                + amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency + " (rate "
                + rate.stripTrailingZeros().toPlainString() + " of " + rateDay + (source == null ? "" : ", " + source) + ")";
        }
    }

    /** Why a conversion could not be made. */
    public record Missing(String from, String to, LocalDate day) {
        public String describe() {
            return "no " + from + "→" + to + " rate for " + day;
        }
    }

    private final ExchangeRates rates;
    private final SentinelConfig.Money config;

    public ThresholdMoney(ExchangeRates rates, SentinelConfig.Money config) {
        this.rates = rates;
        this.config = config;
    }

    /** Either the converted amount, or what is missing. */
    public Result convert(Money declared, String toCurrency, String jurisdiction, Instant acceptedAt) {
        LocalDate day = rateDay(jurisdiction).applicableTo(LocalDate.ofInstant(acceptedAt, ZoneOffset.UTC));
        int maxAgeDays = (int) config.rateMaxAge().toDays();
        Optional<ExchangeRates.Found> found = rates.rate(declared.getCurrency(), toCurrency, day, maxAgeDays);
        if (found.isEmpty()) {
            return new Result(null, new Missing(Normalise.country(declared.getCurrency()), Normalise.country(toCurrency), day));
        }
        ExchangeRates.Found f = found.get();
        return new Result(new Converted(declared.getAmount().multiply(f.rate()), Normalise.country(toCurrency), f.rate(),
            f.validOn(), f.source()), null);
    }

    /** Exactly one of the two is set. */
    public record Result(Converted converted, Missing missing) {
    }

    /** Whether a declaration received by {@code authority} is bound by {@code jurisdiction}; null binds all. */
    public boolean binds(String jurisdiction, String authority) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return true;
        }
        String j = Normalise.country(jurisdiction);
        String a = Normalise.country(authority);
        SentinelConfig.Jurisdiction configured = config.jurisdictions().get(j);
        Set<String> members = configured == null ? Set.of() : configured.members();
        return members.isEmpty() ? j.equals(a) : members.contains(a);
    }

    private RateDay rateDay(String jurisdiction) {
        Map<String, SentinelConfig.Jurisdiction> all = config.jurisdictions();
        SentinelConfig.Jurisdiction j = jurisdiction == null ? null : all.get(Normalise.country(jurisdiction));
        if (j == null) {
            j = all.get("default");
        }
        return j == null ? RateDay.ACCEPTANCE_DAY : RateDay.parse(j.rateDay());
    }
}
