package org.heritagesentinel.screening;

import java.time.Instant;

import org.heritagesentinel.avro.CustomsDeclaration;

/**
 * A declaration being screened, with its key and the instant validity windows are judged at
 * (its acceptance time).
 */
public record ScreeningSubject(String key, CustomsDeclaration declaration, Instant at) {
}
