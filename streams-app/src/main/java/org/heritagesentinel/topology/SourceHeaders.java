package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.heritagesentinel.retro.ImportBatches;

/**
 * Headers set by the connectors (docs/data-contracts.md): {@code sentinel-replay: true} marks
 * records of an initial snapshot (retro state only, no live alert); {@code sentinel-version} on a
 * tombstone names the version the source withdrew. {@code sentinel watchlist import} names its batch
 * ({@link ImportBatches#HEADER}).
 */
final class SourceHeaders {
    static final String REPLAY = "sentinel-replay";
    static final String VERSION = "sentinel-version";

    private SourceHeaders() {
    }

    static boolean isReplay(Headers headers) {
        Header header = headers.lastHeader(REPLAY);
        return header != null && header.value() != null
            && "true".equalsIgnoreCase(new String(header.value(), StandardCharsets.UTF_8).trim());
    }

    static int withdrawnVersion(Headers headers) {
        Header header = headers.lastHeader(VERSION);
        if (header == null || header.value() == null) {
            return -1;
        }
        try {
            return Integer.parseInt(new String(header.value(), StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The import a watchlist submission belongs to, if any. */
    static Optional<String> importBatch(Headers headers) {
        Header header = headers.lastHeader(ImportBatches.HEADER);
        return header == null || header.value() == null || header.value().length == 0 ? Optional.empty()
            : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
