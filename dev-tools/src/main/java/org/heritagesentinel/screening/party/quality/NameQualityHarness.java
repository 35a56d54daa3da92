package org.heritagesentinel.screening.party.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.heritagesentinel.config.ConfigKey;
import org.heritagesentinel.screening.party.NameMatch;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyBlockingKeys;
import org.heritagesentinel.screening.party.PartyNameMatcher;

/**
 * Measures the party name matcher on the development sets: precision/recall/F1 on the OpenSanctions
 * name bench, recall at precision 0.95 on Arabic→Latin transliterations against same-initial decoys,
 * recall of the blocking keys, and single-thread throughput.
 *
 * <p>Besides, every evaluation set found in {@code --sets DIR} (default {@code dev-tools/target/name-sets}, built by
 * {@code dev-tools/src/quality/make-name-sets.sh}): one true pair a line, scored against same-initial decoys as the
 * Arabic→Latin set is, reported per set as precision and recall at the threshold and recall at precision 0.95.
 *
 * <p>Usage: {@code NameQualityHarness [bench.csv [ar2en.tsv]] [--sets DIR] [--errors]}.
 */
public final class NameQualityHarness {

    private static final String DATA = "../shared/data/name-matching/";
    private static final String SETS = "dev-tools/target/name-sets";
    private static final int DECOYS_PER_NAME = 3;
    private static final double TARGET_PRECISION = 0.95;
    private static final long SEED = 20_250_101L;

    private final PartyNameMatcher matcher;
    private final PartyBlockingKeys blocking = new PartyBlockingKeys();
    /** Measured at the threshold screening applies by default (the one configuration's matching.party.threshold). */
    private final double screeningThreshold =
            Double.parseDouble(ConfigKey.MATCHING_PARTY_THRESHOLD.defaultValue().orElseThrow());
    private final PrintStream out;

