package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.SuppressedHit;

/**
 * Hits of one screening, in a deterministic order, the validation warnings about the subject, and
 * the hits an analyst's decision suppressed (not counted, shown in the proof of screening).
 */
public record ScreeningResult(List<Hit> hits, List<String> warnings, List<SuppressedHit> suppressed) {
    public ScreeningResult(List<Hit> hits, List<String> warnings) {
        this(hits, warnings, List.of());
    }

    public boolean clean() {
        return hits.isEmpty();
    }
}
