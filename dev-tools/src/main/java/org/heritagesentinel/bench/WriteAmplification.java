package org.heritagesentinel.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What an application writes per input declaration, topic by topic: end offsets and log sizes of every
 * topic of the cluster read before and after a phase in which only that application writes (the
 * bench runs one application at a time), divided by the declarations it committed in that phase.
 * <p>
 * Offsets, not records: under exactly-once every committed transaction also appends a commit marker to
 * each partition it wrote, and a marker takes an offset. Counting data records alone would mean
 * consuming every changelog; the offsets are free and the table says they include the markers. Bytes
 * are the broker's log sizes: compressed batches with their headers, markers included, as on disk.
 */
final class WriteAmplification {
    /** Offsets and bytes of one topic at one moment, summed over its partitions. */
    record TopicSize(long offsets, long bytes) {
    }

    /** One line of the table: what a topic grew by, per declaration. */
    record Row(String topic, double offsetsPerDeclaration, double bytesPerDeclaration) {
    }

    private WriteAmplification() {
    }

    /** Every topic of the cluster, broker-internal ones included (transaction state, committed offsets). */
    static Map<String, TopicSize> snapshot(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
            topic.partitions().forEach(p -> request.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<String, Long> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(request).all()
            .get(30, TimeUnit.SECONDS).entrySet()) {
            offsets.merge(e.getKey().topic(), e.getValue().offset(), Long::sum);
        }
        List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id).toList();
        Map<String, Long> bytes = new HashMap<>();
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()) {
            for (LogDirDescription dir : dirs.values()) {
                for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                    bytes.merge(replica.getKey().topic(), replica.getValue().size(), Long::sum);
                }
            }
        }
        Map<String, TopicSize> sizes = new HashMap<>();
        offsets.forEach((topic, end) -> sizes.put(topic, new TopicSize(end, bytes.getOrDefault(topic, 0L))));
        return sizes;
    }

    /**
     * The topics whose end offsets advanced between the two snapshots, largest writer first; a topic
     * created during the phase counts from zero. The input topic is left out: the bench wrote it.
     */
    static List<Row> between(Map<String, TopicSize> before, Map<String, TopicSize> after, String input, long declarations) {
        if (declarations <= 0) {
            throw new IllegalArgumentException("no declarations screened in the phase: nothing to divide by");
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, TopicSize> e : after.entrySet()) {
            TopicSize start = before.getOrDefault(e.getKey(), new TopicSize(0, 0));
            long offsets = e.getValue().offsets() - start.offsets();
            if (offsets > 0 && !e.getKey().equals(input)) {
                rows.add(new Row(e.getKey(), (double) offsets / declarations,
                    (double) (e.getValue().bytes() - start.bytes()) / declarations));
            }
        }
        rows.sort(Comparator.comparingDouble(Row::offsetsPerDeclaration).reversed().thenComparing(Row::topic));
        return rows;
    }

    static void print(PrintStream out, String app, long declarations, List<Row> rows) {
        out.printf(Locale.ROOT, "[%s] written per declaration (%,d declarations; offsets include transaction markers):%n", app,
            declarations);
        out.printf(Locale.ROOT, "  %-72s %12s %12s%n", "topic", "offsets/decl", "bytes/decl");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "  %-72s %12.2f %,12.0f%n", row.topic(), row.offsetsPerDeclaration(), row.bytesPerDeclaration());
        }
        out.printf(Locale.ROOT, "  %-72s %12.2f %,12.0f%n", "total", totalOffsets(rows),
            rows.stream().mapToDouble(Row::bytesPerDeclaration).sum());
    }

    /** Offsets written per declaration over every topic: what issue 19's "records written per declaration" is checked on. */
    static double totalOffsets(List<Row> rows) {
        return rows.stream().mapToDouble(Row::offsetsPerDeclaration).sum();
    }
}
