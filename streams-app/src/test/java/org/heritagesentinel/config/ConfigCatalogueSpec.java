package org.heritagesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declared configuration refuses what it does not know, and says what was meant. */
class ConfigCatalogueSpec {
    @TempDir
    Path dir;

    @Test
    void shouldNameTheNearestKeyOfAMisspeltOne() throws IOException {
        Path file = file("kafka.bootstrap.server=broker:9092\nmatching.party.treshold=0.7\nscoring.lane.red-form=80\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigurationError.class)
            .hasMessage(String.join(System.lineSeparator(),
                "unknown key kafka.bootstrap.server in " + file + ": not a Kafka client or Streams setting"
                    + " — did you mean kafka.bootstrap.servers?",
                "unknown key matching.party.treshold in " + file + " — did you mean matching.party.threshold?",
                "unknown key scoring.lane.red-form in " + file + " — did you mean scoring.lane.red-from?"));
    }

    @Test
    void shouldCheckPassThroughKeysAgainstTheClientsOwnDefinitions() throws IOException {
        Path good = file("""
            kafka.security.protocol=SASL_SSL
            kafka.num.standby.replicas=0
            kafka.consumer.max.poll.records=100
            kafka.topic.min.insync.replicas=2
            registry.auth.username=sentinel
            """);
        assertThat(ConfigLoader.load(good, Map.of()).kafkaClient()).containsEntry("consumer.max.poll.records", "100");

        assertThatThrownBy(() -> ConfigLoader.load(file("kafka.securty.protocol=SSL\n"), Map.of()))
            .hasMessageEndingWith(": not a Kafka client or Streams setting — did you mean kafka.security.protocol?");
        assertThatThrownBy(() -> ConfigLoader.load(file("registry.auth.usrname=x\n"), Map.of()))
            .hasMessageEndingWith(": not an Apicurio serde setting — did you mean registry.auth.username?");
    }

    @Test
    void shouldRefuseAWrongValueNamingKeyValueAndExpectation() throws IOException {
        Path file = file("topics.partitions=six\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
            .hasMessage("topics.partitions=six in " + file + ": expected a whole number ≥ 1");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SENTINEL_EVENT_TIME_HORIZON", "400 days")))
            .hasMessage("event-time.horizon=400 days from SENTINEL_EVENT_TIME_HORIZON: expected an ISO-8601 duration of zero "
                + "or more such as PT15M, PT6H or P30D");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SENTINEL_RETRO_MAX_TIME_PER_PASS", "-PT1S")))
            .hasMessage("retro.max-time-per-pass=-PT1S from SENTINEL_RETRO_MAX_TIME_PER_PASS: expected an ISO-8601 "
                + "duration of zero or more such as PT15M, PT6H or P30D");
        assertThatThrownBy(() -> ConfigLoader.withOverrides(Map.of("scoring.lane.red-from", "20")))
            .hasMessage("scoring.lane.red-from=20 is below scoring.lane.yellow-from=30: expected scoring.lane.yellow-from ≤ "
                + "scoring.lane.red-from");
        assertThatThrownBy(() -> ConfigLoader.withOverrides(Map.of("console.login.throttle", "P3D")))
            .hasMessage("console.login.throttle=PT72H is longer than PT24H: the consoles keep wrong passwords on "
                + "console.login-failures.v1 for PT48H only");
        assertThat(ConfigLoader.withOverrides(Map.of("console.login.throttle", "P1D")).console().loginThrottle())
            .isEqualTo(java.time.Duration.ofDays(1));
    }

    @Test
    void shouldSayAMissingFileIsMissing() {
        Path missing = dir.resolve("sentinel.properties");

        assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of())).isInstanceOf(ConfigurationError.class)
            .hasMessageStartingWith("configuration file " + missing + " (-c) does not exist");
    }

    @Test
    void shouldMapEnvironmentVariablesThroughTheDeclarationsAndRefuseUnknownOnes() {
        SentinelConfig config = ConfigLoader.load(null, Map.of("SENTINEL_TOPICS_REPLICATION_FACTOR", "1",
            "SENTINEL_JURISDICTIONS_QA_MEMBERS", "QA", "SENTINEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "SENTINEL_REGISTRY_AUTH_CLIENT_ID", "sentinel", "SENTINEL_KAFKA_CONSUMER_MAX_POLL_RECORDS", "100",
            "SENTINEL_LOG_LEVEL", "DEBUG", "PATH", "/usr/bin"));

        assertThat(config.replicationFactor()).isEqualTo((short) 1);
        assertThat(config.money().jurisdictions()).containsKey("QA");
        assertThat(config.kafkaClient()).containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(config.registryClient()).containsEntry("auth.client.id", "sentinel");
        assertThat(config.kafkaClient()).containsEntry("consumer.max.poll.records", "100");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SENTINEL_KAFKA_BOOTSTRAP_SERVER", "x:1")))
            .hasMessage("unknown variable SENTINEL_KAFKA_BOOTSTRAP_SERVER — did you mean SENTINEL_KAFKA_BOOTSTRAP_SERVERS?");
    }

    @Test
    void shouldShowTheEffectiveConfigurationWithSecretsMasked() throws IOException {
        Path file = file("queries.tokens=JO=s3cret\nkafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
            + "required username=\"a\" password=\"p\";\n");

        ResolvedConfig resolved = ConfigLoader.resolve(file, Map.of("SENTINEL_HTTP_PORT", "9090"));

        assertThat(resolved.describe()).anySatisfy(l -> assertThat(l).matches("queries.tokens +=  ?\\[hidden\\]   \\(" + Pattern.quote(file.toString()) + "\\)"))
            .anySatisfy(l -> assertThat(l).matches("http.port += 9090   \\(SENTINEL_HTTP_PORT\\)"))
            .anySatisfy(l -> assertThat(l).matches("kafka.sasl.jaas.config += \\[hidden\\].*"))
            .allSatisfy(l -> assertThat(l).doesNotContain("s3cret", "password="));
    }

    @Test
    void shouldDeclareDefaultsThatPassTheirOwnValidation() {
        for (ConfigKey key : ConfigKey.values()) {
            key.defaultValue().ifPresent(v -> assertThat(key.type().accepts().test(v)).as(key.key() + "=" + v).isTrue());
        }
        assertThat(ConfigLoader.defaultsOnly().bootstrapServers()).isEqualTo("localhost:9092");
    }

    @Test
    void shouldKeepTheCommittedSampleAndTheReadmeTableInStepWithTheDeclarations() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(Files.readString(root.resolve("config/sentinel.example.properties"), StandardCharsets.UTF_8))
            .as("config/sentinel.example.properties: regenerate with ./sentinel config print-defaults")
            .isEqualTo(ConfigDocs.sampleProperties());
        assertThat(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8))
            .as("README configuration table: regenerate with ./sentinel config print-defaults --markdown")
            .contains(ConfigDocs.markdownTable());
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(dir, "sentinel-", ".properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
