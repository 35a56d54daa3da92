package org.heritagesentinel.retro;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one pass of retro-screening may hold its task: live declarations of the same task wait
 * while it runs, and the task commits nothing. A pass always looks at one candidate at least, so a
 * change makes progress however slow the machine; it then looks at more only while time is left.
 *
 * <p>A budget in time rather than in comparisons: it bounds what the task's other records wait for,
 * whatever a candidate costs, and a pass that runs out only yields — the change resumes where it
 * stopped, so how much one pass did never changes which alerts are raised.
 */
public final class RetroBudget {
    private final long maxNanos;
    private final LongSupplier nanoClock;

    /** @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}) */
    public RetroBudget(Duration maxTimePerPass, LongSupplier nanoClock) {
        this.maxNanos = maxTimePerPass.toNanos();
        this.nanoClock = nanoClock;
    }

    public Duration maxTimePerPass() {
        return Duration.ofNanos(maxNanos);
    }

    /** Starts the clock of one pass (one watchlist change processed, or one punctuation resuming changes). */
    public Pass start() {
        return new Pass(nanoClock.getAsLong());
    }

    /** One pass: a budget shared by every change it works on. */
    public final class Pass {
        private final long startedAt;
        private int looked;

        private Pass(long startedAt) {
            this.startedAt = startedAt;
        }

        /** Whether the pass must yield before its next candidate. */
        public boolean spent() {
            return looked > 0 && nanoClock.getAsLong() - startedAt >= maxNanos;
        }

        void looked() {
            looked++;
        }
    }
}
