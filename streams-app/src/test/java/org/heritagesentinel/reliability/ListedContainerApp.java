package org.heritagesentinel.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.e2e.Clients;
import org.heritagesentinel.e2e.SharedStack;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.serde.SentinelSerdes;
import org.heritagesentinel.testdata.WatchlistEntries;

/**
 * The stack the data-path end-to-end classes share: the application on the shared broker and registry, on topics
 * of its own ({@link IsolatedConfig}), running and ready, its watchlist holding one listed container — a
 * declaration on that container is screened to exactly one alert, which makes "screened" observable.
 */
final class ListedContainerApp implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final String LISTED_CONTAINER = "TGHU8843217";

    final EmbeddedStack stack;
    final IsolatedConfig isolated;
    final Clients clients;
    final SentinelApplication app;

    private ListedContainerApp(EmbeddedStack stack, IsolatedConfig isolated, Clients clients, SentinelApplication app) {
        this.stack = stack;
        this.isolated = isolated;
        this.clients = clients;
        this.app = app;
    }

    /** Starts the application on topics suffixed {@code tag} and waits until it is ready with the container listed. */
    static ListedContainerApp start(String tag) throws IOException {
        EmbeddedStack stack = SharedStack.get();
        IsolatedConfig isolated = IsolatedConfig.of(stack.kafka().bootstrapServers(), stack.registry().apiUrl(), tag, Map.of());
        stack.prepare(isolated.config());
        Clients clients = new Clients(isolated.config());
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("sentinel-" + tag + "-").toString());
        SentinelApplication app = new SentinelApplication(isolated.config(), new SentinelSerdes(isolated.config()), overrides);
        listContainer(clients, isolated);
        app.start();
        await().atMost(TIMEOUT).until(() -> app.isReady() && app.watchlist().size() == 1);
        return new ListedContainerApp(stack, isolated, clients, app);
    }

    /** Submits the listed container's entry to the watchlist of {@code config}. */
    static void listContainer(Clients clients, IsolatedConfig config) {
        clients.send(config.config().topics().watchlistSubmissions(), "CNV-LISTED", WatchlistEntries.base("CNV-LISTED",
            EntryKind.CONVEYANCE).setConveyance(ListedConveyance.newBuilder().setContainers(List.of(LISTED_CONTAINER)).build())
            .setRiskWeight(60).build(), WatchlistEntry.class);
    }

    /** The declaration on the listed container, so that "screened" is visible as one alert. */
    static CustomsDeclaration onListedContainer(CustomsDeclaration d) {
        return CustomsDeclaration.newBuilder(d).setTransport(Transport.newBuilder(d.getTransport())
            .setContainers(List.of(LISTED_CONTAINER)).build()).build();
    }

    static Set<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8))
            .collect(Collectors.toSet());
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.close();
    }
}
