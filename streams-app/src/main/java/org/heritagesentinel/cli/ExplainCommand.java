package org.heritagesentinel.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.heritagesentinel.alert.AlertExplanation;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentinel explain ALERT_ID}: every hit of an alert with its evidence, from the stored screening records. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain an alert: hits, entry revisions, profiles, matcher version and evidence, "
        + "read from the screening-results topic.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ALERT_ID")
    String alertId;
    @Option(names = "--days", defaultValue = "90", description = "How far back to read screening records (default 90).")
    int days;

    @Override
    public Integer call() {
        SentinelConfig settings = config.loadReachable(true);
        List<ScreeningRecord> records = new ArrayList<>();
        TopicReader.read(settings, TopicCatalogue.SCREENING_RESULTS, Instant.now().minus(Duration.ofDays(days)),
            (key, record) -> {
                if (record != null && alertId.equals(record.getAlertId())) {
                    records.add(record);
                }
            });
        spec.commandLine().getOut().print(AlertExplanation.render(alertId, records));
        return records.isEmpty() ? 1 : 0;
    }
}
