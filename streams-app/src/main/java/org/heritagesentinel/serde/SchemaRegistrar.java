package org.heritagesentinel.serde;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.ExchangeRate;
import org.heritagesentinel.avro.ScreeningOutcome;
import org.heritagesentinel.avro.ScreeningRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explicit schema registration step ({@code sentinel schemas register}): registers the value
 * schema of every shared topic and sets its compatibility level, through the Confluent-compatible
 * API so the same step works with Apicurio 2.x/3.x and Confluent Schema Registry.
 */
public final class SchemaRegistrar {
    private static final Logger log = LoggerFactory.getLogger(SchemaRegistrar.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Compatibility levels per contract (schemas/README and docs/data-contracts.md say why). */
    public enum Compatibility { BACKWARD_TRANSITIVE, FULL_TRANSITIVE }

    public record Contract(String subject, Schema schema, Compatibility compatibility) {
    }

    private final String confluentCompatUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param confluentCompatUrl e.g. {@code http://host:8080/apis/ccompat/v7} */
    public SchemaRegistrar(String confluentCompatUrl) {
        this.confluentCompatUrl = confluentCompatUrl.replaceAll("/+$", "");
    }

    /** The Confluent-compatible URL of a registry, from the serde's native v2/v3 URL. */
    public static String confluentCompatUrlOf(String registryApiUrl) {
        return registryApiUrl.replaceAll("/apis/registry/v[23]/?$", "") + "/apis/ccompat/v7";
    }

    public static Map<String, Contract> contracts(Topics topics, java.util.Set<String> authorities) {
        Map<String, Contract> contracts = new LinkedHashMap<>();
        add(contracts, topics.declarations(), CustomsDeclaration.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        add(contracts, topics.seizures(), SeizureReport.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        add(contracts, topics.watchlistSubmissions(), WatchlistEntry.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        add(contracts, topics.watchlistEntries(), WatchlistEntry.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        add(contracts, topics.watchlistAudit(), WatchlistChange.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        add(contracts, topics.alerts(), Alert.getClassSchema(), Compatibility.FULL_TRANSITIVE);
        add(contracts, topics.unroutedAlerts(), Alert.getClassSchema(), Compatibility.FULL_TRANSITIVE);
        add(contracts, topics.outcomes(), ScreeningOutcome.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        for (String authority : authorities) {
            add(contracts, topics.alertsFor(authority), Alert.getClassSchema(), Compatibility.FULL_TRANSITIVE);
            add(contracts, topics.decisionsFor(authority), AlertDecision.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        }
        add(contracts, topics.screeningResults(), ScreeningRecord.getClassSchema(), Compatibility.FULL_TRANSITIVE);
        add(contracts, topics.exchangeRates(), ExchangeRate.getClassSchema(), Compatibility.BACKWARD_TRANSITIVE);
        return contracts;
    }

    private static void add(Map<String, Contract> contracts, String topic, Schema schema, Compatibility compatibility) {
        String subject = topic + "-value";
        contracts.put(subject, new Contract(subject, schema, compatibility));
    }

    /** Registers every contract; returns subject → schema id. Idempotent. */
    public Map<String, Integer> registerAll(Topics topics, java.util.Set<String> authorities) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Contract contract : contracts(topics, authorities).values()) {
            ids.put(contract.subject(), register(contract));
        }
        return ids;
    }

    public int register(Contract contract) {
        String subject = URLEncoder.encode(contract.subject(), StandardCharsets.UTF_8);
        Map<String, String> body = Map.of("schema", contract.schema().toString(), "schemaType", "AVRO");
        JsonNode registered = call("POST", "/subjects/" + subject + "/versions", body);
        int id = registered.path("id").asInt(-1);
        if (id < 0) {
            throw new RegistryException("registry answered without an id for " + contract.subject() + ": " + registered);
        }
        call("PUT", "/config/" + subject, Map.of("compatibility", contract.compatibility().name()));
        log.info("Registered {} (id {}, {})", contract.subject(), id, contract.compatibility());
        return id;
    }

    /** The schema a record's id points to, as the Confluent API serves it. */
    public Schema schemaById(int id) {
        JsonNode answer = call("GET", "/schemas/ids/" + id, null);
        return new Schema.Parser().parse(answer.path("schema").asText());
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(confluentCompatUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/vnd.schemaregistry.v1+json, application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RegistryException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RegistryException("registry unreachable at " + confluentCompatUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while calling the registry", e);
        }
    }

    /** The registry refused or could not be reached. */
    public static final class RegistryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegistryException(String message) {
            super(message);
        }

        RegistryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
