package org.heritagesentinel.app;

import java.util.List;
import java.util.TreeMap;

import org.heritagesentinel.alert.AlertLifecycle;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.alert.RecipientResolver;
import org.heritagesentinel.alert.ScreeningRecords;
import org.heritagesentinel.config.ConfigKey;
import org.heritagesentinel.config.ConfigurationError;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.routing.AlertRouter;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.money.ThresholdMoney;
import org.heritagesentinel.retro.RetroKeys;
import org.heritagesentinel.retro.RetroScreening;
import org.heritagesentinel.screening.AgeValueThresholdRule;
import org.heritagesentinel.screening.ConveyanceAndDocumentRule;
import org.heritagesentinel.screening.ConveyanceRiskRule;
import org.heritagesentinel.screening.CulturalTerms;
import org.heritagesentinel.screening.DeclarationRule;
import org.heritagesentinel.screening.HsAgeInconsistentRule;
import org.heritagesentinel.screening.ItemAge;
import org.heritagesentinel.screening.MisdeclarationKeywordRule;
import org.heritagesentinel.screening.OriginNotExportRule;
import org.heritagesentinel.screening.ParsedPeriods;
import org.heritagesentinel.screening.PeriodReader;
import org.heritagesentinel.screening.RandomSelectionRule;
import org.heritagesentinel.screening.ValueAnomalyRule;
import org.heritagesentinel.screening.DeclarationChecks;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.MultilingualPartyMatcher;
import org.heritagesentinel.screening.PartyMatcher;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyScoringTable;
import org.heritagesentinel.screening.party.PartyBlockingKeys;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.screening.HsCountryProfileRule;
import org.heritagesentinel.screening.PartyWatchlistRule;
import org.heritagesentinel.screening.StolenObjectRule;
import org.heritagesentinel.screening.object.ConceptExtractor;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.screening.object.ObjectScoringTable;
import org.heritagesentinel.screening.object.PeriodParser;
import org.heritagesentinel.serde.AvroEntryCodec;
import org.heritagesentinel.serde.AvroSerdeFactory;
import org.heritagesentinel.serde.SizeLimitedSerdes;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.retro.RetroProbe;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.ListedNameCounts;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.heritagesentinel.topology.WatchlistReplay;

/** The composition root: builds the domain services the topology wires, from the configuration. */
public final class ScreeningParts {
    private ScreeningParts() {
    }

    public static SentinelTopology.Parts create(SentinelConfig config, AvroSerdeFactory serdes, SentinelMetrics metrics) {
        return create(config, serdes, metrics, new ParsedPeriods(PeriodParser.standard()),
            ConceptExtractor.standard()::concepts);
    }

    public static SentinelTopology.Parts create(SentinelConfig config, AvroSerdeFactory serdes, SentinelMetrics metrics,
                                                PeriodReader periods, CulturalTerms terms) {
        PartyNameMatcher names = partyNameMatcher(config);
        WatchlistIndex index = emptyIndex(names);
        PartyMatcher partyMatcher = new MultilingualPartyMatcher(names, config.partyMatchThreshold(), new ListedNameCounts(index));
        EventTimePolicy eventTime = new EventTimePolicy(config.eventTime().maxFutureSkew(), config.eventTime().horizon());
        ExchangeRates rates = new ExchangeRates();
        DeclarationScreener screener = new DeclarationScreener(rules(config, index, partyMatcher, rates, periods, terms),
            new DeclarationChecks(eventTime));
        AlertScorer scorer = new AlertScorer(config.scoring());
        AlertLifecycle lifecycle = new AlertLifecycle(scorer);
        RecipientResolver recipients = new RecipientResolver(entryId -> {
            var entry = index.get(entryId);
            return entry == null ? null : entry.getListingAuthority();
        });
        RetroScreening retro = new RetroScreening(config.retro(), new RetroKeys(index.blockingKeys()), config.topicPartitions(),
            () -> new RetroProbe(() -> emptyIndex(names), probeIndex -> new DeclarationScreener(
                rules(config, probeIndex, partyMatcher, rates, periods, terms), new DeclarationChecks(eventTime))));
        ScreeningRecords records = new ScreeningRecords(scorer, index, ScreeningRecords.configHash(screeningSettings(config)));
        SeizureIntelligence seizures = new SeizureIntelligence(config.seizures());
        AlertRouter router = new AlertRouter(config.topics(), config.regionAuthorities(),
            new SharingPolicy(config.personalDataRoles(), index::get), metrics::alertRouted);
        AvroSerdeFactory limited = new SizeLimitedSerdes(serdes, config.limits().recordBytes());
        return new SentinelTopology.Parts(config.topics(), limited, index, screener, lifecycle, recipients, eventTime, rates,
            retro, records, seizures, router, metrics, config.alertDecisions(), config.coordination(),
            new WatchlistReplay(SentinelTopology.WATCHLIST_STORE), config.limits());
    }

