package org.heritagesentinel.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The application JVMs of one phase: {@code --instances} processes of the same application id, so one
 * consumer group whose members share the tasks, each JVM with its own state directory, HTTP port and log.
 * Figures of the application as a whole (CPU) are summed over the JVMs; per-JVM figures (heap, RSS, tasks)
 * are given per instance, and where one number must stand for them, the largest.
 */
final class AppGroup implements AutoCloseable {
    private final List<AppProcess> instances;

    private AppGroup(List<AppProcess> instances) {
        this.instances = instances;
    }

    /**
     * Starts {@code count} instances, numbered from 1; if one cannot start, those already started are
     * stopped before the failure is thrown, so no JVM outlives the phase.
     */
    static AppGroup start(int count, IntFunction<AppProcess> startInstance) {
        List<AppProcess> started = new ArrayList<>();
        try {
            for (int instance = 1; instance <= count; instance++) {
                started.add(startInstance.apply(instance));
            }
        } catch (RuntimeException e) {
            new AppGroup(started).close();
            throw e;
        }
        return new AppGroup(started);
    }

    int size() {
        return instances.size();
    }

    /** Whether every instance's JVM still runs (one that exited cannot join its group). */
    boolean allAlive() {
        return instances.stream().allMatch(AppProcess::isAlive);
    }

    /**
     * Waits for every instance to be running (after {@link #resume()}). The group runs from its last member on, so the figures are
     * the slowest instance's: the latest bootstrap and index times, the smallest index.
     */
    AppProcess.Ready awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long runningMs = 0;
        long indexMs = 0;
        int entries = Integer.MAX_VALUE;
        for (AppProcess instance : instances) {
            AppProcess.Ready ready = instance.awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            runningMs = Math.max(runningMs, ready.runningMs());
            indexMs = Math.max(indexMs, ready.indexMs());
            entries = Math.min(entries, ready.entries());
        }
        return new AppProcess.Ready(runningMs, indexMs, entries);
    }

    /** Lets every instance process (they start paused), one right after the other. */
    void resume() {
        instances.forEach(AppProcess::resume);
    }

    /** Heap after a full collection, per instance (each JVM holds the whole watchlist). */
    List<Long> heapAfterGc() {
        return instances.stream().map(AppProcess::heapAfterGc).toList();
    }

    /** Per-JVM byte figures of the instances for a progress line: one, or one per instance in order. */
    static String megabytes(List<Long> perInstance) {
        String each = String.join(" / ", perInstance.stream().map(bytes -> String.valueOf(bytes >> 20)).toList());
        return perInstance.size() == 1 ? each + " MB" : each + " MB (per instance)";
    }

    /** The largest of a per-JVM figure: what one machine must hold for one instance. */
    static long largest(List<Long> perInstance) {
        return perInstance.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** Active tasks per instance: how the group shared the work. */
    List<Integer> activeTasks() {
        return instances.stream().map(AppProcess::activeTasks).toList();
    }

    /** CPU of every instance together. */
    CpuSample cpu() {
        return instances.stream().map(AppProcess::cpu).reduce(CpuSample::plus).orElseThrow();
    }

    /** CPU seconds of every instance together, from /proc. */
    double cpuSeconds() {
        return instances.stream().mapToDouble(AppProcess::cpuSeconds).sum();
    }

    /** The largest peak RSS of the instances: what one machine must hold for one JVM. */
    long peakRssBytes() {
        return instances.stream().mapToLong(AppProcess::peakRssBytes).max().orElse(-1);
    }

    /**
     * Stops every instance: all are asked first, so they leave the group together instead of the last one
     * taking over (and restoring) every task in turn; then each is awaited, and killed if it does not exit.
     */
    @Override
    public void close() {
        instances.forEach(AppProcess::requestStop);
        instances.forEach(AppProcess::close);
    }
}
