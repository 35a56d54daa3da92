package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/** Serves one {@link HealthReport}: 200 when up, 503 when down, the report as JSON either way. */
final class HealthHandler implements HttpHandler {

    private final HealthProbe probe;
    private final Function<HealthProbe, HealthReport> check;

    HealthHandler(HealthProbe probe, Function<HealthProbe, HealthReport> check) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HealthReport report = check.apply(probe);
        Responses.send(exchange, report.httpStatus(), Responses.JSON, report.toJson());
    }
}
