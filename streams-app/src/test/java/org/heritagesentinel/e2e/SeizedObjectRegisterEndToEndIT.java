package org.heritagesentinel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.heritagesentinel.testdata.Seizures.seizure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.embedded.EmbeddedStack;
import org.heritagesentinel.topology.SentinelTopology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seized-object register with two application instances on a real broker: every query is
 * answered whichever instance is asked — the one holding the key answers, the other forwards —
 * and each authority sees what the sharing policy lets it see.
 */
class SeizedObjectRegisterEndToEndIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String MOROCCO = "e2e-token-ma";
    private static final String JORDAN = "e2e-token-jo";
    private static final int SEIZURES = 6;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static SentinelConfig config;
    private static SentinelApplication first;
    private static SentinelApplication second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        Map<String, String> overrides = IsolatedInstances.overrides("sentinel-register-e2e", "register-e2e");
        overrides.put("queries.tokens", "MA=" + MOROCCO + ",JO=" + JORDAN);
        overrides.put("seizures.sharing-scope", "ORIGINATOR_CONTROLLED");
        config = stack.config(overrides);
        stack.prepare(config);
        first = IsolatedInstances.instance(config, "a");
        second = IsolatedInstances.instance(config, "b");
        first.start();
        second.start();
        await().atMost(TIMEOUT).until(() -> first.isReady() && second.isReady()
            && !first.streams().metadataForLocalThreads().stream().allMatch(t -> t.activeTasks().isEmpty())
            && !second.streams().metadataForLocalThreads().stream().allMatch(t -> t.activeTasks().isEmpty()));
        Clients clients = new Clients(config);
        for (int i = 0; i < SEIZURES; i++) {
            SeizureReport report = seizure("REG-" + i).by("MA").exporter("Register Exporter " + i)
                .coins("Rabat customs vault " + i).referencedObject("tablet", "INTERPOL 2026/" + i, "Rabat museum store").build();
            clients.send(config.topics().seizures(), "MA:REG-" + i, report, SeizureReport.class);
        }
    }

    @AfterAll
    static void stop() {
        IsolatedInstances.close(first, second);
    }

    @Test
    void shouldAnswerRegisterQueriesForKeysHeldByTheOtherInstance() {
        for (int i = 0; i < SEIZURES; i++) {
            String seizureKey = "MA:REG-" + i;
            String partyKey = "NAME:REGISTEREXPORTER" + i;
            String reference = "INTERPOL2026" + i;
            String custody = "Rabat customs vault " + i;
            String exporter = "Register Exporter " + i;

            // Given the instance that does not hold the seizure, and the one that does not hold the party's history
            SentinelApplication notHoldingSeizure = notHolding(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, seizureKey);
            SentinelApplication notHoldingParty = notHolding(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE, partyKey);
            SentinelApplication notHoldingReference = notHolding(SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE, reference);

            // When they are asked, Then they answer with the other instance's data
            HttpResponse<String> object = awaitAnswer(notHoldingSeizure, "/register/objects/" + seizureKey + ":O0", MOROCCO);
            assertThat(object.body()).contains(custody).contains("MA-PORT-1");
            assertThat(object.headers().firstValue("X-Sentinel-Served-By")).hasValue(authorityOf(other(notHoldingSeizure)));
            HttpResponse<String> history = awaitAnswer(notHoldingParty, "/register/parties/" + partyKey, MOROCCO);
            assertThat(history.body()).contains(seizureKey).contains(exporter);
            assertThat(history.headers().firstValue("X-Sentinel-Served-By")).hasValue(authorityOf(other(notHoldingParty)));
            HttpResponse<String> referenced = awaitAnswer(notHoldingReference, "/register/references/interpol-2026-" + i, JORDAN);
            assertThat(referenced.body()).contains(seizureKey + ":O1").contains("Rabat museum store");
            assertThat(referenced.headers().firstValue("X-Sentinel-Served-By")).hasValue(authorityOf(other(notHoldingReference)));
        }
    }

    @Test
    void shouldShowAnotherAuthorityLessAndAnAnonymousCallerNothing() {
        // Given
        String seizureKey = "MA:REG-0";
        SentinelApplication notHolding = notHolding(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, seizureKey);
        awaitAnswer(notHolding, "/register/seizures/" + seizureKey, MOROCCO);

        // When
        HttpResponse<String> asMorocco = get(notHolding, "/register/seizures/" + seizureKey, MOROCCO);
        HttpResponse<String> asJordan = get(notHolding, "/register/seizures/" + seizureKey, JORDAN);
        HttpResponse<String> anonymous = get(notHolding, "/register/seizures/" + seizureKey, null);

        // Then the originator-controlled record's parties reach only Morocco
        assertThat(asMorocco.body()).contains("Register Exporter 0").contains("Rabat customs vault 0");
        assertThat(asJordan.statusCode()).isEqualTo(200);
        assertThat(asJordan.body()).doesNotContain("Register Exporter 0").contains("Rabat customs vault 0").contains("withheld");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get(notHolding, "/health/live", null).statusCode()).isEqualTo(200);
    }

    /** The instance whose active task does not hold {@code key} of {@code store}. */
    private static SentinelApplication notHolding(String store, String key) {
        KeyQueryMetadata[] owner = new KeyQueryMetadata[1];
        await().atMost(TIMEOUT).until(() -> {
            owner[0] = first.streams().queryMetadataForKey(store, key, Serdes.String().serializer());
            return owner[0] != null && !KeyQueryMetadata.NOT_AVAILABLE.equals(owner[0]);
        });
        return owner[0].activeHost().port() == first.httpUri().getPort() ? second : first;
    }

    private static SentinelApplication other(SentinelApplication app) {
        return app == first ? second : first;
    }

    private static String authorityOf(SentinelApplication app) {
        return app.httpUri().getHost() + ":" + app.httpUri().getPort();
    }

    /** Waits until the register has caught up with the seizures (404 and 503 meanwhile), then returns the 200. */
    private static HttpResponse<String> awaitAnswer(SentinelApplication app, String path, String token) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(get(app, path, token));
            return last.get().statusCode() == 200;
        });
        return last.get();
    }

    private static HttpResponse<String> get(SentinelApplication app, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.httpUri() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
