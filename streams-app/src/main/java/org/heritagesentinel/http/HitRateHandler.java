package org.heritagesentinel.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;

import org.heritagesentinel.metrics.HitRates;

/** {@code GET /outcomes/hit-rate}: the hit rate per rule, as JSON. Aggregates only: open like {@code /metrics}. */
final class HitRateHandler implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MeterRegistry registry;

    HitRateHandler(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Responses.send(exchange, 200, Responses.JSON, MAPPER.writeValueAsString(HitRates.of(registry)));
    }
}
