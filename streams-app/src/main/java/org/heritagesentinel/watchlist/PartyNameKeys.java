package org.heritagesentinel.watchlist;

import java.util.Set;

/** Blocking keys of a party name; the matching engine provides the multilingual implementation. */
@FunctionalInterface
public interface PartyNameKeys {
    Set<String> keys(String name);
}
