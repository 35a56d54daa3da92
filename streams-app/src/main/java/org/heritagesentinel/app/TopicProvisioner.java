package org.heritagesentinel.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.TopicContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the shared topics with the settings their contracts need (compaction for the watchlist,
 * long retention for evidence). Existing topics are left as they are: partition counts of a
 * stateful application's inputs must never change under it.
 */
public final class TopicProvisioner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private TopicProvisioner() {
    }

    /**
     * Every topic of the catalogue. The decision topics have the configured partitions too: keyed like the alerts and
     * partitioned like the declarations, the decision task is the alert's task.
     */
    public static List<NewTopic> plan(SentinelConfig config, int brokers) {
        short rf = (short) Math.max(1, Math.min(config.replicationFactor(), brokers));
        String minIsr = String.valueOf(Math.max(1, rf - 1));
        List<NewTopic> topics = new ArrayList<>();
        for (TopicContract<?, ?> contract : TopicCatalogue.ALL) {
            int partitions = contract.partitions() == TopicContract.Partitions.ONE ? 1 : config.topicPartitions();
            for (String name : TopicCatalogue.names(contract, config.topics(), config.regionAuthorities())) {
                topics.add(topic(name, partitions, rf, minIsr, cleanup(contract)));
            }
        }
        return topics;
    }

    private static Map<String, String> cleanup(TopicContract<?, ?> contract) {
        if (contract.cleanup() == TopicContract.Cleanup.COMPACT) {
            return compacted();
        }
        return contract.retention().equals(TopicContract.FOREVER) ? keepForever() : deleteAfter(contract.retention());
    }

    /** Creates what is missing; returns the names created. */
    public static Set<String> ensure(Admin admin, SentinelConfig config) {
        try {
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = plan(config, brokers).stream().filter(t -> !existing.contains(t.name())).toList();
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    log.info("Created topic {} ({} partitions, rf {})", topic.name(), topic.numPartitions(),
                        topic.replicationFactor());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).collect(java.util.stream.Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + e.getMessage(), e);
        }
    }

    private static NewTopic topic(String name, int partitions, short rf, String minIsr, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minIsr);
        all.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(RecordSizes.TOPIC_MAX_MESSAGE_BYTES));
        return new NewTopic(name, partitions, rf).configs(all);
    }

    private static Map<String, String> deleteAfter(Duration retention) {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis()));
    }

    private static Map<String, String> keepForever() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
            TopicConfig.RETENTION_MS_CONFIG, "-1");
    }

    /** Tombstones stay 7 days so instances offline for a week still see delistings. */
    private static Map<String, String> compacted() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(7 * DAY_MS),
            TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, String.valueOf(DAY_MS));
    }
}
