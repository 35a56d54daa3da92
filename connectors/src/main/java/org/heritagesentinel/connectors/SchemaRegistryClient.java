package org.heritagesentinel.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * Read-only client of the Confluent-compatible API ({@code /apis/ccompat/v7} of Apicurio
 * Registry 2.x and 3.x). The ids it returns are the ones the Apicurio serde writes and reads
 * by default (content ids), so records framed with them are read by the streams app.
 */
final class SchemaRegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    SchemaRegistryClient(String baseUrl, String basicAuthUserInfo) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = basicAuthUserInfo == null || basicAuthUserInfo.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString(basicAuthUserInfo.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id under which {@code writer} is registered in {@code subject}: the newest version whose
     * schema has the same parsing form. Never registers anything: the schema is registered by an
     * explicit deployment step, so a plugin built against another schema fails loudly here.
     */
    int idOf(String subject, Schema writer) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(writer);
        String path = "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions";
        JsonNode versions = get(path);
        if (versions == null || !versions.isArray() || versions.isEmpty()) {
            throw new DataException("subject " + subject + " has no schema in the registry at " + baseUrl
                    + ": register the application's schemas first");
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            JsonNode version = get(path + "/" + versions.get(i).asText());
            Schema registered = new Schema.Parser().parse(version.get("schema").asText());
            if (SchemaNormalization.parsingFingerprint64(registered) == fingerprint) {
                return version.get("id").asInt();
            }
        }
        throw new DataException("no version of subject " + subject + " matches the CustomsDeclaration schema this "
                + "plugin was built with: register it, or deploy the plugin built from the registered schema");
    }

    /** The schema registered under an id. */
    Schema schemaById(int id) {
        JsonNode schema = get("/schemas/ids/" + id);
        if (schema == null) {
            throw new DataException("schema id " + id + " unknown to the registry at " + baseUrl);
        }
        return new Schema.Parser().parse(schema.get("schema").asText());
    }

    private JsonNode get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/vnd.schemaregistry.v1+json, application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() >= 500) {
                throw new RetriableException("registry answered " + response.statusCode() + " for " + path);
            }
            if (response.statusCode() != 200) {
                throw new DataException("registry answered " + response.statusCode() + " for " + path + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RetriableException("registry unreachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while calling the registry", e);
        }
    }
}
