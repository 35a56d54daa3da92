package org.heritagesentinel.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import org.heritagesentinel.config.QueryTokens;

/**
 * Which authority a request speaks for: {@code Authorization: Bearer <token>}, compared by digest
 * with every configured token in constant time. Tokens are never logged nor kept in clear.
 */
final class BearerAuthenticator {
    private static final String SCHEME = "Bearer ";

    private final Map<String, String> digestsByAuthority;

    BearerAuthenticator(Map<String, String> digestsByAuthority) {
        this.digestsByAuthority = Map.copyOf(digestsByAuthority);
    }

    Optional<String> authority(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        byte[] presented = QueryTokens.digest(authorization.substring(SCHEME.length()).trim()).getBytes(StandardCharsets.US_ASCII);
        String match = null;
        for (Map.Entry<String, String> entry : digestsByAuthority.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue().getBytes(StandardCharsets.US_ASCII))) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }
}
