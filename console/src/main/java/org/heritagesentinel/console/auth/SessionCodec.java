package org.heritagesentinel.console.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sessions as encrypted, authenticated cookies (AES-256-GCM, key = SHA-256 of the configured secret): any
 * console instance holding the same secret reads a session another issued, so no session store is shared
 * and a load balancer needs no stickiness. A cookie that was altered, or whose time is up, is no session.
 */
public final class SessionCodec {
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final Duration timeout;
    private final Clock clock;

    public SessionCodec(String secret, Duration timeout, Clock clock) {
        this.key = new SecretKeySpec(sha256(secret), "AES");
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A fresh session with a fresh CSRF token. */
    public Session open(String username) {
        return new Session(username, freshToken(), clock.instant().plus(timeout));
    }

    /** A fresh session of a user the identity provider vouched for: the account travels in the cookie. */
    public Session open(Account federated) {
        return new Session(federated.username(), freshToken(), clock.instant().plus(timeout), federated);
    }

    private static String freshToken() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    public String encode(Session session) {
        List<String> lines = new ArrayList<>(List.of(session.username(), session.csrfToken(),
            Long.toString(session.expiresAt().getEpochSecond())));
        session.federatedAccount().ifPresent(a -> lines.addAll(List.of(a.authority(),
            String.join("+", a.roles().stream().map(Role::name).toList()), a.language(), a.zone().getId())));
        byte[] plain = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public Optional<Session> decode(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(cookie);
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            String[] parts = new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8)
                .split("\n", -1);
            Account federated = parts.length < 7 ? null : new Account(parts[0], "", parts[3], parts[4].isEmpty()
                ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.stream(parts[4].split("\\+")).map(Role::valueOf).toList()),
                parts[5], ZoneId.of(parts[6]));
            Session session = new Session(parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])), federated);
            return clock.instant().isBefore(session.expiresAt()) ? Optional.of(session) : Optional.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
