package org.heritagesentinel.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.heritagesentinel.avro.SubjectType;

/**
 * Alert ids derive from the subject key alone: redelivery, restart or replay of a declaration
 * always lands on the same alert, and its amendments update that alert instead of opening another.
 */
public final class AlertIdentity {
    private AlertIdentity() {
    }

    public static String alertId(SubjectType subjectType, String subjectKey) {
        return "ALR-" + sha256Hex(subjectType.name() + "|" + subjectKey).substring(0, 24);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
