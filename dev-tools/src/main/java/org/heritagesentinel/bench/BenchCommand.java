package org.heritagesentinel.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.heritagesentinel.config.ConfigurationError;
import org.heritagesentinel.embedded.EmbeddedCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sentinel bench}: the whole benchmark in one command, on a real broker started on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark passthrough vs screening (exactly_once_v2) on an embedded broker and registry; prints the table.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Tiny version of every phase (CI smoke; checks the harness, not the figures).")
    boolean quick;
    @Option(names = "--sizes", split = ",", description = "Watchlist sizes, e.g. 1000,100000,1000000; 0 adds the screening"
        + " application with an empty list, what the pipeline costs without matching (no latency phases: they time alerts).")
    List<Integer> sizes;
    @Option(names = "--rates", split = ",", description = "Fixed rates of the latency phases, e.g. 100,1000,5000.")
    List<Integer> rates;
    @Option(names = "--backlog", description = "Declarations preloaded for the throughput phase.")
    Integer backlog;
    @Option(names = "--throughput-seconds", description = "Longest time given to the backlog (default 180; the rate is measured over what was consumed).")
    Integer throughputSeconds;
    @Option(names = "--latency-seconds", description = "Length of each latency phase.")
    Integer latencySeconds;
    @Option(names = "--commit-interval-ms", description = "commit.interval.ms of both applications (default 100, as in production).")
    Integer commitInterval;
    @Option(names = "--threads", description = "num.stream.threads of each application JVM (default 1).")
    Integer threads;
    @Option(names = "--instances", description = "Application JVMs per application, one consumer group (default 1; useful up to the partitions, 3).")
    Integer instances;
    @Option(names = "--app-heap", description = "-Xmx of the application JVMs (default 2g; 512m with --quick).")
    String heap;
    @Option(names = "--retro-declarations", description = "Declarations of the last 30 days screened before the retro import (default: the backlog, 100000).")
    Integer retroDeclarations;
    @Option(names = "--retro-import", description = "Entries of the bulk import whose retro-screening is measured (default 50000).")
    Integer retroImport;
    @Option(names = "--app-jvm-option", paramLabel = "OPTION",
        description = "An extra JVM option of the application JVMs, repeatable (e.g. -XX:TieredStopAtLevel=1,"
            + " -XX:+UseParallelGC): to compare JIT or GC settings on the same plan.")
    List<String> appJvmOptions;
    @Option(names = "--jfr", paramLabel = "DIR", description = "Record a JFR profile of every application JVM into DIR.")
    Path jfr;
    @Option(names = "--work-dir", paramLabel = "DIR", description = "Logs, configurations and state of the runs (default: a temporary directory).")
    Path workDir;

    /** The plan: the quick or the full one, with the options given on top; a count below 1 is refused naming its option. */
    BenchPlan plan() {
        BenchPlan base = quick ? BenchPlan.quick() : BenchPlan.full();
        return new BenchPlan(sizes != null ? watchlistSizes(sizes) : base.watchlistSizes(), backlog != null ? backlog : base.backlog(),
            throughputSeconds != null ? throughputSeconds : base.throughputSeconds(),
            rates != null ? rates : base.rates(), latencySeconds != null ? latencySeconds : base.latencySeconds(),
            latencySeconds != null ? Math.min(base.warmupSeconds(), latencySeconds / 4) : base.warmupSeconds(),
            base.latencyAllSizes(), base.seed(), commitInterval != null ? commitInterval : base.commitIntervalMs(),
            atLeastOne("--threads", threads, base.streamThreads()), atLeastOne("--instances", instances, base.instances()),
            base.partitions(), heap != null ? heap : base.appHeap(),
            retroDeclarations != null ? retroDeclarations : backlog != null ? backlog : base.retroDeclarations(),
            retroImport != null ? retroImport : base.retroImport(), base.retroAlertCap());
    }

    /** Smallest first (the targets compare every list with the smallest), each once; a negative size is refused. */
    private static List<Integer> watchlistSizes(List<Integer> given) {
        for (int size : given) {
            if (size < 0) {
                throw new ConfigurationError("--sizes must be 0 or more entries, got " + size);
            }
        }
        return given.stream().distinct().sorted().toList();
    }

    private static int atLeastOne(String option, Integer given, int planned) {
        if (given == null) {
            return planned;
        }
        if (given < 1) {
            throw new ConfigurationError(option + " must be at least 1, got " + given);
        }
        return given;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchPlan plan = plan();
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("sentinel-bench-");
        List<String> jvmOptions = new ArrayList<>();
        if (appJvmOptions != null) {
            jvmOptions.addAll(appJvmOptions);
        }
        if (jfr != null) {
            Files.createDirectories(jfr);
            jvmOptions.add("-XX:StartFlightRecording=settings=profile,filename=" + jfr.toAbsolutePath().resolve("{app}.jfr"));
        }
        out.println("Heritage Sentinel benchmark: starting an embedded Kafka broker (KRaft) and Apicurio Registry...");
        try (EmbeddedCluster stack = EmbeddedCluster.start()) {
            BenchReport.run(plan, stack, out, dir, jvmOptions);
        }
        return 0;
    }
}
