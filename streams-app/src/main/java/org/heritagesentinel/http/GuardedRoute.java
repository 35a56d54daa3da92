package org.heritagesentinel.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * The gate of the query endpoints: bounded request size, a bearer token of a configured authority,
 * and a token bucket per client — per authority once authenticated, per address otherwise, so
 * guessing tokens is rate-limited too. Only then does the query run, knowing who asks.
 */
final class GuardedRoute implements Handler {

    /** A query that knows the authority it answers. */
    interface AuthenticatedHandler {
        void handle(Context ctx, String authority) throws Exception;
    }

    private final BearerAuthenticator authenticator;
    private final RequestRateLimiter limiter;
    private final int maxUriLength;
    private final AuthenticatedHandler delegate;

    GuardedRoute(BearerAuthenticator authenticator, RequestRateLimiter limiter, int maxUriLength, AuthenticatedHandler delegate) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.maxUriLength = maxUriLength;
        this.delegate = delegate;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        if (ctx.path().length() + rawQueryLength(ctx) > maxUriLength) {
            Responses.send(ctx, 414, Responses.JSON, "{\"error\":\"request URI longer than " + maxUriLength + "\"}");
            return;
        }
        Optional<String> authority = authenticator.authority(ctx.header("Authorization"));
        String client = authority.map(a -> "authority:" + a)
            .orElse("address:" + ctx.req().getRemoteAddr());
        if (!limiter.tryAcquire(client)) {
            ctx.header("Retry-After", "1");
            Responses.send(ctx, 429, Responses.JSON, "{\"error\":\"too many requests\"}");
        } else if (authority.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"heritage-sentinel\"");
            Responses.send(ctx, 401, Responses.JSON, "{\"error\":\"a bearer token of an authority is required\"}");
        } else {
            delegate.handle(ctx, authority.get());
        }
    }

    /** {@link Context#path()} and {@link Context#queryString()} are the raw (still percent-encoded) forms. */
    private static int rawQueryLength(Context ctx) {
        String query = ctx.queryString();
        return query == null ? 0 : query.length() + 1;
    }
}
