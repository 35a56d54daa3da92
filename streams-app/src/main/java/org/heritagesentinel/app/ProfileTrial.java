package org.heritagesentinel.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.screening.CulturalTerms;
import org.heritagesentinel.screening.DeclarationChecks;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * {@code sentinel profile test}: what a draft entry would have hit among past declarations, before
 * anyone activates it. The draft is screened alone (as if ACTIVE) with the production rules, against
 * the latest version of each declaration, at its acceptance time.
 */
public final class ProfileTrial {
    /** One declaration the draft would have hit. */
    public record Match(String key, Instant acceptedAt, Hit hit) {
    }

    /** The outcome of a trial. */
    public record Report(String entryId, int declarations, List<Match> matches) {
        public String render(int shown) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%s would have hit %d of %d declarations%n", entryId, matches.size(), declarations));
            matches.stream().limit(shown).forEach(m -> out.append(String.format("  %-40s %s  score %3d  %s%n", m.key(),
                m.acceptedAt(), m.hit().getScore(), m.hit().getExplanation())));
            if (matches.size() > shown) {
                out.append(String.format("  ... and %d more%n", matches.size() - shown));
            }
            return out.toString();
        }
    }

    private final SentinelConfig config;
    private final ExchangeRates rates;
    private final PeriodReader periods;
    private final CulturalTerms terms;

    public ProfileTrial(SentinelConfig config, ExchangeRates rates, PeriodReader periods, CulturalTerms terms) {
        this.config = config;
        this.rates = rates;
        this.periods = periods;
        this.terms = terms;
    }

    /** @param declarations declaration key → declaration, in topic order (later versions replace earlier ones) */
    public Report run(WatchlistEntry draft, Iterable<Map.Entry<String, CustomsDeclaration>> declarations) {
        WatchlistIndex index = ScreeningParts.emptyIndex();
        index.upsert(WatchlistEntry.newBuilder(draft).setStatus(EntryStatus.ACTIVE).build());
        EventTimePolicy eventTime = new EventTimePolicy(config.eventTime().maxFutureSkew(), config.eventTime().horizon());
        DeclarationScreener screener = new DeclarationScreener(ScreeningParts.rules(config, index,
            ScreeningParts.partyMatcher(config), rates, periods, terms), new DeclarationChecks(eventTime));
        Map<String, CustomsDeclaration> latest = new HashMap<>();
        for (Map.Entry<String, CustomsDeclaration> record : declarations) {
            if (record.getValue() == null) {
                latest.remove(record.getKey());
            } else {
                latest.merge(record.getKey(), record.getValue(), (a, b) -> b.getVersion() >= a.getVersion() ? b : a);
            }
        }
        List<Match> matches = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, CustomsDeclaration> e : new TreeMap<>(latest).entrySet()) {
            CustomsDeclaration d = e.getValue();
            ScreeningResult result = screener.screen(new ScreeningSubject(e.getKey(), d, d.getAcceptedAt()), now);
            result.hits().stream().filter(h -> h.getEntryId().equals(draft.getEntryId())).findFirst()
                .ifPresent(hit -> matches.add(new Match(e.getKey(), d.getAcceptedAt(), hit)));
        }
        return new Report(draft.getEntryId(), latest.size(), matches);
    }
}
