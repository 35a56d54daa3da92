package org.heritagesentinel.demo;

import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.config.SentinelConfig;

/** A component the demo starts once screening is live (the analysts' console), stopped before the application. */
public interface DemoExtra extends AutoCloseable {
    /** Starts it; returns the line the demo prints for it, e.g. {@code "console   http://127.0.0.1:8090/"}. */
    String start(SentinelConfig config, SentinelApplication app) throws Exception;

    @Override
    void close();
}
