package org.heritagesentinel.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.SuppressedHit;
import org.heritagesentinel.avro.Suppression;
import org.heritagesentinel.screening.ScreeningResult;

/**
 * Takes out of a screening the hits whose pair an analyst cleared (dismissed, or inspected clean)
 * and whose suppression still runs at the declaration's event time. They are kept aside, with the
 * decision that suppressed them, for the proof of screening: suppressed, never silently gone.
 */
public final class HitSuppressions {
    private final Function<String, Suppression> lookup;

    /** @param lookup pair → its suppression, or null */
    public HitSuppressions(Function<String, Suppression> lookup) {
        this.lookup = lookup;
    }

    public ScreeningResult apply(ScreeningResult result, CustomsDeclaration declaration, Instant at) {
        List<Hit> kept = new ArrayList<>();
        List<SuppressedHit> suppressed = new ArrayList<>(result.suppressed());
        for (Hit hit : result.hits()) {
            Optional<Suppression> running = SuppressionPairs.of(hit, declaration).map(lookup)
                .filter(s -> at.isBefore(s.getUntil()));
            if (running.isPresent()) {
                suppressed.add(SuppressedHit.newBuilder().setHit(hit).setSuppression(running.get()).build());
            } else {
                kept.add(hit);
            }
        }
        if (suppressed.size() == result.suppressed().size()) {
            return result;
        }
        return result.withHits(List.copyOf(kept), List.copyOf(suppressed));
    }
}
