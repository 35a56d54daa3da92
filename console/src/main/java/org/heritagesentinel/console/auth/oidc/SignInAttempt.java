package org.heritagesentinel.console.auth.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one sign-in through the provider, kept by the browser in a sealed cookie between leaving
 * for the provider and coming back: the state (ties the callback to this browser), the nonce (ties the ID
 * token to this sign-in) and the PKCE code verifier (ties the code to this client).
 */
public record SignInAttempt(String state, String nonce, String codeVerifier) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SignInAttempt fresh() {
        return new SignInAttempt(random(), random(), random() + random());
    }

    /** S256: base64url(SHA-256(verifier)), RFC 7636 4.2. */
    public String codeChallenge() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
