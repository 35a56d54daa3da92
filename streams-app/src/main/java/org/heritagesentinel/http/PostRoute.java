package org.heritagesentinel.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;

/**
 * The one kind of route that reads a body ({@code POST /screen}): a declared body no longer than the
 * bound, refused with 413 before anything is read (no length, as with a chunked body, counts as too long).
 */
final class PostRoute implements Handler {

    private final int maxBody;
    private final Handler delegate;

    PostRoute(int maxBody, Handler delegate) {
        this.maxBody = maxBody;
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    int maxBody() {
        return maxBody;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String length = ctx.header("Content-Length");
        if (length == null || !length.trim().matches("\\d{1,9}") || Integer.parseInt(length.trim()) > maxBody) {
            Responses.send(ctx, 413, Responses.JSON, "{\"error\":\"a body with a Content-Length of at most "
                + maxBody + " bytes is required\"}");
        } else {
            delegate.handle(ctx);
        }
    }
}
