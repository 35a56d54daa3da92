package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.app.StreamsSettings;
import org.heritagesentinel.cli.SentinelCli;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.serde.InternalAvroSerde;
import org.heritagesentinel.topology.SentinelTopology;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AclPlanSpec {
    private final SentinelConfig config = ConfigLoader.defaultsOnly();

    @Test
    void shouldLetAnAuthorityReadItsOwnAlertViewAndWriteItsOwnDecisionsAndNothingElse() {
        List<AclBinding> acls = AclPlan.forAuthority(config, "jo", "User:authority-jo");

        assertThat(acls).extracting(a -> a.pattern().resourceType() + " " + a.pattern().name() + " " + a.entry().operation())
            .containsExactlyInAnyOrder("TOPIC alerts.jo.v1 READ", "GROUP alerts.jo.v1 READ",
                "TOPIC alerts.decisions.jo.v1 WRITE");
        assertThat(acls).allMatch(a -> a.pattern().patternType() == PatternType.LITERAL
            || a.pattern().resourceType() == ResourceType.GROUP);
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().declarations()));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().alertsFor("LB")));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().decisionsFor("LB")));
    }

    @Test
    void shouldLetAnAuthoritysConsoleReadWhatItShowsAndWriteOnlyDecisionsAndSubmissions() {
        List<AclBinding> acls = AclPlan.forConsole(config, "jo", AclPlan.defaultConsolePrincipal("jo"));

        assertThat(acls).extracting(a -> a.pattern().resourceType() + " " + a.pattern().name() + " " + a.entry().operation())
            .containsExactlyInAnyOrder("TOPIC alerts.jo.v1 READ", "TOPIC alerts.decisions.jo.v1 READ",
                "TOPIC alerts.decisions.jo.v1 WRITE", "TOPIC customs.declarations.v1 READ",
                "TOPIC watchlist.entries.v1 READ", "TOPIC watchlist.audit.v1 READ", "TOPIC watchlist.submissions.v1 WRITE",
                "TOPIC console.login-failures.v1 READ", "TOPIC console.login-failures.v1 WRITE");
        assertThat(acls).allMatch(a -> a.pattern().patternType() == PatternType.LITERAL
            && a.entry().principal().equals("User:console-jo"));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().alerts()));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().alertsFor("LB")));
    }

    @Test
    void shouldKeepTheConsolesLoginFailuresAwayFromTheApplication() {
        assertThat(AclPlan.forApplication(config, "User:heritage-sentinel"))
            .noneMatch(a -> a.pattern().name().equals(config.topics().loginFailures()));
    }

    @Test
    void shouldLetTheApplicationReadEveryAuthoritysDecisionsAndWriteNone() {
        List<AclBinding> acls = AclPlan.forApplication(config, "User:heritage-sentinel");

        for (String authority : config.regionAuthorities()) {
            assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().decisionsFor(authority), AclOperation.READ));
            assertThat(acls).noneMatch(a -> is(a, ResourceType.TOPIC, config.topics().decisionsFor(authority), AclOperation.WRITE));
        }
    }

    @Test
    void shouldGiveTheApplicationItsInputsOutputsAndPrefixedInternalsOnly() {
        List<AclBinding> acls = AclPlan.forApplication(config, "User:heritage-sentinel");

        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().declarations(), AclOperation.READ));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().alerts(), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().alertsFor("JO"), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TRANSACTIONAL_ID, "heritage-sentinel", AclOperation.WRITE)
            && a.pattern().patternType() == PatternType.PREFIXED);
        assertThat(acls).noneMatch(a -> is(a, ResourceType.TOPIC, config.topics().declarations(), AclOperation.WRITE));
        assertThat(acls).noneMatch(a -> a.pattern().resourceType() == ResourceType.CLUSTER);
        assertThat(acls).noneMatch(a -> a.entry().operation() == AclOperation.ALL);
    }

    @Test
    void shouldLetTheReplayOperatorReadDeadLettersAndWriteThemBackToTheApplicationsInputs() {
        List<AclBinding> acls = AclPlan.forDeadLetterReplay(config, "User:sentinel-operator");

        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().deadLetter(), AclOperation.READ));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().declarations(), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().watchlistSubmissions(), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.GROUP, "heritage-sentinel-dlq-replay.", AclOperation.READ));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TRANSACTIONAL_ID, "heritage-sentinel-dlq-replay.", AclOperation.WRITE));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().alertsFor("JO")));
        assertThat(acls).noneMatch(a -> a.pattern().resourceType() == ResourceType.CLUSTER);
    }

    @Test
    void shouldCoverEveryTopicTheTopologyReadsOrWrites() {
        // Given the application's plan and its real topology
        List<AclBinding> acls = AclPlan.forApplication(config, "User:heritage-sentinel");
        Properties streams = StreamsSettings.of(config);
        TopologyDescription topology = SentinelTopology.build(ScreeningParts.create(config, InternalAvroSerde::new,
            new SentinelMetrics(new SimpleMeterRegistry())), streams).describe();
        Set<String> sources = new TreeSet<>();
        // Kafka Streams' own dead-letter producer is not a node of the description
        Set<String> sinks = new TreeSet<>(Set.of(streams.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)));
        topology.globalStores().forEach(store -> sources.addAll(store.source().topicSet()));
        topology.subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Source source) {
                sources.addAll(source.topicSet());
            } else if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                sinks.add(sink.topic());
            }
        }));

        // Then every source is readable and every named sink writable (internal topics through the prefix)
        assertThat(sources).isNotEmpty().allSatisfy(topic -> assertThat(allows(acls, topic, AclOperation.READ))
            .as("READ " + topic).isTrue());
        assertThat(sinks).isNotEmpty().allSatisfy(topic -> assertThat(allows(acls, topic, AclOperation.WRITE))
            .as("WRITE " + topic).isTrue());
    }

    @Test
    void shouldPrintTheAclsOfAnAuthority() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SentinelCli());
        cli.setOut(new PrintWriter(out, true));

        int rc = cli.execute("acl", "print", "--authority", "JO");

        assertThat(rc).isZero();
        assertThat(out.toString()).contains("User:authority-jo").contains("alerts.jo.v1").doesNotContain("customs.declarations");
    }

    /** Internal topics appear unprefixed in a description; on the broker they are {@code <application.id>-<name>}. */
    private boolean allows(List<AclBinding> acls, String topic, AclOperation op) {
        String onBroker = topic.endsWith("-repartition") || topic.endsWith("-changelog")
            ? config.applicationId() + "-" + topic : topic;
        return acls.stream().anyMatch(a -> a.pattern().resourceType() == ResourceType.TOPIC && a.entry().operation() == op
            && (a.pattern().patternType() == PatternType.LITERAL ? a.pattern().name().equals(onBroker)
                : onBroker.startsWith(a.pattern().name())));
    }

    private static boolean is(AclBinding acl, ResourceType type, String name, AclOperation op) {
        return acl.pattern().resourceType() == type && acl.pattern().name().equals(name) && acl.entry().operation() == op;
    }
}
