package org.heritagesentinel.console.register;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.heritagesentinel.config.SentinelConfig;

/**
 * Asks the application's seized-object register on behalf of one authority, with that authority's query
 * token: the application cuts every answer by its sharing policy for the token's authority, so the console
 * shows exactly what that authority may see and cannot ask as another.
 */
public final class RegisterQueries {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final SentinelConfig.RegisterAccess access;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public RegisterQueries(SentinelConfig.RegisterAccess access) {
        this.access = access;
    }

    /** What can be asked; the value is the part of the path after {@code /register/}. */
    public enum Kind {
        OBJECT, REFERENCE, PARTY_NAME, PARTY_IDENTIFIER, SEIZURE;

        String path(String value) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            return switch (this) {
                case OBJECT -> "objects/" + encoded;
                // the register reads "2023/4567" and "2023-4567" alike; an encoded slash in a path is refused by Jetty
                case REFERENCE -> "references/" + encoded.replace("%2F", "-");
                case PARTY_NAME -> "parties?name=" + encoded;
                case PARTY_IDENTIFIER -> "parties?identifier=" + encoded;
                case SEIZURE -> "seizures/" + encoded;
            };
        }
    }

    /** The answer: the HTTP status, and the fields of the JSON flattened to "path → value" rows. */
    public record Answer(int status, List<Map.Entry<String, String>> fields) {
        public boolean found() {
            return status == 200;
        }
    }

    public boolean available(String authority) {
        return access.enabled() && access.tokens().containsKey(authority);
    }

    public Answer ask(String authority, Kind kind, String value) throws IOException, InterruptedException {
        if (!available(authority)) {
            throw new IllegalStateException("no register query token for " + authority);
        }
        URI uri = URI.create(access.url().replaceAll("/+$", "") + "/register/" + kind.path(value.trim()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
            .header("Authorization", "Bearer " + access.tokens().get(authority)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return new Answer(response.statusCode(), List.of());
        }
        try {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            flatten("", JSONObjectUtils.parse(response.body()), fields);
            return new Answer(200, fields);
        } catch (ParseException e) {
            throw new IOException("the register answered something that is not a JSON object: " + e.getMessage(), e);
        }
    }

    static void flatten(String path, Object value, List<Map.Entry<String, String>> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), into);
            }
        } else if (value != null) {
            into.add(Map.entry(path, String.valueOf(value)));
        }
    }
}
