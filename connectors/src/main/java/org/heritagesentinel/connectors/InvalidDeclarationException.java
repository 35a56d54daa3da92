package org.heritagesentinel.connectors;

import org.apache.kafka.connect.errors.DataException;

/**
 * A declaration document that cannot become a {@code CustomsDeclaration}. A DataException, so
 * the connector's {@code errors.tolerance} / dead-letter settings decide what happens to it.
 */
public class InvalidDeclarationException extends DataException {

    public InvalidDeclarationException(String message) {
        super(message);
    }

    public InvalidDeclarationException(String message, Throwable cause) {
        super(message, cause);
    }
}
