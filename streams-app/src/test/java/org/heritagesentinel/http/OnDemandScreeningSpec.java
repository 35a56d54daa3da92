package org.heritagesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.Provenance;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.QueryTokens;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.ondemand.OnDemandScreening;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.screening.DeclarationChecks;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.MultilingualPartyMatcher;
import org.heritagesentinel.screening.PartyWatchlistRule;
import org.heritagesentinel.screening.party.NameMatchingConfig;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import org.heritagesentinel.serde.AvroEntryCodec;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.WatchlistIndex;
import org.heritagesentinel.testkit.ReadyProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /screen} on a real HTTP server with the party rule of the stream: authentication, sharing, bounds. No Kafka. */
class OnDemandScreeningSpec {
    private static final String MOROCCO = "token-of-morocco";
    private static final String JORDAN = "token-of-jordan";
    private static final SentinelConfig.Queries QUERIES = new SentinelConfig.Queries(true,
        Map.of("MA", QueryTokens.digest(MOROCCO), "JO", QueryTokens.digest(JORDAN)), "", 1024, 50, 50, Duration.ofSeconds(5));

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private OpsHttpServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldAnswerTheHitsWithTheirSourceAndRefuseAnAnonymousCaller() throws Exception {
        serve();
        String party = "{\"party\": {\"name\": \"Samir Youssef Haddad\", \"role\": \"CONSIGNEE\"}}";

        HttpResponse<String> anonymous = post(party, null);
        HttpResponse<String> answered = post(party, JORDAN);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(answered.statusCode()).isEqualTo(200);
        JsonNode answer = mapper.readTree(answered.body());
        assertThat(answer.get("alert").asBoolean()).isTrue();
        assertThat(answer.get("lane").asText()).isEqualTo("RED");
        JsonNode hit = answer.get("hits").get(0);
        assertThat(hit.get("entryId").asText()).isEqualTo("opensanctions:NK-1");
        assertThat(hit.get("provenance").get("edition").asText()).isEqualTo("2026-12-01");
        assertThat(hit.get("explanation").asText()).contains("source opensanctions NK-1, edition 2026-12-01");
        assertThat(hit.get("evidence").get(0).get("field").asText()).isEqualTo("parties[0].name");
    }

    @Test
    void shouldNotRevealAnotherAuthoritysNationalEntry() throws Exception {
        serve();
        String party = "{\"party\": {\"name\": \"Hassan Trading SARL\"}}";

        JsonNode toJordan = mapper.readTree(post(party, JORDAN).body());
        JsonNode toMorocco = mapper.readTree(post(party, MOROCCO).body());

        assertThat(toJordan.get("hits")).isEmpty();
        assertThat(toJordan.get("score").asInt()).as("the score gives no hidden hit away").isZero();
        assertThat(toMorocco.get("hits")).extracting(h -> h.get("entryId").asText()).containsExactly("MA-NAT-1");
    }

    @Test
    void shouldRefuseWhatIsNotAScreeningRequest() throws Exception {
        serve();

        assertThat(post("{\"party\": {\"country\": \"JO\"}}", JORDAN).body()).contains("\\\"name\\\" is required");
        assertThat(post("not json", JORDAN).statusCode()).isEqualTo(400);
        assertThat(post("{\"party\": {\"name\": \"" + "x".repeat(300_000) + "\"}}", JORDAN).statusCode()).isEqualTo(413);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/screen"))
            .header("Authorization", "Bearer " + JORDAN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    private void serve() throws Exception {
        server = OpsHttpServer.bind("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new ReadyProbe());
        WatchlistIndex index = index();
        SharingPolicy policy = new SharingPolicy(Set.of("SCREENING"), index::get);
        QueryRoutes.install(server, QUERIES, new NoStores(), policy, "127.0.0.1:" + server.port(), screening(index, policy));
        server.start();
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/screen"))
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A list with a public sanctions entry and a NATIONAL entry of Morocco. */
    static WatchlistIndex index() {
        WatchlistIndex index = new WatchlistIndex(new BlockingKeys(new PartyNameMatcher(NameMatchingConfig.defaults()).blockingKeys()), new AvroEntryCodec());
        index.upsert(party("opensanctions:NK-1", "Samir Youssef Haddad", "JO", SharingScope.REGIONAL).setRiskWeight(80)
            .setProvenance(Provenance.newBuilder().setSource("opensanctions").setSourceId("NK-1")
                .setEdition(LocalDate.of(2026, 12, 1)).build()).build());
        index.upsert(party("MA-NAT-1", "Hassan Trading SARL", "MA", SharingScope.NATIONAL).build());
        return index;
    }

    /** The stream's party rule, matcher and scorer over {@code index}. */
    static OnDemandScreening screening(WatchlistIndex index, SharingPolicy policy) {
        DeclarationScreener screener = new DeclarationScreener(List.of(new PartyWatchlistRule(index,
            new MultilingualPartyMatcher(new PartyNameMatcher(NameMatchingConfig.defaults()), 0.80),
            new SentinelConfig.PartyCandidates(300, 40), ConfigLoader.defaultsOnly().limits().nameComparisons())),
            new DeclarationChecks(new EventTimePolicy(Duration.ofMinutes(15), Duration.ofDays(400))));
        return new OnDemandScreening(screener, new AlertScorer(new SentinelConfig.Scoring(30, 70, 30, 60, 85)), policy);
    }

    private static WatchlistEntry.Builder party(String id, String name, String authority, SharingScope scope) {
        return WatchlistEntry.newBuilder().setEntryId(id).setKind(EntryKind.PARTY).setListingAuthority(authority)
            .setSharingScope(scope).setParty(ListedParty.newBuilder().setNames(List.of(name)).setKind(PartyKind.UNKNOWN).build());
    }

    private static final class NoStores implements StateLookup {
        @Override
        public <V> Result<V> find(String store, String key) {
            return new Absent<>();
        }
    }
}
