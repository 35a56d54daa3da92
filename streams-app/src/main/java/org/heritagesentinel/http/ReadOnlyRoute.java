package org.heritagesentinel.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;

/**
 * What every route of the ops server shares besides GET/HEAD only (the server is read-only): no body
 * (413: nothing is ever read from one; Jetty refuses large ones before any route runs).
 */
final class ReadOnlyRoute implements Handler {

    private final Handler delegate;

    ReadOnlyRoute(Handler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void handle(Context ctx) throws Exception {
        if (hasBody(ctx)) {
            Responses.sendEmpty(ctx, 413);
        } else {
            delegate.handle(ctx);
        }
    }

    private static boolean hasBody(Context ctx) {
        String length = ctx.header("Content-Length");
        return ctx.header("Transfer-Encoding") != null || length != null && !"0".equals(length.trim());
    }
}
