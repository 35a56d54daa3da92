package org.heritagesentinel.retro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.heritagesentinel.avro.RetroProgress;
import org.junit.jupiter.api.Test;

/**
 * A watchlist change's retro-screening in passes of bounded time: each pass yields once its time is spent,
 * the next resumes after the last candidate looked at, in key order, so over all passes every candidate is
 * looked at exactly once, and the caps hold over the whole change.
 */
class RetroPassSpec {
    private static final Duration MS = Duration.ofMillis(1);

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> lookedAt = new ArrayList<>();

    /** Every candidate costs {@code cost} of the fake clock; the ones named in {@code alerting} raise an alert. */
    private Function<String, RetroPass.Verdict> screening(Duration cost, Set<String> alerting) {
        return key -> {
            lookedAt.add(key);
            nanos.addAndGet(cost.toNanos());
            return alerting.contains(key) ? RetroPass.Verdict.ALERTED : RetroPass.Verdict.NOTHING;
        };
    }

    private RetroBudget budget(Duration perPass) {
        return new RetroBudget(perPass, nanos::get);
    }

    @Test
    void aPassLooksAtCandidatesUntilItsTimeIsSpentThenYieldsWithWhatIsLeft() {
        RetroPass change = new RetroPass(2_000, 200);

        RetroPass.Turn turn = change.resume(null, Set.of("D-1", "D-2", "D-3", "D-4", "D-5", "D-6", "D-7", "D-8", "D-9", "D-10"),
            budget(MS.multipliedBy(100)).start(), screening(MS.multipliedBy(30), Set.of()));

        // 0, 30, 60 and 90 ms are within 100 ms; after the fourth, 120 ms are spent
        assertThat(turn.ending()).isEqualTo(RetroPass.Ending.YIELDED);
        assertThat(lookedAt).containsExactly("D-1", "D-10", "D-2", "D-3");
        assertThat(turn.left()).isEqualTo(6);
        assertThat(turn.progress().getResumeAfter()).isEqualTo("D-3");
        assertThat(turn.progress().getLooked()).isEqualTo(4);
        assertThat(turn.progress().getLeft()).isEqualTo(6);
        assertThat(turn.progress().getPasses()).isEqualTo(1);
    }

    @Test
    void aPassLooksAtOneCandidateAtLeastSoAChangeProgressesOnTheSlowestMachine() {
        RetroPass change = new RetroPass(2_000, 200);

        RetroPass.Turn turn = change.resume(null, Set.of("D-1", "D-2"), budget(Duration.ZERO).start(),
            screening(Duration.ofSeconds(5), Set.of()));

        assertThat(lookedAt).containsExactly("D-1");
        assertThat(turn.ending()).isEqualTo(RetroPass.Ending.YIELDED);
        assertThat(turn.advanced()).isTrue();
    }

    @Test
    void resumedPassesLookAtEveryCandidateOnceInKeyOrderWhateverOrderTheIndexListsThemIn() {
        RetroPass change = new RetroPass(2_000, 200);
        RetroBudget onePerPass = budget(Duration.ZERO);
        List<Set<String>> listings = List.of(Set.of("C", "A", "E", "B", "D"), Set.of("E", "D", "C", "B", "A"),
            Set.of("B", "D", "A", "C", "E"), Set.of("D", "E", "A", "B", "C"), Set.of("C", "A", "B", "E", "D"));

        RetroProgress progress = null;
        List<RetroPass.Ending> endings = new ArrayList<>();
        for (Set<String> listing : listings) {
            RetroPass.Turn turn = change.resume(progress, listing, onePerPass.start(), screening(MS, Set.of("B", "D")));
            progress = turn.progress();
            endings.add(turn.ending());
        }

        assertThat(lookedAt).containsExactly("A", "B", "C", "D", "E");
        assertThat(endings).containsExactly(RetroPass.Ending.YIELDED, RetroPass.Ending.YIELDED, RetroPass.Ending.YIELDED,
            RetroPass.Ending.YIELDED, RetroPass.Ending.FINISHED);
        assertThat(progress.getAlerted()).isEqualTo(2);
        assertThat(progress.getLooked()).isEqualTo(5);
        assertThat(progress.getPasses()).isEqualTo(5);
        assertThat(progress.getLeft()).isZero();
    }

    @Test
    void aResumedPassSkipsACandidateGoneMeanwhileAndLeavesANewcomerBeforeItsPlaceToLiveScreening() {
        RetroPass change = new RetroPass(2_000, 200);
        RetroBudget twoPerPass = budget(MS.multipliedBy(2));
        RetroPass.Turn first = change.resume(null, Set.of("D-2", "D-4", "D-6", "D-8"), twoPerPass.start(),
            screening(MS, Set.of()));
        assertThat(first.progress().getResumeAfter()).isEqualTo("D-4");

        // D-6 expired, D-1 and D-7 arrived (screened live against the index that already holds the entry)
        RetroPass.Turn second = change.resume(first.progress(), Set.of("D-1", "D-2", "D-4", "D-7", "D-8"),
            twoPerPass.start(), screening(MS, Set.of()));

        assertThat(lookedAt).containsExactly("D-2", "D-4", "D-7", "D-8");
        assertThat(second.ending()).isEqualTo(RetroPass.Ending.FINISHED);
    }

