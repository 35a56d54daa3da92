package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.SuppressedHit;

/**
 * Hits of one screening, in a deterministic order, the validation warnings about the subject, the
 * hits an analyst's decision suppressed (not counted, shown in the proof of screening), and the best
 * candidates compared that did not hit.
 */
public record ScreeningResult(List<Hit> hits, List<String> warnings, List<SuppressedHit> suppressed,
                              List<Candidate> candidates) {
    public ScreeningResult(List<Hit> hits, List<String> warnings) {
        this(hits, warnings, List.of(), List.of());
    }

    /** The same screening with other hits (filtered, or with hits added outside the screener). */
    public ScreeningResult withHits(List<Hit> kept, List<SuppressedHit> suppressedHits) {
        return new ScreeningResult(kept, warnings, suppressedHits, candidates);
    }

    public boolean clean() {
        return hits.isEmpty();
    }
}
