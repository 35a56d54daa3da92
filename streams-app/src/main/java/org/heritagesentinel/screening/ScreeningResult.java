package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Hit;

/** Hits of one screening, in a deterministic order, and the validation warnings about the subject. */
public record ScreeningResult(List<Hit> hits, List<String> warnings) {
    public boolean clean() {
        return hits.isEmpty();
    }
}
