package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;

/**
 * The gate of the query endpoints: bounded request size, a bearer token of a configured authority,
 * and a token bucket per client — per authority once authenticated, per address otherwise, so
 * guessing tokens is rate-limited too. Only then does the query run, knowing who asks.
 */
final class GuardedRoute implements HttpHandler {

    /** A query that knows the authority it answers. */
    interface AuthenticatedHandler {
        void handle(HttpExchange exchange, String authority) throws IOException;
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
    public void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getRawPath().length() + rawQueryLength(exchange) > maxUriLength) {
            Responses.send(exchange, 414, Responses.JSON, "{\"error\":\"request URI longer than " + maxUriLength + "\"}");
            return;
        }
        Optional<String> authority = authenticator.authority(exchange.getRequestHeaders().getFirst("Authorization"));
        String client = authority.map(a -> "authority:" + a)
            .orElse("address:" + exchange.getRemoteAddress().getAddress().getHostAddress());
        if (!limiter.tryAcquire(client)) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            Responses.send(exchange, 429, Responses.JSON, "{\"error\":\"too many requests\"}");
        } else if (authority.isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"heritage-sentinel\"");
            Responses.send(exchange, 401, Responses.JSON, "{\"error\":\"a bearer token of an authority is required\"}");
        } else {
            delegate.handle(exchange, authority.get());
        }
    }

    private static int rawQueryLength(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? 0 : query.length() + 1;
    }
}
