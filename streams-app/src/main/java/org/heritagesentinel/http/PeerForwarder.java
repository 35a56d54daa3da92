package org.heritagesentinel.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Forwards a query to the instance that holds its key, with the caller's credentials (the owner
 * authenticates and filters again) and a mark that stops it from being forwarded a second time.
 */
public final class PeerForwarder {
    static final String FORWARDED_HEADER = "X-Sentinel-Forwarded";

    private final HttpClient client;
    private final Duration timeout;

    public PeerForwarder(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The owner's answer: its status, content type and body. */
    public record Relayed(int status, String contentType, String body) {
    }

    /** No instance to forward to: the owner's address is not one (Kafka Streams' "unavailable:-1"). */
    public static final class NoPeer extends IOException {
        NoPeer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** {@code pathAndQuery} in its raw (still percent-encoded) form. */
    public Relayed forward(String host, int port, String pathAndQuery, String authorization) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + pathAndQuery))
                .timeout(timeout).header("Authorization", authorization).header(FORWARDED_HEADER, "1").GET().build();
        } catch (IllegalArgumentException e) {
            throw new NoPeer("no address to forward to: " + host + ":" + port, e);
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Relayed(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(Responses.JSON), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding to " + host + ":" + port, e);
        }
    }
}
