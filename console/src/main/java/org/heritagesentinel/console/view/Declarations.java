package org.heritagesentinel.console.view;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.heritagesentinel.avro.CustomsDeclaration;

/**
 * The declarations received by the authorities a console serves, latest version per key: an alert carries
 * the hits, not the goods, and a declaration is the screening authority's own data (docs/console.md).
 */
public final class Declarations {
    private final Map<String, CustomsDeclaration> byKey = new ConcurrentHashMap<>();

    void put(String key, CustomsDeclaration declaration) {
        byKey.merge(key, declaration, (old, fresh) -> fresh.getVersion() >= old.getVersion() ? fresh : old);
    }

    public Optional<CustomsDeclaration> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The declarations {@code authority} received, accepted at or after {@code since}, by key. */
    public List<Map.Entry<String, CustomsDeclaration>> receivedBy(String authority, Instant since) {
        String prefix = authority.toUpperCase(Locale.ROOT) + ":";
        return byKey.entrySet().stream()
            .filter(e -> e.getKey().toUpperCase(Locale.ROOT).startsWith(prefix))
            .filter(e -> e.getValue().getAcceptedAt() != null && !e.getValue().getAcceptedAt().isBefore(since))
            .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }
}
