package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every route of the ops server shares: GET only (the server is read-only) and without a
 * body (413: nothing is ever read from one), exact path matching unless the route ends with '/'
 * (the JDK matches any path that merely starts with the context path, so {@code /metricsX} would
 * reach {@code /metrics}), and a 500 instead of a dropped connection when a handler fails.
 */
final class ReadOnlyRoute implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyRoute.class);

    private final String path;
    private final HttpHandler delegate;

    ReadOnlyRoute(String path, HttpHandler delegate) {
        this.path = Objects.requireNonNull(path, "path");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!matches(exchange.getRequestURI().getPath())) {
                Responses.sendEmpty(exchange, 404);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                Responses.sendEmpty(exchange, 405);
            } else if (hasBody(exchange)) {
                Responses.sendEmpty(exchange, 413);
            } else {
                delegateOrFail(exchange);
            }
        }
    }

    private static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding") || length != null && !"0".equals(length.trim());
    }

    private boolean matches(String requestPath) {
        return path.endsWith("/") ? requestPath.startsWith(path) : requestPath.equals(path);
    }

    private void delegateOrFail(HttpExchange exchange) throws IOException {
        try {
            delegate.handle(exchange);
        } catch (RuntimeException | IOException e) {
            LOG.warn("{} failed", path, e);
            if (exchange.getResponseCode() == -1) {
                Responses.send(exchange, 500, Responses.JSON, "{\"error\":\"internal error\"}");
            }
        }
    }
}
