package org.heritagesentinel.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU an application JVM has used up to one moment, in nanoseconds: the whole process (every thread,
 * the garbage collector and the JIT included), its Kafka Streams stream threads, and the part of those
 * threads spent screening (matching and every rule, measured around each declaration's screening by the
 * application itself: {@code sentinel_screening_cpu_seconds_total}). Two samples around a phase, divided
 * by the declarations committed in between, say where a declaration's CPU goes.
 */
record CpuSample(long processNanos, long streamThreadNanos, long screeningNanos) {
    private static final String STREAM_THREAD = "-StreamThread-";

    /** CPU of this JVM so far (the application side of the bench's line protocol). */
    static long currentProcessNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
    }

    /** CPU of the live stream threads of this JVM so far (a replaced thread's CPU leaves with it). */
    static long currentStreamThreadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains(STREAM_THREAD)) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    /** The CPU of two JVMs together: an application run as several instances is measured as the sum of its JVMs. */
    CpuSample plus(CpuSample other) {
        return new CpuSample(processNanos + other.processNanos, streamThreadNanos + other.streamThreadNanos,
            screeningNanos + other.screeningNanos);
    }

    static CpuSample parse(String reply) {
        String[] parts = reply.trim().split(" ");
        if (parts.length != 5 || !"BENCH".equals(parts[0]) || !"CPU".equals(parts[1])) {
            throw new IllegalArgumentException("not a CPU reply: " + reply);
        }
        return new CpuSample(Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]));
    }

    /**
     * Prints, per declaration committed between {@code before} and {@code after}, the milliseconds of CPU the
     * process used, its stream threads, screening within them, and the rest of the stream threads' work
     * (reading, state stores, serialisation, writing, transactions). Nothing when no declaration was committed.
     * An application run as several JVMs is measured over all of them ({@link #plus}), and the line says so.
     */
    static void print(PrintStream out, String app, int jvms, CpuSample before, CpuSample after, long declarations) {
        if (declarations <= 0) {
            return;
        }
        double process = perDeclarationMs(after.processNanos - before.processNanos, declarations);
        double threads = perDeclarationMs(after.streamThreadNanos - before.streamThreadNanos, declarations);
        double screening = perDeclarationMs(after.screeningNanos - before.screeningNanos, declarations);
        out.printf(Locale.ROOT, "[%s] CPU per declaration over %,d declarations: %.3f ms in the %s, %.3f ms in the stream threads"
            + " = %.3f ms screening (matching and rules) + %.3f ms the rest (read, stores, serialise, write, commit)%n",
            app, declarations, process, jvms == 1 ? "JVM" : jvms + " JVMs together", threads, screening, threads - screening);
    }

    private static double perDeclarationMs(long nanos, long declarations) {
        return nanos / 1e6 / declarations;
    }
}
