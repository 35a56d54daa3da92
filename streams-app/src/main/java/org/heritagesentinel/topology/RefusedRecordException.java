package org.heritagesentinel.topology;

/**
 * A decodable input record a processor cannot take (a declaration without key): thrown so that the
 * processing exception handler dead-letters the record as it was read, with this reason, and
 * processing resumes. Nothing is stored for the record before it is thrown.
 */
public final class RefusedRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedRecordException(String reason) {
        super(reason);
    }

    /** A declaration or seizure report must be keyed by its id: without it, it has no alert state, no version. */
    static void requireKey(String key, String what) {
        if (key == null || key.isBlank()) {
            throw new RefusedRecordException(what + " without key (" + (key == null ? "null" : "blank")
                + "): records are keyed by their id, so it cannot be screened, versioned or withdrawn");
        }
    }
}
