package org.heritagesentinel.connectors;

/** Record headers the connectors set on customs.declarations.v1, honoured by the streams app. */
public final class SentinelHeaders {

    /** {@code true}: old record (snapshot / before the cut-off): retro state only, no live alert. */
    public static final String REPLAY = "sentinel-replay";
    /** {@code DECLARATION} (value = the declaration) or {@code WITHDRAWN} (value = null, a tombstone). */
    public static final String CHANGE = "sentinel-change";
    /** Version (amendment number) of the declaration or of its withdrawal, as decimal text. */
    public static final String VERSION = "sentinel-version";

    public static final String CHANGE_DECLARATION = "DECLARATION";
    public static final String CHANGE_WITHDRAWN = "WITHDRAWN";

    private SentinelHeaders() {
    }
}
