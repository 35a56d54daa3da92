package org.heritagesentinel.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a stream thread that has stopped making progress: a thread polls its consumer at least
 * every commit interval, busy or idle, restoring or rebalancing, so one whose poll count has not
 * moved for {@code stallAfter} is stuck in one record (a stall that would otherwise freeze its
 * partitions' committed offsets while the instance answers "ready"). Its tasks are named in the log,
 * in a metric and in {@code /health/ready}, which turns DOWN so traffic and operators go elsewhere.
 */
public final class ProgressWatchdog {
    private static final Logger log = LoggerFactory.getLogger(ProgressWatchdog.class);

    private final Duration stallAfter;
    private final Map<String, Progress> lastMoved = new HashMap<>();
    private volatile Map<String, Duration> stalledTasks = Map.of();

    public ProgressWatchdog(Duration stallAfter) {
        this.stallAfter = stallAfter;
    }

    /** A thread's poll count, and the tasks it runs. */
    public record ThreadProgress(long polls, Set<String> tasks) {
    }

    private record Progress(long polls, Instant since) {
    }

    /** Compares each live thread's progress with the last check; returns the stalled tasks. */
    public synchronized Map<String, Duration> check(Map<String, ThreadProgress> threads, Instant now) {
        lastMoved.keySet().retainAll(threads.keySet());
        Map<String, Duration> stalled = new HashMap<>();
        List<String> described = new ArrayList<>();
        threads.forEach((thread, progress) -> {
            Progress last = lastMoved.get(thread);
            if (last == null || last.polls() != progress.polls()) {
                lastMoved.put(thread, new Progress(progress.polls(), now));
                return;
            }
            Duration still = Duration.between(last.since(), now);
            if (still.compareTo(stallAfter) >= 0) {
                Set<String> tasks = progress.tasks().isEmpty() ? Set.of("thread " + thread) : progress.tasks();
                tasks.forEach(task -> stalled.put(task, still));
                described.add(thread + " (tasks " + new TreeSet<>(progress.tasks()) + ", " + still.toSeconds() + " s)");
            }
        });
        if (!stalled.isEmpty()) {
            log.error("Stream threads without progress for at least {}: {}; /health/ready is DOWN until they move",
                stallAfter, described);
        } else if (!stalledTasks.isEmpty()) {
            log.info("Stalled tasks {} moved again", new TreeSet<>(stalledTasks.keySet()));
        }
        stalledTasks = Map.copyOf(stalled);
        return stalledTasks;
    }

    /** Task id → how long it has been without progress, as of the last check. */
    public Map<String, Duration> stalledTasks() {
        return stalledTasks;
    }
}
