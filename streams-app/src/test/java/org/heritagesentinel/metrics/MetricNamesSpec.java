package org.heritagesentinel.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A dashboard or an alert rule names {@code sentinel_alert_hits_total}; the code names {@code sentinel.alert.hits}.
 * Each meter carries a {@code // Prometheus: sentinel_alert_hits_total} comment, so a grep from the dashboard
 * finds the Java that records it.
 */
class MetricNamesSpec {
    private static final Pattern METER = Pattern.compile("(?:counter|builder)\\(\"(sentinel\\.[a-z.]+)\"");

    @Test
    void everyMeterSaysItsPrometheusName() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/heritagesentinel/metrics/SentinelMetrics.java"),
            StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        Matcher meters = METER.matcher(source);
        while (meters.find()) {
            names.add(meters.group(1));
        }

        assertThat(names).hasSizeGreaterThan(15);
        assertThat(names).allSatisfy(name -> assertThat(source).as("the Prometheus name of %s", name)
            .contains("// Prometheus: " + name.replace('.', '_')));
    }
}
