package org.heritagesentinel.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name nearest to a misspelt one, when it is near enough to be the likely intent. */
final class KeySuggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private KeySuggestions() {
    }

    static Optional<String> nearest(String name, Collection<String> known) {
        int tolerance = Math.max(2, name.length() / 4);
        return known.stream()
            .map(k -> new Candidate(k, DISTANCE.apply(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT))))
            .filter(c -> c.distance() <= tolerance)
            .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
            .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }
}
