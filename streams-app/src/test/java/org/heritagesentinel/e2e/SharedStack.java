package org.heritagesentinel.e2e;

import org.heritagesentinel.embedded.EmbeddedStack;

/** One broker + registry for all end-to-end tests of a JVM: starting them is the slow part. */
public final class SharedStack {
    private static EmbeddedStack stack;

    private SharedStack() {
    }

    public static synchronized EmbeddedStack get() {
        if (stack == null) {
            // the Apicurio client logs through java.util.logging
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
            stack = EmbeddedStack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "shared-stack-shutdown"));
        }
        return stack;
    }
}
