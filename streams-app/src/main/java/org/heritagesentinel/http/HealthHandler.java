package org.heritagesentinel.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;
import java.util.function.Function;

/** Serves one {@link HealthReport}: 200 when up, 503 when down, the report as JSON either way. */
final class HealthHandler implements Handler {

    private final HealthProbe probe;
    private final Function<HealthProbe, HealthReport> check;

    HealthHandler(HealthProbe probe, Function<HealthProbe, HealthReport> check) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public void handle(Context ctx) {
        HealthReport report = check.apply(probe);
        Responses.send(ctx, report.httpStatus(), Responses.JSON, report.toJson());
    }
}
