package org.heritagesentinel.http;

/** Finds the value of a key of a queryable store: here, on another instance, or nowhere yet. */
public interface StateLookup {

    <V> Result<V> find(String store, String key);

    /** Where a key's answer is. */
    sealed interface Result<V> permits Found, Absent, Elsewhere, Unavailable {
    }

    /** The key's active store is on this instance and holds a value. */
    record Found<V>(V value) implements Result<V> {
    }

    /** The key's active store is on this instance and holds nothing. */
    record Absent<V>() implements Result<V> {
    }

    /** The key's active store is on the instance answering at {@code host:port}. */
    record Elsewhere<V>(String host, int port) implements Result<V> {
    }

    /** No instance can answer now (starting, rebalancing, restoring). */
    record Unavailable<V>(String reason) implements Result<V> {
    }
}
