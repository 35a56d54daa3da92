package org.heritagesentinel.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Runs a plan and prints the report: machine and load, settings, the tables, the targets. */
public final class BenchReport {
    private BenchReport() {
    }

    public static List<InstanceResult> run(BenchPlan plan, org.heritagesentinel.embedded.EmbeddedCluster stack, PrintStream out,
                                           Path workDir, List<String> jvmOptions) {
        String loadBefore = Machine.loadAverage();
        long started = System.nanoTime();
        out.printf("plan: watchlists %s, backlog %,d, rates %s/s for %d s each (latency traffic 100%% suspicious), "
            + "commit.interval.ms %d, %d stream thread(s) x %d instance(s) per application, %d partitions per topic, app heap -Xmx%s; "
            + "retro: import of %,d against %,d declarations of 30 days (cap %d alerts per import); work directory %s%n",
            plan.watchlistSizes(), plan.backlog(), plan.rates(), plan.latencySeconds(), plan.commitIntervalMs(), plan.streamThreads(),
            plan.instances(), plan.partitions(), plan.appHeap(), plan.retroImport(), plan.retroDeclarations(), plan.retroAlertCap(),
            workDir);
        plan.parallelismWarning().ifPresent(out::println);
        Benchmark benchmark = new Benchmark(plan, stack, out, workDir, jvmOptions);
        List<InstanceResult> results = benchmark.run();
        RetroResult retro = benchmark.retro();
        out.println();
        out.println("machine: " + Machine.describe());
        out.printf("load average (1/5/15 min): %s at start, %s at end; run took %d s%n", loadBefore, Machine.loadAverage(),
            (System.nanoTime() - started) / 1_000_000_000L);
        out.printf("broker: Kafka 4.3.1, 1 KRaft node in the bench JVM, %d partitions per topic; apps in their own JVMs, exactly_once_v2;"
            + " %d stream thread(s) x %d instance(s) per application%n", plan.partitions(), plan.streamThreads(), plan.instances());
        if (!jvmOptions.isEmpty()) {
            out.println("application JVM options besides -Xmx" + plan.appHeap() + " -Xms64m: " + String.join(" ", jvmOptions));
        }
        ResultTable.print(out, results, retro, plan);
        return results;
    }
}
