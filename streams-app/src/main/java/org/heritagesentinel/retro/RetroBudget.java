package org.heritagesentinel.retro;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time retro-screening may hold a stream thread: live declarations of its tasks wait while it runs, and the
 * tasks commit nothing. A change just received gets a pass of its own ({@link #start()}); the deferred changes of
 * all the tasks of a thread share one pass ({@link #resume(long)}), after which the thread rests at least
 * {@link #REST} — screening its live records — before it resumes any again: a thread holding many tasks would
 * otherwise resume each task's changes in turn and never get back to its records. A pass always looks at one
 * candidate at least, so retro-screening progresses however slow the machine; it looks at more only while time is left.
 *
 * <p>A budget in time rather than in comparisons: it bounds what the other records wait for, whatever a candidate
 * costs, and a pass that runs out only yields — the change resumes where it stopped, so how much one pass did never
 * changes which alerts are raised.
 */
public final class RetroBudget {
    /** How often deferred changes are resumed. */
    public static final Duration RESUME_PERIOD = Duration.ofMillis(250);
    /** The least time a thread screens its live records between two passes resuming deferred changes. */
    public static final Duration REST = RESUME_PERIOD.dividedBy(2);

    private final long maxNanos;
    private final LongSupplier nanoClock;
    private final ThreadLocal<Window> resuming = new ThreadLocal<>();

    /** @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}) */
    public RetroBudget(Duration maxTimePerPass, LongSupplier nanoClock) {
        this.maxNanos = maxTimePerPass.toNanos();
        this.nanoClock = nanoClock;
    }

    public Duration maxTimePerPass() {
        return Duration.ofNanos(maxNanos);
    }

    /** A pass for one watchlist change just received. */
    public Pass start() {
        return new Pass(new Window(nanoClock.getAsLong()), 0);
    }

    /**
     * The pass of the calling thread for resuming deferred changes at {@code wallClockMs} (a punctuation's time):
     * what is left of the thread's current pass, or a new one once the last has been spent and the thread has rested.
     */
    public Pass resume(long wallClockMs) {
        Window current = resuming.get();
        if (current == null || current.spent() && wallClockMs - current.workedUntilMs >= REST.toMillis()) {
            current = new Window(nanoClock.getAsLong());
            resuming.set(current);
        }
        return new Pass(current, wallClockMs);
    }

    /** The time one pass has, shared by the calls that use it. */
    private final class Window {
        private final long openedAt;
        private int looked;
        private long workedUntilMs = Long.MIN_VALUE;

        private Window(long openedAt) {
            this.openedAt = openedAt;
        }

        private boolean spent() {
            return looked > 0 && nanoClock.getAsLong() - openedAt >= maxNanos;
        }
    }

    /** One call's use of a pass: a {@code process} call, or a punctuation. */
    public final class Pass {
        private final Window window;
        private final long startedAt;
        private final long wallClockMs;

        private Pass(Window window, long wallClockMs) {
            this.window = window;
            this.startedAt = nanoClock.getAsLong();
            this.wallClockMs = wallClockMs;
        }

        /** Whether the pass must yield before its next candidate. */
        public boolean spent() {
            return window.spent();
        }

        /** Time since this call started using the pass. */
        public Duration elapsed() {
            return Duration.ofNanos(nanoClock.getAsLong() - startedAt);
        }

        void looked() {
            window.looked++;
            window.workedUntilMs = wallClockMs + elapsed().toMillis();
        }
    }
}
