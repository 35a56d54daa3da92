package org.heritagesentinel.app;

import java.util.List;

import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.routing.AlertRouter;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.screening.ConveyanceAndDocumentRule;
import org.heritagesentinel.screening.DeclarationChecks;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.MultilingualPartyMatcher;
import org.heritagesentinel.screening.PartyMatcher;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyBlockingKeys;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.screening.HsCountryProfileRule;
import org.heritagesentinel.screening.PartyWatchlistRule;
import org.heritagesentinel.screening.StolenObjectRule;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** The composition root: builds the domain services the topology wires, from the configuration. */
public final class ScreeningParts {
    private ScreeningParts() {
    }

    public static SentinelTopology.Parts create(SentinelConfig config, AvroSerdeFactory serdes, SentinelMetrics metrics) {
        PartyBlockingKeys partyKeys = new PartyBlockingKeys();
        WatchlistIndex index = new WatchlistIndex(new BlockingKeys(partyKeys::keys));
        NameMatchingConfig matching = NameMatchingConfig.defaults();
        PartyMatcher partyMatcher = new MultilingualPartyMatcher(new PartyNameMatcher(matching), config.partyMatchThreshold());
        EventTimePolicy eventTime = new EventTimePolicy(config.eventTime().maxFutureSkew(), config.eventTime().horizon());
        DeclarationScreener screener = new DeclarationScreener(List.of(
            new PartyWatchlistRule(index, partyMatcher, config.partyMaxPosting()),
            new HsCountryProfileRule(index),
            new ConveyanceAndDocumentRule(index),
            new StolenObjectRule(index, new ObjectMatcher(), config.objectMatchThreshold(), 2_000, 300)),
            new DeclarationChecks(eventTime));
        AlertLifecycle lifecycle = new AlertLifecycle(new AlertScorer(config.scoring()));
        RecipientResolver recipients = new RecipientResolver(entryId -> {
            var entry = index.get(entryId);
            return entry == null ? null : entry.getListingAuthority();
        });
        SeizureIntelligence seizures = new SeizureIntelligence(config.seizures());
        AlertRouter router = new AlertRouter(config.topics(), config.regionAuthorities(),
            new SharingPolicy(config.personalDataRoles(), index::get), metrics);
        return new SentinelTopology.Parts(config.topics(), serdes, index, screener, lifecycle, recipients, eventTime,
            seizures, router, metrics);
    }
}
