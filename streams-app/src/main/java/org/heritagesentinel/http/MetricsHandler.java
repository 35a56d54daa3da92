package org.heritagesentinel.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;

/**
 * Serves the registry in the Prometheus text format 0.0.4. Always that format, whatever the Accept
 * header: every Prometheus version and {@code promtool check metrics} read it.
 */
final class MetricsHandler implements Handler {

    private final PrometheusMeterRegistry registry;

    MetricsHandler(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void handle(Context ctx) {
        String body = registry.scrape(OpsHttpServer.METRICS_CONTENT_TYPE);
        Responses.send(ctx, 200, OpsHttpServer.METRICS_CONTENT_TYPE, body);
    }
}
