package org.heritagesentinel.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bearer tokens of the query API, one per authority: {@code queries.tokens=JO=secret1,MA=secret2}
 * and/or a properties file {@code queries.tokens-file} ({@code JO=secret1} a line, e.g. a Docker
 * secret). Only their SHA-256 digests are kept, so no configuration dump can reveal a token.
 */
public final class QueryTokens {
    private QueryTokens() {
    }

    static Map<String, String> digests(String inline, String file) {
        Map<String, String> tokens = new TreeMap<>();
        for (String pair : inline.split(",")) {
            int eq = pair.indexOf('=');
            if (!pair.isBlank()) {
                if (eq <= 0) {
                    throw new ConfigurationError("queries.tokens=" + SecretMasking.HIDDEN + ": expected AUTHORITY=token pairs such as JO=…,MA=…");
                }
                tokens.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (!file.isBlank()) {
            Path path = Path.of(file.trim());
            if (!Files.isRegularFile(path)) {
                throw new ConfigurationError("queries.tokens-file=" + file.trim() + ": no such file (expected a properties file "
                    + "of AUTHORITY=token lines)");
            }
            tokens.putAll(ConfigLoader.readProperties(path));
        }
        Map<String, String> digests = new TreeMap<>();
        tokens.forEach((authority, token) -> {
            if (token.isEmpty()) {
                throw new ConfigurationError("queries.tokens: empty token for " + authority + ": expected AUTHORITY=token");
            }
            digests.put(authority.toUpperCase(Locale.ROOT), digest(token));
        });
        return digests;
    }

    /** SHA-256 of a token, in hex: what is stored and compared. */
    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
