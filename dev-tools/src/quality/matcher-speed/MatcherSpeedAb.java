package org.heritagesentinel.screening.party.quality;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names scored per CPU-second by two builds of the party matcher in one JVM, each in its own class loader
 * ({@code MatcherRounds} with that build's jar), in alternating blocks of bench rounds, the order swapped every
 * block: on a shared machine the ratio of the two in each block is far steadier than either figure alone.
 * Arguments: bench.csv roundsClasses dirA dirB blocks rounds, where a dir holds a build's sentinel.jar and lib/
 * (its streams-app/target).
 */
public final class MatcherSpeedAb {
    private static final int WARM_UP_BLOCKS = 3;
    private static final String ROUNDS_CLASS = "org.heritagesentinel.screening.party.quality.MatcherRounds";

    private MatcherSpeedAb() {
    }

    public static void main(String[] args) throws Exception {
        List<LabelledPair> bench = ReferenceData.bench(Path.of(args[0]));
        String[][] pairs = bench.stream().map(p -> new String[] {p.name1(), p.name2()}).toArray(String[][]::new);
        String[] dirs = {args[2], args[3]};
        int blocks = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        Method[] run = new Method[2];
        String[] versions = new String[2];
        for (int v = 0; v < 2; v++) {
            Class<?> rounder = loader(Path.of(args[1]), Path.of(dirs[v])).loadClass(ROUNDS_CLASS);
            rounder.getMethod("setUp", String[][].class).invoke(null, (Object) pairs);
            run[v] = rounder.getMethod("run", int.class);
            versions[v] = (String) rounder.getMethod("version").invoke(null);
        }
        for (int w = 0; w < WARM_UP_BLOCKS; w++) {
            for (int v = 0; v < 2; v++) {
                run[v].invoke(null, rounds);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rate = new double[2][blocks];
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < 2; k++) {
                int v = (b + k) % 2;
                long start = threads.getCurrentThreadCpuTime();
                run[v].invoke(null, rounds);
                rate[v][b] = (double) rounds * pairs.length / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        double[] ratio = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            ratio[b] = rate[1][b] / rate[0][b];
        }
        System.out.printf("A %s (%s) median %.0f, B %s (%s) median %.0f names scored per CPU-second; B/A per block: "
                        + "median %.3f, min %.3f, max %.3f, B ahead in %d of %d blocks of %d rounds%n",
                versions[0], dirs[0], median(rate[0]), versions[1], dirs[1], median(rate[1]), median(ratio),
                Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0),
                Arrays.stream(ratio).filter(r -> r > 1).count(), blocks, rounds);
    }

    private static ClassLoader loader(Path roundsClasses, Path build) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(roundsClasses.toUri().toURL());
        urls.add(build.resolve("sentinel.jar").toUri().toURL());
        try (Stream<Path> libraries = Files.list(build.resolve("lib"))) {
            for (Path library : libraries.sorted().toList()) {
                urls.add(library.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
