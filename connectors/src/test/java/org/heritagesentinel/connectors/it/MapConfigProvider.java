package org.heritagesentinel.connectors.it;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.provider.ConfigProvider;

/**
 * Test stand-in for the config providers a production worker names {@code env} and
 * {@code secrets} (EnvVarConfigProvider, DirectoryConfigProvider): the connector JSON in
 * connectors/config is posted unchanged, and its placeholders resolve from this map.
 */
public class MapConfigProvider implements ConfigProvider {

    static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public ConfigData get(String path) {
        return new ConfigData(Map.copyOf(VALUES));
    }

    @Override
    public ConfigData get(String path, Set<String> keys) {
        return new ConfigData(keys.stream().filter(VALUES::containsKey)
                .collect(Collectors.toMap(k -> k, VALUES::get)));
    }

    @Override
    public void close() {
    }
}
