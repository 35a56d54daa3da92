package org.heritagesentinel.console.view;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Polls a consumer whose partitions are assigned (no group) on a daemon thread of its own until closed, handing
 * each poll's records to {@code onPoll}; once started, only that thread touches the consumer, and it closes it.
 */
final class TopicFollower {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<ConsumerRecords<String, byte[]>> onPoll;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    TopicFollower(String name, KafkaConsumer<String, byte[]> consumer, Consumer<ConsumerRecords<String, byte[]>> onPoll) {
        this.consumer = consumer;
        this.onPoll = onPoll;
        this.thread = new Thread(this::follow, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void follow() {
        try {
            while (running.get()) {
                onPoll.accept(consumer.poll(Duration.ofMillis(200)));
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
