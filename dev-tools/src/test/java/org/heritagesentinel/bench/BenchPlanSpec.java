package org.heritagesentinel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.heritagesentinel.cli.SentinelCli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sentinel bench --threads/--instances}: what the plan says, what is refused, and when parallelism exceeds the partitions. */
class BenchPlanSpec {

    @Test
    void shouldRunOneInstanceWithOneThreadOnThreePartitionsByDefault() {
        BenchPlan plan = plan("--quick");

        assertThat(List.of(plan.streamThreads(), plan.instances(), plan.partitions())).containsExactly(1, 1, 3);
        assertThat(plan.parallelismWarning()).isEmpty();
    }

    @Test
    void shouldTakeTheInstancesAndThreadsGivenOnTopOfThePlan() {
        BenchPlan plan = plan("--quick", "--instances", "2", "--threads", "1");

        assertThat(plan.instances()).isEqualTo(2);
        assertThat(plan.streamThreadsInAll()).isEqualTo(2);
        assertThat(plan.backlog()).isEqualTo(BenchPlan.quick().backlog());
    }

    @Test
    void shouldWarnWhenInstancesTimesThreadsExceedThePartitions() {
        assertThat(plan("--instances", "3").parallelismWarning()).isEmpty();
        assertThat(plan("--instances", "2", "--threads", "2").parallelismWarning()).hasValue(
            "warning: 2 instance(s) x 2 thread(s) = 4 stream threads > 3 partitions: the threads beyond 3 have no partition"
                + " of the declarations to process");
    }

    @Test
    void shouldRefuseNoInstanceInOneLineNamingTheOption() {
        assertThat(refusal("--instances", "0")).isEqualTo("--instances must be at least 1, got 0\n");
        assertThat(refusal("--quick", "--threads", "-1")).isEqualTo("--threads must be at least 1, got -1\n");
    }

    @Test
    void shouldRunTheListsSmallestFirstEachOnceAndRefuseANegativeSize() {
        BenchPlan plan = plan("--sizes", "100000,0,1000,100000");

        assertThat(plan.watchlistSizes()).containsExactly(0, 1_000, 100_000);
        assertThat(plan.smallestList()).isEqualTo(1_000);
        assertThat(refusal("--sizes", "1000,-5")).isEqualTo("--sizes must be 0 or more entries, got -5\n");
    }

    private static BenchPlan plan(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.plan();
    }

    /** What {@code sentinel bench ARGS} prints on stderr, checked to be refused before any broker starts. */
    private static String refusal(String... args) {
        StringWriter err = new StringWriter();
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        int exitCode = SentinelCli.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(new StringWriter())).execute(command);
        assertThat(exitCode).isEqualTo(SentinelCli.REFUSED);
        return err.toString().replace(System.lineSeparator(), "\n");
    }
}
