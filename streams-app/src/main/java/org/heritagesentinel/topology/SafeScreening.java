package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.alert.HitSuppressions;
import org.heritagesentinel.avro.ContextHits;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.NotScreened;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A screening that fails is itself an alert: nobody may assume the shipment was cleared. */
final class SafeScreening {
    private static final Logger log = LoggerFactory.getLogger(SafeScreening.class);

    private SafeScreening() {
    }

    /**
     * Screens, adds the hits stateful rules found earlier for the declaration ({@code contextHits}),
     * and sets aside the hits whose pair an analyst cleared.
     */
    static ScreeningResult screen(DeclarationScreener screener, String key, CustomsDeclaration declaration, Instant at,
                                  Instant now, List<Hit> contextHits, HitSuppressions suppressions) {
        return suppressions.apply(withContext(screen(screener, key, declaration, at, now), contextHits), declaration, at);
    }

    private static ScreeningResult withContext(ScreeningResult result, List<Hit> contextHits) {
        if (contextHits.isEmpty()) {
            return result;
        }
        List<Hit> hits = new ArrayList<>(result.hits());
        for (Hit hit : contextHits) {
            if (hits.stream().noneMatch(h -> h.getRuleType() == hit.getRuleType() && h.getEntryId().equals(hit.getEntryId()))) {
                hits.add(hit);
            }
        }
        hits.sort(DeclarationScreener.ORDER);
        return result.withHits(List.copyOf(hits), result.suppressed());
    }

    /** The cleared pairs of the declaration task ({@code hit-suppressions-store}). */
    static HitSuppressions suppressions(ProcessorContext<?, ?> context) {
        KeyValueStore<String, Suppression> store = context.getStateStore(SentinelTopology.SUPPRESSION_STORE);
        return new HitSuppressions(store::get);
    }

    static List<Hit> contextHits(KeyValueStore<String, ContextHits> store, String key) {
        ContextHits found = store.get(key);
        return found == null ? List.of() : found.getHits();
    }

    private static ScreeningResult screen(DeclarationScreener screener, String key, CustomsDeclaration declaration, Instant at,
                                          Instant now) {
        try {
            return screener.screen(new ScreeningSubject(key, declaration, at), now);
        } catch (RuntimeException e) {
            log.error("Screening of {} failed; raising a NOT_SCREENED alert", key, e);
            Hit notScreened = NotScreened.hit("screening-error", "declaration could not be screened ("
                + e.getClass().getSimpleName() + "): inspect manually");
            return new ScreeningResult(List.of(notScreened), List.of("screening failed: " + e));
        }
    }
}
