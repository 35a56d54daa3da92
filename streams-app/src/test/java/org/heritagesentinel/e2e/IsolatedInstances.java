package org.heritagesentinel.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;

/**
 * Application instances of one end-to-end test sharing the stack with others: their own
 * application id and topics, and per instance their own state directory and client id.
 */
final class IsolatedInstances {
    private IsolatedInstances() {
    }

    /** An application id and topics {@code <prefix>.<name>} of its own. */
    static Map<String, String> overrides(String applicationId, String topicPrefix) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("application.id", applicationId);
        for (String topic : List.of("declarations", "seizures", "watchlist-submissions", "watchlist-entries", "watchlist-audit",
            "screening-results", "alerts", "dead-letter", "exchange-rates", "outcomes")) {
            overrides.put("topics." + topic, topicPrefix + "." + topic);
        }
        overrides.put("topics.authority-decisions-pattern", topicPrefix + ".decisions.%s");
        return overrides;
    }

    static SentinelApplication instance(SentinelConfig config, String name) throws IOException {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(config.applicationId() + "-" + name + "-").toString());
        props.put(StreamsConfig.CLIENT_ID_CONFIG, config.applicationId() + "-" + name);
        return new SentinelApplication(config, new SentinelSerdes(config), props);
    }

    static void close(SentinelApplication... instances) {
        for (SentinelApplication instance : instances) {
            if (instance != null) {
                instance.close();
            }
        }
    }
}
