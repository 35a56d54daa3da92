package org.heritagesentinel.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.heritagesentinel.testkit.ScrapedMetrics;
import org.junit.jupiter.api.Test;

class PromtoolLintFilterSpec {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    PromtoolLintFilterSpec() {
        registry.config().meterFilter(new PromtoolLintFilter());
    }

    @Test
    void shouldDropNamesWithAnAbbreviatedUnit() {
        // When
        Gauge.builder("kafka.consumer.io.time.ns.avg", () -> 1).description("d").register(registry);
        Gauge.builder("kafka.app.info.start.time.ms", () -> 1).description("d").register(registry);
        FunctionCounter.builder("process.cpu.time", this, t -> 1).baseUnit("ns").description("d").register(registry);
        Gauge.builder("kafka.consumer.io.ratio", () -> 1).description("d").register(registry);

        // Then
        ScrapedMetrics scraped = ScrapedMetrics.parse(registry.scrape());
        assertThat(scraped.all()).extracting(ScrapedMetrics.Sample::name).containsExactly("kafka_consumer_io_ratio");
    }

    @Test
    void shouldRenameGaugesEndingInCountButNotCounters() {
        // When
        Gauge.builder("kafka.consumer.connection.count", () -> 3).description("d").register(registry);
        Gauge.builder("system.cpu.count", () -> 2).description("d").register(registry);
        Counter.builder("records.count").description("d").register(registry).increment();

        // Then
        ScrapedMetrics scraped = ScrapedMetrics.parse(registry.scrape());
        assertThat(scraped.value("kafka_consumer_connections")).isEqualTo(3.0);
        assertThat(scraped.value("system_cpus")).isEqualTo(2.0);
        assertThat(scraped.value("records_count_total")).isEqualTo(1.0);
    }

    @Test
    void shouldGiveAHelpTextToMetersWithoutDescription() {
        // When
        Gauge.builder("kafka.producer.node.request.latency.avg", () -> 1).register(registry);

        // Then
        assertThat(registry.scrape()).contains(
                "# HELP kafka_producer_node_request_latency_avg Kafka metric without a description: "
                        + "kafka.producer.node.request.latency.avg");
    }
}
