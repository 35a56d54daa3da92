package org.heritagesentinel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.MeterRegistry;

import org.heritagesentinel.metrics.HitRates;

/** {@code GET /outcomes/hit-rate}: the hit rate per rule, as JSON. Aggregates only: open like {@code /metrics}. */
final class HitRateHandler implements Handler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MeterRegistry registry;

    HitRateHandler(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx) throws JsonProcessingException {
        Responses.send(ctx, 200, Responses.JSON, MAPPER.writeValueAsString(HitRates.of(registry)));
    }
}
