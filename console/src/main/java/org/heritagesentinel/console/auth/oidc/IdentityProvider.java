package org.heritagesentinel.console.auth.oidc;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.heritagesentinel.config.SentinelConfig;

/**
 * The configured OpenID Connect provider, as its discovery document describes it: where to send the user
 * (authorization endpoint), where to exchange the code (token endpoint), and the validator of its ID tokens
 * (keys from its JWKS, fetched and refreshed by Nimbus when a new key id appears).
 */
public final class IdentityProvider {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final SentinelConfig.Oidc settings;
    private final HttpClient http;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final IdTokenValidator validator;

    private IdentityProvider(SentinelConfig.Oidc settings, HttpClient http, URI authorizationEndpoint, URI tokenEndpoint,
                             IdTokenValidator validator) {
        this.settings = settings;
        this.http = http;
        this.authorizationEndpoint = authorizationEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.validator = validator;
    }

    /** Reads {@code <issuer>/.well-known/openid-configuration}; its issuer must be the configured one, exactly. */
    public static IdentityProvider discover(SentinelConfig.Oidc settings) throws OidcRefusal {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String issuer = settings.issuer().replaceAll("/+$", "");
        Map<String, Object> document = json(http, HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT).GET().build(), "the discovery document of " + issuer);
        if (!settings.issuer().equals(document.get("issuer"))) {
            throw new OidcRefusal("the discovery document names issuer " + document.get("issuer") + ", not the configured "
                + settings.issuer());
        }
        try {
            URI authorization = URI.create(String.valueOf(document.get("authorization_endpoint")));
            URI token = URI.create(String.valueOf(document.get("token_endpoint")));
            var keys = JWKSourceBuilder.<SecurityContext>create(URI.create(String.valueOf(document.get("jwks_uri"))).toURL())
                .build();
            return new IdentityProvider(settings, http, authorization, token,
                new IdTokenValidator(settings.issuer(), settings.clientId(), keys));
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new OidcRefusal("the discovery document of " + issuer + " lacks a valid endpoint: " + e.getMessage(), e);
        }
    }

    /** Where the browser goes to sign in: authorization code flow with PKCE (S256). */
    public URI authorizationUri(String redirectUri, SignInAttempt attempt) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile");
        query.put("state", attempt.state());
        query.put("nonce", attempt.nonce());
        query.put("code_challenge", attempt.codeChallenge());
        query.put("code_challenge_method", "S256");
        String separator = authorizationEndpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(authorizationEndpoint + separator + form(query));
    }

    /** Exchanges the code for tokens at the token endpoint and returns the validated ID token's claims. */
    public com.nimbusds.jwt.JWTClaimsSet redeem(String code, String redirectUri, SignInAttempt attempt) throws OidcRefusal {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("client_id", settings.clientId());
        body.put("code_verifier", attempt.codeVerifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(body)));
        if (!settings.clientSecret().isBlank()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(settings.clientId(),
                StandardCharsets.UTF_8) + ":" + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
        }
        Object idToken = json(http, request.build(), "the token endpoint").get("id_token");
        if (!(idToken instanceof String token)) {
            throw new OidcRefusal("the token endpoint returned no id_token");
        }
        return validator.validate(token, attempt.nonce());
    }

    private static Map<String, Object> json(HttpClient http, HttpRequest request, String what) throws OidcRefusal {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new OidcRefusal(what + " answered HTTP " + response.statusCode());
            }
            return JSONObjectUtils.parse(response.body());
        } catch (IOException | ParseException e) {
            throw new OidcRefusal(what + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal(what + ": interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