    NameQualityHarness(NameMatchingConfig config, PrintStream out) {
        this.matcher = new PartyNameMatcher(config);
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        List<String> paths = new ArrayList<>();
        boolean errors = false;
        Path sets = Path.of(SETS);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                errors = true;
            } else if (args[i].equals("--sets") && i + 1 < args.length) {
                sets = Path.of(args[++i]);
            } else {
                paths.add(args[i]);
            }
        }
        Path bench = Path.of(paths.size() > 0 ? paths.get(0) : DATA + "opensanctions-name-bench.csv");
        Path ar2en = Path.of(paths.size() > 1 ? paths.get(1) : DATA + "google-ar2en.tsv");
        new NameQualityHarness(NameMatchingConfig.defaults(), System.out).run(ReferenceData.bench(bench),
                ReferenceData.transliterations(ar2en), ReferenceData.evaluationSets(sets), errors);
    }

    void run(List<LabelledPair> bench, List<LabelledPair> transliterations, Map<String, List<LabelledPair>> sets,
             boolean errors) {
        out.printf(Locale.ROOT, "matcher %s, threshold %.2f%n", PartyNameMatcher.version(), screeningThreshold);
        reportBench(bench, errors);
        reportRanked("arabic->latin", transliterations, errors);
        if (sets.isEmpty()) {
            out.println("evaluation sets: none found (dev-tools/src/quality/make-name-sets.sh builds them)");
        }
        sets.forEach((name, pairs) -> reportRanked(name, pairs, errors));
        reportBlocking(bench, transliterations);
        reportThroughput(bench);
    }

    private void reportBench(List<LabelledPair> bench, boolean errors) {
        List<ScoredPair> scored = score(bench);
        Confusion atThreshold = Confusion.at(scored, screeningThreshold);
        out.printf(Locale.ROOT, "name bench (%d pairs): precision %.3f recall %.3f F1 %.3f at threshold %.2f%n",
                bench.size(), atThreshold.precision(), atThreshold.recall(), atThreshold.f1(), screeningThreshold);
        Confusion best = atThreshold;
        for (int t = 50; t <= 99; t++) {
            Confusion candidate = Confusion.at(scored, t / 100.0);
            if (candidate.f1() > best.f1()) {
                best = candidate;
            }
        }
        out.printf(Locale.ROOT, "  (for information: best F1 %.3f at threshold %.2f, precision %.3f recall %.3f)%n",
                best.f1(), best.threshold(), best.precision(), best.recall());
        if (errors) {
            for (ScoredPair s : scored) {
                if ((s.score() >= screeningThreshold) != s.pair().match()) {
                    out.printf(Locale.ROOT, "  %s %.3f %s | %s%n", s.pair().match() ? "FN" : "FP", s.score(),
                            s.pair().name1(), s.pair().name2());
                }
            }
        }
    }

    /** True pairs against same-initial decoys: recall at precision 0.95, and both at the configured threshold. */
    private void reportRanked(String label, List<LabelledPair> positives, boolean errors) {
        List<ScoredPair> scored = score(withDecoys(positives));
        scored.sort(Comparator.comparingDouble(ScoredPair::score).reversed());
        int totalPositives = positives.size();
        int tp = 0;
        int fp = 0;
        double bestRecall = 0;
        double threshold = 1.0;
        double bestPrecision = 1.0;
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i).pair().match()) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfScore = i + 1 == scored.size() || scored.get(i + 1).score() < scored.get(i).score();
            double precision = (double) tp / (tp + fp);
            if (lastOfScore && precision >= TARGET_PRECISION && (double) tp / totalPositives > bestRecall) {
                bestRecall = (double) tp / totalPositives;
                threshold = scored.get(i).score();
                bestPrecision = precision;
            }
        }
        Confusion atDefault = Confusion.at(scored, screeningThreshold);
        out.printf(Locale.ROOT, "%s (%d names, %d same-initial decoys each): recall %.3f at precision %.3f"
                        + " (threshold %.3f); at default threshold %.2f: precision %.3f recall %.3f%n",
                label, totalPositives, DECOYS_PER_NAME, bestRecall, bestPrecision, threshold, screeningThreshold,
                atDefault.precision(), atDefault.recall());
        if (errors) {
            scored.stream().filter(s -> s.pair().match() && s.score() < screeningThreshold).limit(60)
                    .forEach(s -> out.printf(Locale.ROOT, "  FN %.3f %s | %s%n", s.score(), s.pair().name1(),
                            s.pair().name2()));
            scored.stream().filter(s -> !s.pair().match() && s.score() >= screeningThreshold).limit(40)
                    .forEach(s -> out.printf(Locale.ROOT, "  FP %.3f %s | %s%n", s.score(), s.pair().name1(),
                            s.pair().name2()));
        }
    }

    /** Each Arabic name against its own Latin rendering and a few other Latin names with the same first letter. */
    static List<LabelledPair> withDecoys(List<LabelledPair> positives) {
        Map<Character, List<String>> latinByInitial = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (LabelledPair p : positives) {
            String latin = p.name2().toLowerCase(Locale.ROOT);
            if (!latin.isEmpty() && seen.add(latin)) {
                latinByInitial.computeIfAbsent(latin.charAt(0), c -> new ArrayList<>()).add(p.name2());
            }
        }
        Random random = new Random(SEED);
        List<LabelledPair> pairs = new ArrayList<>();
        for (LabelledPair p : positives) {
            pairs.add(p);
            List<String> sameInitial = latinByInitial.getOrDefault(p.name2().toLowerCase(Locale.ROOT).charAt(0),
                    Collections.emptyList());
            Set<String> chosen = new HashSet<>();
            for (int attempt = 0; attempt < 20 && chosen.size() < DECOYS_PER_NAME && sameInitial.size() > 1; attempt++) {
                String decoy = sameInitial.get(random.nextInt(sameInitial.size()));
                if (!decoy.equalsIgnoreCase(p.name2()) && chosen.add(decoy)) {
                    pairs.add(new LabelledPair(p.name1(), decoy, false));
                }
            }
        }
        return pairs;
    }

    private void reportBlocking(List<LabelledPair> bench, List<LabelledPair> transliterations) {
        List<LabelledPair> benchMatches = bench.stream().filter(LabelledPair::match).toList();
        out.printf(Locale.ROOT, "blocking recall: name bench matching pairs %.3f (%d pairs), arabic->latin %.3f (%d pairs)%n",
                blockingRecall(benchMatches), benchMatches.size(), blockingRecall(transliterations),
                transliterations.size());
        Map<String, Integer> postings = new HashMap<>();
        for (LabelledPair p : transliterations) {
            for (String key : blocking.keys(p.name2())) {
                postings.merge(key, 1, Integer::sum);
            }
        }
        long candidates = 0;
        for (LabelledPair p : transliterations) {
            for (String key : blocking.keys(p.name1())) {
                candidates += postings.getOrDefault(key, 0);
            }
        }
        out.printf(Locale.ROOT, "  selectivity: %d keys over %d Latin names, largest key %d names, "
                        + "%.1f candidates per Arabic query on average%n", postings.size(), transliterations.size(),
                postings.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                (double) candidates / transliterations.size());
    }

    private double blockingRecall(List<LabelledPair> pairs) {
        int found = 0;
        for (LabelledPair p : pairs) {
            Set<String> keys = new HashSet<>(blocking.keys(p.name1()));
            keys.retainAll(blocking.keys(p.name2()));
            if (!keys.isEmpty()) {
                found++;
            }
        }
        return pairs.isEmpty() ? 1.0 : (double) found / pairs.size();
    }

    private void reportThroughput(List<LabelledPair> bench) {
        int rounds = 200;
        long checksum = 0;
        for (int round = 0; round < rounds / 4; round++) {
            checksum += run(bench);
        }
        // CPU time of this thread, not wall time: a shared build machine must not halve the figure
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            checksum += run(bench);
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        out.printf(Locale.ROOT, "throughput: %.0f match() calls per CPU-second on one thread, %.0f per wall-second"
                        + " (bench pairs, names cached; checksum %d)%n",
                rounds * bench.size() / seconds, rounds * bench.size() / wallSeconds, checksum);
    }

    private long run(List<LabelledPair> pairs) {
        long sum = 0;
        for (LabelledPair p : pairs) {
            sum += Math.round(matcher.match(p.name1(), p.name2()).score() * 100);
        }
        return sum;
    }

    private List<ScoredPair> score(List<LabelledPair> pairs) {
        List<ScoredPair> scored = new ArrayList<>(pairs.size());
        for (LabelledPair p : pairs) {
            NameMatch match = matcher.match(p.name1(), p.name2());
            scored.add(new ScoredPair(p, match.score()));
        }
        return scored;
    }
}
