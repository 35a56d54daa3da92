package org.heritagesentinel.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;

/** Reads each local stream thread's poll count (Kafka Streams' own thread metric) and its active tasks. */
final class StreamThreadProgress {
    private static final String GROUP = "stream-thread-metrics";
    private static final String POLLS = "poll-total";

    private StreamThreadProgress() {
    }

    static Map<String, ProgressWatchdog.ThreadProgress> of(KafkaStreams streams) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Map.of();
        }
        Map<String, Long> polls = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName name = e.getKey();
            String thread = name.tags().get("thread-id");
            if (GROUP.equals(name.group()) && POLLS.equals(name.name()) && thread != null
                && e.getValue().metricValue() instanceof Number n) {
                polls.put(thread, n.longValue());
            }
        }
        Map<String, ProgressWatchdog.ThreadProgress> threads = new HashMap<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            Long count = polls.get(thread.threadName());
            if (count != null) {
                Set<String> tasks = thread.activeTasks().stream().map(TaskMetadata::taskId).map(Object::toString)
                    .collect(Collectors.toSet());
                threads.put(thread.threadName(), new ProgressWatchdog.ThreadProgress(count, tasks));
            }
        }
        return threads;
    }
}
