package org.heritagesentinel.config;

/**
 * A configuration the application cannot start with: an unknown key, a wrong value, a missing file,
 * an address nobody answers on. Its message is for the operator, one line per problem, each naming
 * the key, the value and what is expected; the command line prints it without a stack trace.
 */
public final class ConfigurationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationError(String message) {
        super(message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
