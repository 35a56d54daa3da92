package org.heritagesentinel.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.money.ThresholdMoney;
import org.heritagesentinel.screening.object.PeriodParser;
import org.heritagesentinel.screening.party.PartyBlockingKeys;
import org.heritagesentinel.serde.AvroEntryCodec;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * One rule class on its own, without Kafka: a watchlist index, exchange rates and the default
 * configuration, and the hits the rule adds for a declaration screened at its acceptance time.
 */
final class RuleBench {
    static final SentinelConfig CONFIG = ConfigLoader.defaultsOnly();

    final WatchlistIndex index = new WatchlistIndex(new BlockingKeys(new PartyBlockingKeys()), new AvroEntryCodec());
    final ExchangeRates rates = new ExchangeRates();

    RuleBench list(WatchlistEntry... entries) {
        for (WatchlistEntry entry : entries) {
            index.upsert(entry);
        }
        return this;
    }

    RuleBench rate(String base, String quote, String rate, String day) {
        rates.put(ExchangeRate.newBuilder().setBaseCurrency(base).setQuoteCurrency(quote)
            .setRate(new BigDecimal(rate).setScale(8)).setValidOn(LocalDate.parse(day)).setSource("ECB").build());
        return this;
    }

    ThresholdMoney money() {
        return new ThresholdMoney(rates, CONFIG.money());
    }

    static ItemAge ages() {
        return new ItemAge(new ParsedPeriods(PeriodParser.standard()));
    }

    static ScreeningSubject subject(CustomsDeclaration declaration) {
        return new ScreeningSubject(RecordKeys.declaration(declaration), declaration, declaration.getAcceptedAt());
    }

    static List<Hit> hits(DeclarationRule rule, CustomsDeclaration declaration) {
        List<Hit> hits = new ArrayList<>();
        rule.evaluate(subject(declaration), hits);
        return hits;
    }

    static List<String> methods(Hit hit) {
        return hit.getEvidence().stream().map(Evidence::getMethod).toList();
    }

    static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(new BigDecimal(amount).setScale(4)).setCurrency(currency).build();
    }

    static DocumentReference document(DocumentType type, String reference) {
        return DocumentReference.newBuilder().setType(type).setReference(reference).build();
    }
}
