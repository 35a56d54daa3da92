package org.heritagesentinel.retro;

import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.heritagesentinel.avro.RetroProgress;

/**
 * One watchlist change's retro-screening, done in passes that each fit a {@link RetroBudget}: a pass
 * looks at the candidates in declaration-key order after the last one an earlier pass looked at, and
 * stops when the budget is spent, when the change has raised its cap of alerts, or when none are left.
 *
 * <p>Key order, not the order the recent-declaration index lists them in, makes a resumed pass skip
 * nothing and repeat nothing whatever that index does between passes. A declaration that arrives
 * meanwhile with a smaller key is no loss: retro-screening starts once the match index holds the
 * entry, so live screening screens the newcomer against it.
 */
public final class RetroPass {
    /** What looking at one candidate came to. */
    public enum Verdict {
        /** A retro alert was raised. */
        ALERTED,
        /** Nothing to raise (no hit on the entry, already alerted, or not a recent declaration). */
        NOTHING,
        /** It was recent when the change arrived but left the retro window before the pass reached it. */
        AGED_OUT
    }

    /** Why a pass ended. */
    public enum Ending {
        /** Every candidate was looked at. */
        FINISHED,
        /** The change raised {@code retro.max-alerts-per-change} alerts; the candidates left are not looked at. */
        CAPPED,
        /** The budget was spent: the change resumes with {@link Turn#progress()}. */
        YIELDED
    }

    /**
     * @param progress where the change stands after the pass
     * @param left     candidates not looked at (for {@link Ending#YIELDED}: still to do; for {@link Ending#CAPPED}: dropped)
     * @param advanced whether the pass looked at any candidate (a pass whose budget was already spent by
     *                 other changes does not)
     */
    public record Turn(Ending ending, RetroProgress progress, int left, boolean advanced) {
    }

    private final int maxCandidates;
    private final int maxAlerts;

    /**
     * @param maxCandidates candidates looked at per change, over all its passes
     * @param maxAlerts     retro alerts one change raises, over all its passes
     */
    public RetroPass(int maxCandidates, int maxAlerts) {
        this.maxCandidates = maxCandidates;
        this.maxAlerts = maxAlerts;
    }

    /**
     * Goes on with a change's retro-screening.
     *
     * @param from       where the change stood, null for a change not started
     * @param candidates the declaration keys sharing a retro key with the entry, in any order
     * @param pass       the budget of this pass, shared with the other changes the pass works on
     * @param lookAt     screens one candidate
     */
    public Turn resume(RetroProgress from, Collection<String> candidates, RetroBudget.Pass pass,
                       Function<String, Verdict> lookAt) {
        RetroProgress progress = from == null ? RetroProgress.newBuilder().build() : RetroProgress.newBuilder(from).build();
        List<String> due = due(candidates, progress);
        if (pass.spent() && !due.isEmpty()) {
            return new Turn(Ending.YIELDED, progress, due.size(), false);
        }
        progress.setPasses(progress.getPasses() + 1);
        int done = 0;
        Ending ending = Ending.FINISHED;
        for (String key : due) {
            if (progress.getAlerted() >= maxAlerts) {
                ending = Ending.CAPPED;
                break;
            }
            if (pass.spent()) {
                ending = Ending.YIELDED;
                break;
            }
            Verdict verdict = lookAt.apply(key);
            pass.looked();
            done++;
            progress.setResumeAfter(key);
            progress.setLooked(progress.getLooked() + 1);
            if (verdict == Verdict.ALERTED) {
                progress.setAlerted(progress.getAlerted() + 1);
            } else if (verdict == Verdict.AGED_OUT) {
                progress.setAgedOut(progress.getAgedOut() + 1);
            }
        }
        int left = due.size() - done;
        progress.setLeft(ending == Ending.YIELDED ? left : 0);
        return new Turn(ending, progress, left, done > 0);
    }

    /** The candidates still to look at, in key order, within the change's cap of candidates. */
    private List<String> due(Collection<String> candidates, RetroProgress progress) {
        NavigableSet<String> ordered = new TreeSet<>(candidates);
        NavigableSet<String> after = progress.getResumeAfter() == null ? ordered
            : ordered.tailSet(progress.getResumeAfter(), false);
        int room = Math.max(0, maxCandidates - progress.getLooked());
        return after.stream().limit(room).toList();
    }
}
