package org.heritagesentinel.console.view;

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
}
