package org.heritagesentinel.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Whether every stream thread of every instance has joined the application's consumer group and the
 * partitions of its input are all handed out: only then does a throughput phase measure the group
 * it names, not the first instance alone or a rebalance in progress.
 */
final class GroupFormation {
    private GroupFormation() {
    }

    /**
     * True once {@code appId} is stable with {@code members} members holding every partition of {@code input};
     * false after {@code timeout}. Fails as soon as {@code alive} says an application JVM has exited.
     */
    static boolean await(Admin admin, String appId, String input, int members, Duration timeout, BooleanSupplier alive)
        throws Exception {
        int partitions = admin.describeTopics(List.of(input)).allTopicNames().get(30, TimeUnit.SECONDS).get(input).partitions().size();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("an application JVM of " + appId + " exited before its group formed; see its log");
            }
            ConsumerGroupDescription group = describe(admin, appId);
            if (group != null && group.groupState() == GroupState.STABLE && group.members().size() == members
                && assigned(group, input).size() == partitions) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return false;
    }

    /** The partitions of {@code topic} its members hold (during a cooperative rebalance, revoked ones are held by none). */
    private static Set<Integer> assigned(ConsumerGroupDescription group, String topic) {
        return group.members().stream().flatMap(member -> member.assignment().topicPartitions().stream())
            .filter(partition -> partition.topic().equals(topic)).map(TopicPartition::partition).collect(Collectors.toSet());
    }

    /** The group, or null while no member has joined yet. */
    private static ConsumerGroupDescription describe(Admin admin, String appId) throws Exception {
        try {
            return admin.describeConsumerGroups(List.of(appId)).all().get(30, TimeUnit.SECONDS).get(appId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }
}
