package org.heritagesentinel.console.auth.oidc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider for the tests, in process on a free port: discovery document, JWKS, an
 * authorization endpoint that signs in the user set with {@link #signInAs} at once, and a token endpoint that
 * checks the PKCE verifier and the redirect URI before issuing an ID token signed with a fresh RSA key.
 */
public final class StubIssuer implements AutoCloseable {
    public static final String CLIENT_ID = "sentinel-console";
    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile Map<String, Object> user = Map.of();

    private record Grant(String challenge, String redirectUri, String nonce, Map<String, Object> user) {
    }

    public StubIssuer() throws IOException, JOSEException {
        this.key = new RSAKeyGenerator(2048).keyID("stub-" + UUID.randomUUID()).generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", ex -> json(ex, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public RSAKey key() {
        return key;
    }

    /** The claims of the user the next authorization signs in (besides iss, aud, sub, exp, iat, nonce). */
    public void signInAs(Map<String, Object> claims) {
        this.user = Map.copyOf(claims);
    }

    /** An ID token of this issuer: {@code claims} are added to, or replace, the standard ones. */
    public String idToken(String audience, String nonce, Instant expires, Map<String, Object> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer()).audience(audience)
            .subject(String.valueOf(claims.getOrDefault("preferred_username", "someone")))
            .issueTime(new Date()).expirationTime(Date.from(expires)).claim("nonce", nonce);
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void discovery(HttpExchange ex) throws IOException {
        json(ex, 200, Map.of("issuer", issuer(), "authorization_endpoint", issuer() + "/authorize",
            "token_endpoint", issuer() + "/token", "jwks_uri", issuer() + "/jwks",
            "response_types_supported", List.of("code"), "code_challenge_methods_supported", List.of("S256")));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !CLIENT_ID.equals(q.get("client_id"))
            || !"S256".equals(q.get("code_challenge_method")) || q.get("redirect_uri") == null) {
            json(ex, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(q.get("code_challenge"), q.get("redirect_uri"), q.get("nonce"), user));
        ex.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
            + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> body = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(String.valueOf(body.get("code")));
        if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri")) || body.get("code_verifier") == null
            || !grant.challenge().equals(s256(body.get("code_verifier")))) {
            json(ex, 400, Map.of("error", "invalid_grant"));
            return;
        }
        try {
            json(ex, 200, Map.of("token_type", "Bearer", "access_token", UUID.randomUUID().toString(),
                "id_token", idToken(CLIENT_ID, grant.nonce(), Instant.now().plusSeconds(300), grant.user())));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return fields;
    }

    private static void json(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
