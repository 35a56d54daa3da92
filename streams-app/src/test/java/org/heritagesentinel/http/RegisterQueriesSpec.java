package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heritagesentinel.testdata.Seizures.seizure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.config.QueryTokens;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.metrics.SentinelMetrics;
import org.heritagesentinel.register.RegisterEntries;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.topology.SentinelTopology;
import org.heritagesentinel.testkit.ReadyProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The register queries on real HTTP servers with stores faked: authentication, sharing, limits, forwarding. No Kafka. */
class RegisterQueriesSpec {
    private static final String MOROCCO = "token-of-morocco";
    private static final String JORDAN = "token-of-jordan";
    private static final Map<String, String> TOKENS = Map.of("MA", QueryTokens.digest(MOROCCO), "JO", QueryTokens.digest(JORDAN));

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<OpsHttpServer> servers = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(OpsHttpServer::close);
    }

    @Test
    void shouldAskForATokenAndKeepHealthAndMetricsOpen() throws Exception {
        // Given
        OpsHttpServer server = serve(queries(5, 20), new FakeStores());

        // When / Then
        HttpResponse<String> anonymous = get(server, "/register/seizures/MA:S-1", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"heritage-sentinel\"");
        assertThat(get(server, "/register/seizures/MA:S-1", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(get(server, "/metrics", null).statusCode()).isEqualTo(200);
        assertThat(get(server, "/health/live", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeNoQueryWithoutConfiguredTokensEvenWithAValidLookingToken() throws Exception {
        // Given queries enabled but no tokens configured
        OpsHttpServer server = serve(new SentinelConfig.Queries(true, Map.of(), "", 1024, 5, 20, Duration.ofSeconds(5)),
            new FakeStores().with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.REGIONAL)));

        // Then the route does not exist
        assertThat(get(server, "/register/seizures/MA:S-1", MOROCCO).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldShowTheSeizingAuthorityItsWholeRecordAndOthersNoPersonalDataOfAnOriginatorControlledOne() throws Exception {
        // Given an originator-controlled seizure of Morocco
        OpsHttpServer server = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.ORIGINATOR_CONTROLLED)));

        // When
        JsonNode own = json(get(server, "/register/seizures/MA:S-1", MOROCCO));
        HttpResponse<String> otherResponse = get(server, "/register/seizures/MA:S-1", JORDAN);
        JsonNode other = json(otherResponse);

        // Then
        assertThat(own.path("parties").get(0).path("party").path("name").asText()).isEqualTo("Hassan Trading");
        assertThat(own.path("objects").get(0).path("custodyLocation").asText()).isEqualTo("Casablanca customs vault 3");
        assertThat(otherResponse.statusCode()).isEqualTo(200);
        assertThat(otherResponse.body()).doesNotContain("Hassan");
        assertThat(other.has("parties")).isFalse();
        assertThat(other.path("personalData").asText()).contains("withheld").contains("MA");
        assertThat(other.path("objects").get(0).path("object").path("objectType").asText()).isEqualTo("coin");
    }

    @Test
    void shouldServeOneSeizedObjectWithItsOfficeDateAndCustody() throws Exception {
        // Given
        OpsHttpServer server = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.REGIONAL)));

        // When
        JsonNode object = json(get(server, "/register/objects/MA:S-1:O0", JORDAN));

        // Then
        assertThat(object.path("objectId").asText()).isEqualTo("MA:S-1:O0");
        assertThat(object.path("seizingOffice").asText()).isEqualTo("MA-PORT-1");
        assertThat(object.path("seizedAt").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(object.path("custodyLocation").asText()).isEqualTo("Casablanca customs vault 3");
        assertThat(object.path("quantity").asInt()).isEqualTo(240);
        assertThat(get(server, "/register/objects/MA:S-1:O9", JORDAN).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldHideANationalRecordFromOtherAuthoritiesAsIfAbsent() throws Exception {
        // Given
        OpsHttpServer server = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.NATIONAL)));

        // Then
        assertThat(get(server, "/register/seizures/MA:S-1", MOROCCO).statusCode()).isEqualTo(200);
        assertThat(get(server, "/register/seizures/MA:S-1", JORDAN).statusCode()).isEqualTo(404);
        assertThat(get(server, "/register/objects/MA:S-1:O0", JORDAN).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerAPartyHistoryByKeyOrIdentifierWithheldWhereOriginatorControlled() throws Exception {
        // Given one regional seizure of Jordan and one originator-controlled seizure of Morocco of the same party
        SeizureRegisterRecord moroccan = record(SharingScope.ORIGINATOR_CONTROLLED);
        SeizureRegisterRecord jordanian = RegisterEntries.record("JO:S-9", seizure("S-9").by("JO")
            .exporter("Hassan Trading").build(), SharingScope.REGIONAL);
        PartySeizureHistory history = PartySeizureHistory.newBuilder().setSeizures(List.of(
            RegisterEntries.mentions(moroccan).get("NAME:HASSANTRADING"),
            RegisterEntries.mentions(jordanian).get("NAME:HASSANTRADING"))).build();
        OpsHttpServer server = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.PARTY_SEIZURE_HISTORY_STORE, "NAME:HASSANTRADING", history));

        // When
        JsonNode byMorocco = json(get(server, "/register/parties/NAME:HASSANTRADING", MOROCCO));
        JsonNode byJordan = json(get(server, "/register/parties?name=Hassan%20Trading", JORDAN));

        // Then
        assertThat(byMorocco.path("seizures")).hasSize(2);
        assertThat(byJordan.path("seizures")).hasSize(1);
        assertThat(byJordan.path("seizures").get(0).path("seizureKey").asText()).isEqualTo("JO:S-9");
        assertThat(byJordan.path("withheld").path("MA").asInt()).isEqualTo(1);
    }

    @Test
    void shouldFindSeizedObjectsByReferenceNumberInAnyWriting() throws Exception {
        // Given an object with an INTERPOL reference in a regional and in a national seizure of Morocco
        SeizureRegisterRecord regional = RegisterEntries.record("MA:S-5", seizure("S-5").by("MA")
            .referencedObject("tablet", "INTERPOL 2023/4567", "Rabat vault").build(), SharingScope.REGIONAL);
        SeizureRegisterRecord national = RegisterEntries.record("MA:S-6", seizure("S-6").by("MA")
            .referencedObject("tablet", "INTERPOL 2023/4567", "Tangier vault").build(), SharingScope.NATIONAL);
        ReferencedObjects objects = ReferencedObjects.newBuilder().setObjects(List.of(
            RegisterEntries.indexChanges(regional).get("INTERPOL20234567").getObject(),
            RegisterEntries.indexChanges(national).get("INTERPOL20234567").getObject())).build();
        OpsHttpServer server = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE, "INTERPOL20234567", objects));

        // When
        JsonNode byJordan = json(get(server, "/register/references/interpol-2023-4567", JORDAN));
        JsonNode byMorocco = json(get(server, "/register/references/INTERPOL%202023%2F4567", MOROCCO));

        // Then
        assertThat(byJordan.path("objects")).hasSize(1);
        assertThat(byJordan.path("objects").get(0).path("object").path("custodyLocation").asText()).isEqualTo("Rabat vault");
        assertThat(byMorocco.path("objects")).hasSize(2);
    }

    @Test
    void shouldForwardAKeyHeldByAnotherInstanceOnceWithTheCallersToken() throws Exception {
        // Given the owner, and an instance that knows the owner holds the key
        OpsHttpServer owner = serve(queries(5, 20), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.ORIGINATOR_CONTROLLED)));
        OpsHttpServer front = serve(queries(5, 20), new FakeStores().elsewhere("127.0.0.1", owner.port()));

        // When
        HttpResponse<String> asMorocco = get(front, "/register/seizures/MA:S-1", MOROCCO);
        HttpResponse<String> asJordan = get(front, "/register/seizures/MA:S-1", JORDAN);

        // Then the owner answered, filtered for each caller
        assertThat(asMorocco.statusCode()).isEqualTo(200);
        assertThat(asMorocco.headers().firstValue(RegisterQueryHandler.SERVED_BY_HEADER)).hasValue("127.0.0.1:" + owner.port());
        assertThat(asMorocco.body()).contains("Hassan Trading");
        assertThat(asJordan.statusCode()).isEqualTo(200);
        assertThat(asJordan.body()).doesNotContain("Hassan");
    }

    @Test
    void shouldNotForwardAForwardedQueryAgain() throws Exception {
        // Given an instance that believes another holds the key
        OpsHttpServer front = serve(queries(5, 20), new FakeStores().elsewhere("127.0.0.1", 9));

        // When the query was already forwarded once
        HttpResponse<String> response = http.send(request(front, "/register/seizures/MA:S-1", MOROCCO)
            .header(PeerForwarder.FORWARDED_HEADER, "1").build(), HttpResponse.BodyHandlers.ofString());

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void shouldAnswerUnavailableWithRetryAfterWhenTheOwnerHasNoAddress() throws Exception {
        // Given an instance told by Kafka Streams, mid-rebalance, that the key is held at "unavailable:-1"
        OpsHttpServer front = serve(queries(5, 20), new FakeStores().elsewhere("unavailable", -1));

        // When
        HttpResponse<String> response = get(front, "/register/seizures/MA:S-1", MOROCCO);

        // Then the caller is told to come back, not that the server failed
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(response.body()).doesNotContain("unsupported URI");
    }

    @Test
    void shouldAnswerUnavailableWithRetryAfterWhenTheOwnerRefusesConnections() throws Exception {
        // Given an owner that has stopped: its port no longer accepts connections
        OpsHttpServer stopped = serve(queries(5, 20), new FakeStores());
        int stoppedPort = stopped.port();
        stopped.close();
        OpsHttpServer front = serve(queries(5, 20), new FakeStores().elsewhere("127.0.0.1", stoppedPort));

        // When
        HttpResponse<String> response = get(front, "/register/seizures/MA:S-1", MOROCCO);

        // Then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void shouldBoundTheRequestUriAndRefuseBodies() throws Exception {
        // Given
        OpsHttpServer server = serve(queries(5, 20), new FakeStores());

        // Then
        assertThat(get(server, "/register/seizures/" + "X".repeat(2000), MOROCCO).statusCode()).isEqualTo(414);
        HttpResponse<String> withBody = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/register/seizures/MA:S-1"))
            .header("Authorization", "Bearer " + MOROCCO).method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withBody.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldAnswerTooManyRequestsBeyondTheBurstPerClient() throws Exception {
        // Given a burst of 3 and a slow refill
        OpsHttpServer server = serve(queries(0.01, 3), new FakeStores()
            .with(SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, "MA:S-1", record(SharingScope.REGIONAL)));

        // When
        List<Integer> morocco = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            morocco.add(get(server, "/register/seizures/MA:S-1", MOROCCO).statusCode());
        }
        HttpResponse<String> jordan = get(server, "/register/seizures/MA:S-1", JORDAN);

        // Then Morocco is limited, Jordan is not
        assertThat(morocco).containsExactly(200, 200, 200, 429);
        assertThat(jordan.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerUnavailableWhileNoInstanceHoldsTheKey() throws Exception {
        // Given
        OpsHttpServer server = serve(queries(5, 20), new FakeStores().unavailable());

        // Then
        assertThat(get(server, "/register/parties/ID:JO7000001", JORDAN).statusCode()).isEqualTo(503);
    }

    @Test
    void shouldServeTheHitRatePerRuleOpenly() throws Exception {
        // Given two alerted EMBARGO_ORIGIN hits, one confirmed by a seizure, and one miss
        SentinelMetrics metrics = new SentinelMetrics(registry);
        metrics.hit(RuleType.EMBARGO_ORIGIN);
        metrics.hit(RuleType.EMBARGO_ORIGIN);
        metrics.outcome(RuleType.EMBARGO_ORIGIN, true, LinkKind.CONTAINER);
        metrics.outcome(RuleType.UNKNOWN, false, LinkKind.PARTY);
        OpsHttpServer server = serve(queries(5, 20), new FakeStores());

        // When
        JsonNode rates = json(get(server, "/outcomes/hit-rate", null));

        // Then
        assertThat(rates.path("rules").path("EMBARGO_ORIGIN").path("hitRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.path("missesByLink").path("PARTY").asDouble()).isEqualTo(1.0);
        // counts are whole numbers: "alerted": 2, not 2.0
        assertThat(rates.path("rules").path("EMBARGO_ORIGIN").path("alerted").isIntegralNumber()).isTrue();
        assertThat(rates.path("rules").path("EMBARGO_ORIGIN").path("confirmed").isIntegralNumber()).isTrue();
        assertThat(rates.path("missesByLink").path("PARTY").isIntegralNumber()).isTrue();
    }

    private static SentinelConfig.Queries queries(double rate, int burst) {
        return new SentinelConfig.Queries(true, TOKENS, "", 1024, rate, burst, Duration.ofSeconds(5));
    }

    private static SeizureRegisterRecord record(SharingScope scope) {
        return RegisterEntries.record("MA:S-1", seizure("S-1").by("MA").exporter("Hassan Trading")
            .coins("Casablanca customs vault 3").build(), scope);
    }

    private OpsHttpServer serve(SentinelConfig.Queries settings, StateLookup lookup) throws IOException {
        OpsHttpServer server = OpsHttpServer.bind("127.0.0.1", 0, registry, new ReadyProbe());
        SharingPolicy policy = new SharingPolicy(Set.of("SCREENING"), id -> null);
        QueryRoutes.install(server, settings, lookup, policy, "127.0.0.1:" + server.port(), OnDemandScreeningSpec.screening(
            OnDemandScreeningSpec.index(), policy));
        server.start();
        servers.add(server);
        return server;
    }

    private HttpRequest.Builder request(OpsHttpServer server, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(OpsHttpServer server, String path, String token) throws IOException, InterruptedException {
        return http.send(request(server, path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    /** Stores held here (by store and key), or every key elsewhere, or nothing available. */
    private static final class FakeStores implements StateLookup {
        private final Map<String, Object> values = new HashMap<>();
        private final AtomicReference<Result<?>> override = new AtomicReference<>();

        FakeStores with(String store, String key, Object value) {
            values.put(store + "|" + key, value);
            return this;
        }

        FakeStores elsewhere(String host, int port) {
            override.set(new Elsewhere<>(host, port));
            return this;
        }

        FakeStores unavailable() {
            override.set(new Unavailable<>("rebalancing"));
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> Result<V> find(String store, String key) {
            if (override.get() != null) {
                return (Result<V>) override.get();
            }
            V value = (V) values.get(store + "|" + key);
            return value == null ? new Absent<>() : new Found<>(value);
        }
    }
}