    /** Without list statistics: for a trial against a one-entry list. */
    static PartyMatcher partyMatcher(SentinelConfig config) {
        return new MultilingualPartyMatcher(partyNameMatcher(config), config.partyMatchThreshold());
    }

    static WatchlistIndex emptyIndex() {
        return new WatchlistIndex(new BlockingKeys(new PartyBlockingKeys()), new AvroEntryCodec());
    }

    /** An index whose party blocking keys share the matcher's parsed names. */
    private static WatchlistIndex emptyIndex(PartyNameMatcher names) {
        return new WatchlistIndex(new BlockingKeys(names.blockingKeys()), new AvroEntryCodec());
    }

    /** The settings that change what screening finds or how it scores: never client settings or credentials. */
    static String screeningSettings(SentinelConfig config) {
        String settings = String.join("|", config.scoring().toString(), config.eventTime().toString(),
            String.valueOf(config.partyMatchThreshold()), String.valueOf(config.partyCandidates()),
            String.valueOf(config.objectMatchThreshold()), config.money().toString(), config.retro().toString(),
            config.regionAuthorities().toString(), config.alertDecisions().suppressionPeriod().toString());
        // only when set, so that the hash of a configuration that sets none stays what it was
        String withObjects = config.objectScoring().isEmpty() ? settings : settings + "|" + new TreeMap<>(config.objectScoring());
        return config.partyScoring().isEmpty() ? withObjects : withObjects + "|party " + new TreeMap<>(config.partyScoring());
    }

    /** Every rule family; periods and cultural terms from the object-description parsers. */
    static List<DeclarationRule> rules(SentinelConfig config, WatchlistIndex index, PartyMatcher partyMatcher,
                                       ExchangeRates rates, PeriodReader periods, CulturalTerms terms) {
        ThresholdMoney money = new ThresholdMoney(rates, config.money());
        ItemAge ages = new ItemAge(periods);
        int notEvaluable = config.money().notEvaluableScore();
        return List.of(
            new PartyWatchlistRule(index, partyMatcher, config.partyCandidates(), config.limits().nameComparisons()),
            new HsCountryProfileRule(index),
            new AgeValueThresholdRule(index, ages, money, notEvaluable),
            new HsAgeInconsistentRule(index, ages),
            new MisdeclarationKeywordRule(index, terms),
            new ValueAnomalyRule(index, money, notEvaluable),
            new ConveyanceRiskRule(index),
            new OriginNotExportRule(index),
            new RandomSelectionRule(index),
            new ConveyanceAndDocumentRule(index),
            new StolenObjectRule(index, objectMatcher(config), config.objectMatchThreshold()));
    }

    /**
     * The party name matcher screening uses under {@code config}: its scoring table with the configured replacements, and
     * as many parsed names kept as {@code matching.party.name-cache} says.
     */
    public static PartyNameMatcher partyNameMatcher(SentinelConfig config) {
        return new PartyNameMatcher(NameMatchingConfig.defaults().withScoring(partyTable(config)).withCacheSize(config.partyNameCache()));
    }

    /** The object matcher screening uses under {@code config}: its scoring table with the configured replacements. */
    public static ObjectMatcher objectMatcher(SentinelConfig config) {
        return new ObjectMatcher(objectTable(config));
    }

    /** The shipped party scoring table with {@code matching.party.scoring}'s replacements: a wrong one stops the start. */
    public static PartyScoringTable partyTable(SentinelConfig config) {
        try {
            return PartyScoringTable.defaults().with(config.partyScoring());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(ConfigKey.MATCHING_PARTY_SCORING.key() + ": " + e.getMessage());
        }
    }

    /** The shipped object scoring table with {@code matching.object.scoring}'s replacements: a wrong one stops the start. */
    public static ObjectScoringTable objectTable(SentinelConfig config) {
        try {
            return ObjectScoringTable.defaults().with(config.objectScoring());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(ConfigKey.MATCHING_OBJECT_SCORING.key() + ": " + e.getMessage());
        }
    }
}
