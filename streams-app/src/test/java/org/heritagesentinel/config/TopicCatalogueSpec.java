package org.heritagesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.heritagesentinel.app.TopicProvisioner;
import org.heritagesentinel.serde.SchemaRegistrar;
import org.junit.jupiter.api.Test;

class TopicCatalogueSpec {
    private final SentinelConfig config = ConfigLoader.withOverrides(Map.of("region.authorities", "JO,LB"));

    @Test
    void theReadmeTopicTableIsTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).as("README topic table: it is TopicCatalogue.markdownTable()").contains(TopicCatalogue.markdownTable());
    }

    @Test
    void everyTopicIsNamedByATopicsKey() {
        assertThat(TopicCatalogue.ALL).allSatisfy(topic -> assertThat(topic.nameKey().key()).startsWith("topics."));
        assertThat(TopicCatalogue.ALL.stream().map(TopicContract::nameKey).distinct()).hasSameSizeAs(TopicCatalogue.ALL);
    }

    @Test
    void topicsCreateMakesEveryTopicOfTheCatalogueAsItSays() {
        List<NewTopic> plan = TopicProvisioner.plan(config, 3);

        assertThat(plan).extracting(NewTopic::name).containsExactlyElementsOf(
            TopicCatalogue.names(topic -> true, config.topics(), config.regionAuthorities()));
        assertThat(plan).filteredOn(topic -> topic.name().equals("reference.exchange-rates.v1")).singleElement()
            .satisfies(topic -> {
                assertThat(topic.numPartitions()).isEqualTo(1);
                assertThat(topic.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            });
        assertThat(plan).filteredOn(topic -> topic.name().equals("alerts.decisions.lb.v1")).singleElement()
            .satisfies(topic -> assertThat(topic.configs())
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(400).toMillis())));
        assertThat(plan).filteredOn(topic -> topic.name().equals("customs.seizures.v1")).singleElement()
            .satisfies(topic -> assertThat(topic.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        assertThat(plan).filteredOn(topic -> topic.name().equals("console.login-failures.v1")).singleElement()
            .satisfies(topic -> assertThat(topic.configs())
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(2).toMillis())));
    }

    @Test
    void schemasRegisterCoversEveryRegisteredTopicWithItsCompatibility() {
        Map<String, SchemaRegistrar.Contract> contracts = SchemaRegistrar.contracts(config.topics(), Set.of("JO", "LB"));

        assertThat(contracts).doesNotContainKey("sentinel.dead-letter.v1-value").hasSize(15);
        assertThat(contracts.get("console.login-failures.v1-value").schema().getName()).isEqualTo("LoginFailure");
        assertThat(contracts.get("alerts.jo.v1-value").compatibility()).isEqualTo(TopicContract.Compatibility.FULL_TRANSITIVE);
        assertThat(contracts.get("alerts.decisions.lb.v1-value").schema().getName()).isEqualTo("AlertDecision");
        assertThat(contracts.get("customs.declarations.v1-value").compatibility())
            .isEqualTo(TopicContract.Compatibility.BACKWARD_TRANSITIVE);
    }
}
