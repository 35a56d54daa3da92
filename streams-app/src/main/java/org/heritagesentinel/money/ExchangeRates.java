package org.heritagesentinel.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.heritagesentinel.avro.ExchangeRate;

/**
 * Dated exchange rates, per currency pair and day. Written by the global-store processor (one
 * thread), read by the stream threads. A rate is looked up for a given day: the latest one dated on
 * or before it, no older than a maximum age; the inverse pair serves when only it is published.
 */
public final class ExchangeRates {
    /** A rate found for a conversion, with the day it is dated, for the evidence. */
    public record Found(BigDecimal rate, LocalDate validOn, String source) {
    }

    private final Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair = new ConcurrentHashMap<>();

    public static String key(ExchangeRate rate) {
        return pair(rate.getBaseCurrency(), rate.getQuoteCurrency()) + "/" + rate.getValidOn();
    }

    public void put(ExchangeRate rate) {
        byPair.computeIfAbsent(pair(rate.getBaseCurrency(), rate.getQuoteCurrency()), k -> new ConcurrentSkipListMap<>())
            .put(rate.getValidOn(), rate);
    }

    /** Removes the rate a compacted-topic key names ({@code BASE/QUOTE/yyyy-MM-dd}); ignores malformed keys. */
    public void remove(String key) {
        int last = key.lastIndexOf('/');
        if (last <= 0) {
            return;
        }
        try {
            LocalDate day = LocalDate.parse(key.substring(last + 1));
            NavigableMap<LocalDate, ExchangeRate> rates = byPair.get(key.substring(0, last).toUpperCase(Locale.ROOT));
            if (rates != null) {
                rates.remove(day);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // a key that names no day names no rate
        }
    }

    public void clear() {
        byPair.clear();
    }

    /** Units of {@code to} for one unit of {@code from}, as of {@code day}; empty when no rate is recent enough. */
    public Optional<Found> rate(String from, String to, LocalDate day, int maxAgeDays) {
        String base = currency(from);
        String quote = currency(to);
        if (base.equals(quote)) {
            return Optional.of(new Found(BigDecimal.ONE, day, "identity"));
        }
        Optional<ExchangeRate> direct = latest(pair(base, quote), day, maxAgeDays);
        if (direct.isPresent()) {
            ExchangeRate r = direct.get();
            return Optional.of(new Found(r.getRate(), r.getValidOn(), r.getSource()));
        }
        return latest(pair(quote, base), day, maxAgeDays)
            .filter(r -> r.getRate().signum() > 0)
            .map(r -> new Found(BigDecimal.ONE.divide(r.getRate(), MathContext.DECIMAL64), r.getValidOn(), r.getSource()));
    }

    private Optional<ExchangeRate> latest(String pair, LocalDate day, int maxAgeDays) {
        NavigableMap<LocalDate, ExchangeRate> rates = byPair.get(pair);
        if (rates == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> floor = rates.floorEntry(day);
        if (floor == null || floor.getKey().isBefore(day.minusDays(maxAgeDays))) {
            return Optional.empty();
        }
        return Optional.of(floor.getValue());
    }

    private static String pair(String base, String quote) {
        return currency(base) + "/" + currency(quote);
    }

    private static String currency(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
