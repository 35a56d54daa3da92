package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Objects;

/**
 * Serves the registry in the Prometheus text format 0.0.4. Always that format, whatever the Accept
 * header: every Prometheus version and {@code promtool check metrics} read it.
 */
final class MetricsHandler implements HttpHandler {

    private final PrometheusMeterRegistry registry;

    MetricsHandler(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String body = registry.scrape(OpsHttpServer.METRICS_CONTENT_TYPE);
        Responses.send(exchange, 200, OpsHttpServer.METRICS_CONTENT_TYPE, body);
    }
}
