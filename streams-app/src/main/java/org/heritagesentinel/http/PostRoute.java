package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one kind of route that reads a body ({@code POST /screen}): exact path, POST only, a declared
 * body no longer than the bound (413 before anything is read), and a 500 instead of a dropped
 * connection when the handler fails.
 */
final class PostRoute implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PostRoute.class);

    private final String path;
    private final int maxBody;
    private final HttpHandler delegate;

    PostRoute(String path, int maxBody, HttpHandler delegate) {
        this.path = path;
        this.maxBody = maxBody;
        this.delegate = delegate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (!path.equals(exchange.getRequestURI().getPath())) {
                Responses.sendEmpty(exchange, 404);
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Responses.sendEmpty(exchange, 405);
            } else if (length == null || !length.trim().matches("\\d{1,9}") || Integer.parseInt(length.trim()) > maxBody) {
                // no length (chunked) or too long: refused before reading
                Responses.send(exchange, 413, Responses.JSON, "{\"error\":\"a body with a Content-Length of at most "
                    + maxBody + " bytes is required\"}");
            } else {
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
    }
}
