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
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.TopicContract;
import org.heritagesentinel.config.TopicContract.Compatibility;
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

    /** The value contract of every registered topic of the catalogue, per-authority topics for each authority. */
    public static Map<String, Contract> contracts(Topics topics, Set<String> authorities) {
        Map<String, Contract> contracts = new LinkedHashMap<>();
        for (TopicContract<?, ?> topic : TopicCatalogue.ALL) {
            if (topic.registered()) {
                Schema schema = SpecificData.get().getSchema(topic.valueType());
                for (String name : TopicCatalogue.names(topic, topics, authorities)) {
                    String subject = name + "-value";
                    contracts.put(subject, new Contract(subject, schema, topic.compatibility()));
                }
            }
        }
        return contracts;
    }

    /** Registers every contract; returns subject → schema id. Idempotent. */
    public Map<String, Integer> registerAll(Topics topics, Set<String> authorities) {
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
