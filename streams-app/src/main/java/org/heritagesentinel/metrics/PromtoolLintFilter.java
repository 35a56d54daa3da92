package org.heritagesentinel.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Arrays;
import java.util.Set;

/**
 * Keeps {@code /metrics} clean for {@code promtool check metrics}, which lints the names that Kafka
 * clients and some Micrometer binders choose:
 * <ul>
 *   <li>names with an abbreviated unit ({@code io-time-ns-avg}, {@code start-time-ms},
 *       {@code process.cpu.time} in ns) are dropped: a filter cannot rescale values, and each has a
 *       better-named sibling ({@code io-ratio}, {@code process_start_time_seconds},
 *       {@code process_cpu_usage});</li>
 *   <li>a gauge named {@code ...count} would look like part of a histogram, so
 *       {@code connection.count} becomes {@code connections} and {@code cpu.count} {@code cpus};</li>
 *   <li>meters without a description (Kafka's per-node latencies) get one, since Prometheus shows
 *       HELP and promtool requires it.</li>
 * </ul>
 */
final class PromtoolLintFilter implements MeterFilter {

    // The abbreviations promtool rejects as a name segment.
    private static final Set<String> UNIT_ABBREVIATIONS =
            Set.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d");
    private static final String COUNT_SUFFIX = ".count";

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        String baseUnit = id.getBaseUnit();
        boolean abbreviated = (baseUnit != null && UNIT_ABBREVIATIONS.contains(baseUnit))
                || Arrays.stream(id.getName().split("\\.")).anyMatch(UNIT_ABBREVIATIONS::contains);
        return abbreviated ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        if (id.getType() == Meter.Type.GAUGE && name.endsWith(COUNT_SUFFIX)) {
            name = name.substring(0, name.length() - COUNT_SUFFIX.length()) + "s";
        }
        String description = id.getDescription();
        if (description == null || description.isBlank()) {
            description = "Kafka metric without a description: " + id.getName();
        }
        if (name.equals(id.getName()) && description.equals(id.getDescription())) {
            return id;
        }
        return new Meter.Id(name, Tags.of(id.getTagsAsIterable()),
                id.getBaseUnit(), description, id.getType());
    }
}
