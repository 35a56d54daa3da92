package org.heritagesentinel.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of a pure function, shared by all stream threads, in two generations: when the
 * current one is full it becomes the previous one and a new one starts; a value found in the previous
 * generation moves back to the current. What is met often (the names of a list that come back as
 * candidates again and again) stays, without the bookkeeping of an LRU order on every read. Holds at most
 * twice its capacity; a value computed twice by racing threads is the same value.
 */
public final class RecentCache<K, V> {

    private final int capacity;
    private volatile Map<K, V> current;
    private volatile Map<K, V> previous = Map.of();

    public RecentCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.current = generation();
    }

    /** Sized for the whole generation at once: growing a concurrent map on the hot path copies it again and again. */
    private Map<K, V> generation() {
        return new ConcurrentHashMap<>(capacity + capacity / 3 + 1);
    }

    public V get(K key, Function<K, V> compute) {
        Map<K, V> now = current;
        V value = now.get(key);
        if (value != null) {
            return value;
        }
        value = previous.get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        if (now.size() >= capacity) {
            rotate(now);
        }
        current.put(key, value);
        return value;
    }

    /** Forgets every value (what they were computed from has changed). */
    public synchronized void clear() {
        previous = Map.of();
        current = generation();
    }

    private synchronized void rotate(Map<K, V> full) {
        if (current == full) {
            previous = full;
            current = generation();
        }
    }
}
