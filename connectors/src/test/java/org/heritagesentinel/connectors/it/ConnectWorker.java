package org.heritagesentinel.connectors.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;

/**
 * A real Kafka Connect worker (standalone mode) in this JVM, with the plugins of the test
 * classpath (Debezium, the Sentinel transform and converter). Connectors are created through
 * its REST API from the JSON files in connectors/config, exactly as an operator would.
 */
public final class ConnectWorker implements AutoCloseable {

    private final Connect<? extends Herder> connect;
    private final Path offsets;
    private final HttpClient http = HttpClient.newHttpClient();

    private ConnectWorker(Connect<? extends Herder> connect, Path offsets) {
        this.connect = connect;
        this.offsets = offsets;
    }

    public static ConnectWorker start(String bootstrapServers) throws IOException {
        Path offsets = Files.createTempFile("sentinel-connect", ".offsets");
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("listeners", "http://127.0.0.1:0");
        props.put("offset.storage.file.filename", offsets.toString());
        props.put("offset.flush.interval.ms", "1000");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("plugin.discovery", "service_load");
        props.put("config.providers", "env,secrets");
        props.put("config.providers.env.class", MapConfigProvider.class.getName());
        props.put("config.providers.secrets.class", MapConfigProvider.class.getName());
        Connect<? extends Herder> connect = new ConnectStandalone().startConnect(props);
        return new ConnectWorker(connect, offsets);
    }

    public URI restUrl() {
        return connect.rest().serverUrl();
    }

    /**
     * PUTs a connector file (flat configuration) to /connectors/NAME/config, NAME = file name
     * without .json: creates the connector or updates it, as the compose stack's setup step does.
     */
    public String putConnector(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(restUrl().resolve("/connectors/" + name + "/config"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(Files.readString(file))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("connector " + name + " not created: " + response.statusCode() + " " + response.body());
        }
        return name;
    }

    /**
     * Forgets what the connector has read: stop, delete its offsets, resume. A source connector
     * then starts over (Debezium: a new initial snapshot), as after an operator's reset.
     */
    public void resetOffsets(String connector) throws IOException, InterruptedException {
        call("PUT", "/connectors/" + connector + "/stop");
        call("DELETE", "/connectors/" + connector + "/offsets");
        call("PUT", "/connectors/" + connector + "/resume");
    }

    private void call(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(restUrl().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The connector's and its tasks' states, e.g. {@code RUNNING}, as the REST API reports them. */
    public JsonNode status(String connector) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(restUrl().resolve("/connectors/" + connector + "/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    @Override
    public void close() throws IOException {
        connect.stop();
        connect.awaitStop();
        Files.deleteIfExists(offsets);
    }
}
