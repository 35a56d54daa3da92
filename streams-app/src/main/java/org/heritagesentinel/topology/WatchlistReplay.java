package org.heritagesentinel.topology;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Tells the watchlist store's processor when Kafka Streams replays the entries topic into the store
 * (at start, and after the global thread reset it), and when each replayed batch is complete. Records
 * then arrive a poll batch at a time, so the processor indexes them a batch at a time, computing the
 * blocking keys of a batch on all cores, instead of one entry after the other on the global thread:
 * that was most of the bootstrap time of a large list. Outside a replay it does nothing. Kafka Streams
 * calls it on the global thread, the thread that runs the processor.
 */
public final class WatchlistReplay implements StateRestoreListener {
    private final String storeName;
    private final List<Runnable> batchEnds = new CopyOnWriteArrayList<>();
    private volatile boolean replaying;

    public WatchlistReplay(String storeName) {
        this.storeName = storeName;
    }

    boolean replaying() {
        return replaying;
    }

    /**
     * {@code batchEnd} runs after every replayed batch and at the end of the replay; at the end, {@link #replaying()}
     * is already false, so that it can finish everything the replay left pending.
     */
    void onBatchEnd(Runnable batchEnd) {
        batchEnds.add(batchEnd);
    }

    void remove(Runnable batchEnd) {
        batchEnds.remove(batchEnd);
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        if (storeName.equals(store)) {
            replaying = true;
        }
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        if (storeName.equals(store)) {
            batchEnds.forEach(Runnable::run);
        }
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        if (storeName.equals(store)) {
            replaying = false;
            batchEnds.forEach(Runnable::run);
        }
    }
}
