package org.heritagesentinel.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.heritagesentinel.config.SentinelConfig;

/**
 * The application lays its internal topics (the watchlist broadcast for retro-screening, the
 * context-hit repartition) out like the declarations topic, with {@code topics.partitions}
 * partitions. A declarations topic created with another count would leave some declaration
 * partitions without retro-screening, or stop the application at its first rebalance with a
 * co-partitioning error nobody can read; this check refuses to start with a sentence that says
 * what to change.
 */
public final class PartitionLayout {
    private PartitionLayout() {
    }

    /** The reason to refuse to start, if the declarations topic and the configuration disagree. */
    public static Optional<String> mismatch(String declarationsTopic, int actualPartitions, int configuredPartitions) {
        if (actualPartitions == configuredPartitions) {
            return Optional.empty();
        }
        return Optional.of("topic " + declarationsTopic + " has " + actualPartitions + " partitions but topics.partitions is "
            + configuredPartitions + ": set topics.partitions (SENTINEL_TOPICS_PARTITIONS) to " + actualPartitions
            + " so that retro-screening reaches every declaration partition");
    }

    /** Describes the declarations topic and throws when its partition count is not the configured one. */
    public static void verify(Admin admin, SentinelConfig config) {
        String topic = config.topics().declarations();
        try {
            Map<String, TopicDescription> described = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
            int actual = described.get(topic).partitions().size();
            mismatch(topic, actual, config.topicPartitions()).ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the partitions of " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic + " (create the topics first: sentinel topics create): "
                + e.getMessage(), e);
        }
    }
}
