package org.heritagesentinel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.serde.ContractSerdes;
import org.heritagesentinel.serde.SentinelSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sentinel alerts tail [--authority X]}: the live alert stream in the terminal. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Work with alerts.",
    subcommands = {AlertsCommand.Tail.class, AlertDecideCommand.class})
final class AlertsCommand {

    @Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print alerts as they arrive (read_committed). With --authority, that authority's view only.")
    static final class Tail implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Option(names = "--authority", description = "Read alerts.<authority>.v1 (what that authority may see).")
        String authority;
        @Option(names = "--from-beginning", description = "Start with the oldest retained alert instead of new ones.")
        boolean fromBeginning;
        @Option(names = "--max", defaultValue = "0", description = "Stop after this many alerts (default: run until Ctrl-C).")
        int max;

        @Override
        public Integer call() {
            SentinelConfig settings = config.loadReachable(true);
            TopicContract<String, Alert> alerts = authority == null ? TopicCatalogue.ALERTS : TopicCatalogue.AUTHORITY_ALERTS;
            String topic = authority == null ? alerts.name(settings.topics())
                : alerts.name(settings.topics(), RecordKeys.authority(authority));
            Properties props = ClientProperties.consumer(settings);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "sentinel-alerts-tail-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            AlertConsole console = new AlertConsole(out);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                running.set(false);
                try {
                    main.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "alerts-tail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Tailing " + topic + " on " + settings.bootstrapServers() + " (Ctrl-C stops)");
            int seen = 0;
            ContractSerdes serdes = new ContractSerdes(new SentinelSerdes(settings));
            try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, serdes.key(alerts).deserializer(),
                serdes.value(alerts).deserializer())) {
                consumer.subscribe(List.of(topic));
                while (running.get() && (max == 0 || seen < max)) {
                    for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(500))) {
                        // one poll returns up to max.poll.records: stop within the batch, not after it
                        if (max > 0 && seen >= max) {
                            break;
                        }
                        console.print(record.value());
                        seen++;
                    }
                }
            }
            if (max > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            return 0;
        }
    }
}
