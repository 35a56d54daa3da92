package org.heritagesentinel.app;

import java.util.List;

import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.screening.ConveyanceAndDocumentRule;
import org.heritagesentinel.screening.DeclarationChecks;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ExactPartyMatcher;
import org.heritagesentinel.screening.HsCountryProfileRule;
import org.heritagesentinel.screening.PartyWatchlistRule;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** The composition root: builds the domain services the topology wires, from the configuration. */
public final class ScreeningParts {
    private ScreeningParts() {
    }

    public static SentinelTopology.Parts create(SentinelConfig config, AvroSerdeFactory serdes) {
        WatchlistIndex index = new WatchlistIndex(new BlockingKeys(
            name -> {
                String normalised = ExactPartyMatcher.normaliseName(name);
                return normalised.isEmpty() ? java.util.Set.of() : java.util.Set.of(normalised);
            }));
        EventTimePolicy eventTime = new EventTimePolicy(config.eventTime().maxFutureSkew(), config.eventTime().horizon());
        DeclarationScreener screener = new DeclarationScreener(List.of(
            new PartyWatchlistRule(index, new ExactPartyMatcher(), 1.0),
            new HsCountryProfileRule(index),
            new ConveyanceAndDocumentRule(index)),
            new DeclarationChecks(eventTime));
        AlertLifecycle lifecycle = new AlertLifecycle(new AlertScorer(config.scoring()),
            new RecipientResolver(config.regionAuthorities()));
        return new SentinelTopology.Parts(config.topics(), serdes, index, screener, lifecycle, eventTime);
    }
}