    @Test
    void theAlertCapHoldsOverEveryPassOfTheChange() {
        RetroPass change = new RetroPass(2_000, 2);
        RetroBudget onePerPass = budget(Duration.ZERO);
        Set<String> candidates = Set.of("A", "B", "C", "D");

        RetroPass.Turn first = change.resume(null, candidates, onePerPass.start(), screening(MS, candidates));
        RetroPass.Turn second = change.resume(first.progress(), candidates, onePerPass.start(), screening(MS, candidates));
        RetroPass.Turn third = change.resume(second.progress(), candidates, onePerPass.start(), screening(MS, candidates));

        assertThat(lookedAt).containsExactly("A", "B");
        assertThat(third.ending()).isEqualTo(RetroPass.Ending.CAPPED);
        assertThat(third.left()).isEqualTo(2);
        assertThat(third.progress().getAlerted()).isEqualTo(2);
    }

    @Test
    void theCandidateCapHoldsOverEveryPassOfTheChange() {
        RetroPass change = new RetroPass(3, 200);
        RetroBudget twoPerPass = budget(MS.multipliedBy(2));
        Set<String> candidates = Set.of("A", "B", "C", "D", "E");

        RetroPass.Turn first = change.resume(null, candidates, twoPerPass.start(), screening(MS, Set.of()));
        RetroPass.Turn second = change.resume(first.progress(), candidates, twoPerPass.start(), screening(MS, Set.of()));

        assertThat(lookedAt).containsExactly("A", "B", "C");
        assertThat(second.ending()).isEqualTo(RetroPass.Ending.FINISHED);
    }

    @Test
    void aPassSpentOnOneChangeLeavesTheNextChangeAsItWas() {
        RetroBudget.Pass shared = budget(MS).start();
        RetroPass.Turn first = new RetroPass(2_000, 200).resume(null, Set.of("A", "B"), shared, screening(MS, Set.of()));
        RetroProgress waiting = RetroProgress.newBuilder().setResumeAfter("K").setLooked(7).setPasses(2).setLeft(3).build();

        RetroPass.Turn second = new RetroPass(2_000, 200).resume(waiting, Set.of("L", "M", "N"), shared,
            screening(MS, Set.of()));

        assertThat(first.left()).isEqualTo(1);
        assertThat(second.advanced()).isFalse();
        assertThat(second.ending()).isEqualTo(RetroPass.Ending.YIELDED);
        assertThat(second.progress()).isEqualTo(waiting);
        assertThat(lookedAt).containsExactly("A");
    }

    @Test
    void theTasksOfAThreadShareOnePassForResumingAndTheThreadRestsBeforeTheNext() {
        RetroBudget budget = budget(MS.multipliedBy(100));
        Set<String> candidates = Set.of("A", "B", "C", "D", "E", "F");
        Function<String, RetroPass.Verdict> sixtyMs = screening(MS.multipliedBy(60), Set.of());

        // a punctuation at 0 ms: the first task's change looks at two candidates (0 and 60 ms), then the pass is spent
        RetroPass.Turn first = new RetroPass(2_000, 200).resume(null, candidates, budget.resume(0), sixtyMs);
        // the next task of the same thread, in the same round, and again 30 ms after the work ended: nothing
        RetroPass.Turn sameRound = new RetroPass(2_000, 200).resume(null, candidates, budget.resume(120), sixtyMs);
        RetroPass.Turn rested30 = new RetroPass(2_000, 200).resume(null, candidates, budget.resume(150), sixtyMs);
        // once the thread has screened its live records for REST, a new pass
        RetroPass.Turn rested = new RetroPass(2_000, 200).resume(first.progress(), candidates,
            budget.resume(120 + RetroBudget.REST.toMillis()), sixtyMs);

        assertThat(first.progress().getLooked()).isEqualTo(2);
        assertThat(sameRound.advanced()).isFalse();
        assertThat(rested30.advanced()).isFalse();
        assertThat(rested.advanced()).isTrue();
        assertThat(lookedAt).containsExactly("A", "B", "C", "D");
    }

    @Test
    void candidatesThatLeftTheWindowBeforeTheirTurnAreCounted() {
        RetroPass change = new RetroPass(2_000, 200);

        RetroPass.Turn turn = change.resume(null, Set.of("A", "B", "C"), budget(Duration.ofHours(1)).start(),
            key -> key.equals("B") ? RetroPass.Verdict.AGED_OUT : RetroPass.Verdict.NOTHING);

        assertThat(turn.ending()).isEqualTo(RetroPass.Ending.FINISHED);
        assertThat(turn.progress().getAgedOut()).isEqualTo(1);
    }
}
