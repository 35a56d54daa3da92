package org.heritagesentinel.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hides secrets before settings are logged: values of keys that name a password, secret, token or
 * credentials, the SASL JAAS configuration (it embeds the password), a private key given inline
 * ({@code ssl.keystore.key}, PEM), and credentials written into a URL
 * ({@code https://user:pass@host}), and every key declared secret in {@link ConfigKey}. The same mark as Kafka's own configuration logging.
 */
public final class SecretMasking {
    public static final String HIDDEN = "[hidden]";
    private static final Pattern URL_CREDENTIALS = Pattern.compile("://[^/@\\s]+@");
    private static final String[] SECRET_WORDS = {"password", "secret", "token", "credential", "jaas", "user.info",
        "keystore.key"};

    private SecretMasking() {
    }

    public static boolean isSecret(String key) {
        if (ConfigKey.of(key).map(ConfigKey::secret).orElse(false)) {
            return true;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The settings sorted by key, secrets replaced by {@value #HIDDEN}. */
    public static Map<String, String> masked(Map<String, String> settings) {
        Map<String, String> result = new TreeMap<>();
        settings.forEach((key, value) -> result.put(key, isSecret(key) ? HIDDEN
            : URL_CREDENTIALS.matcher(value).replaceAll("://" + HIDDEN + "@")));
        return result;
    }
}
