package org.heritagesentinel.config;


/**
 * The configuration's documentation, written from the declarations in {@link ConfigKey}: the commented
 * sample ({@code sentinel config print-defaults}, committed as {@code config/sentinel.example.properties})
 * and the README's table. Tests compare both committed copies with these, so they cannot drift.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** Every key with its meaning, expected value, environment variable and default, commented out. */
    public static String sampleProperties() {
        StringBuilder out = new StringBuilder();
        out.append("""
            # Heritage Sentinel configuration: every key with its default (written by `sentinel config print-defaults`).
            # Read in this order: these defaults, then the file given with -c, then SENTINEL_* environment variables.
            # Uncomment and change what differs on your cluster; check the result with `sentinel config check -c FILE`.
            # Any other kafka.* key goes to the Kafka clients (kafka.security.protocol, kafka.sasl.*, kafka.ssl.*)
            # and any other registry.* key to the Apicurio serde (registry.auth.username, ...).
            """);
        String section = "";
        for (ConfigKey key : ConfigKey.values()) {
            String group = key.key().substring(0, key.key().indexOf('.'));
            if (!group.equals(section)) {
                out.append("\n# --- ").append(group).append(" ---\n");
                section = group;
            }
            out.append("\n# ").append(key.description()).append('\n');
            out.append("# ").append(key.type().expected()).append("; env ").append(ConfigKey.envName(key.key()))
                .append(key.secret() ? "; secret, masked in logs" : "").append('\n');
            String example = key.isFamily() ? key.key().replace("<NAME>", "QA") : key.key();
            out.append('#').append(example).append('=').append(key.defaultValue().orElse("")).append('\n');
        }
        return out.toString();
    }

    /** The README's configuration table. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (ConfigKey key : ConfigKey.values()) {
            String value = key.defaultValue().filter(v -> !v.isEmpty()).map(v -> "`" + v + "`").orElse("none");
            out.append("| `").append(key.key()).append("` | ").append(value).append(" | ").append(key.description())
                .append(" (").append(key.type().expected()).append(")")
                .append(key.secret() ? "; secret" : "").append(" |\n");
        }
        return out.toString().replace("<NAME>", "&lt;NAME&gt;");
    }
}
