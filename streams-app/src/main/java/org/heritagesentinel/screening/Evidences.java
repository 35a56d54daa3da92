package org.heritagesentinel.screening;

import org.heritagesentinel.avro.Evidence;

/** Builds evidence records without null fields (Avro strings are required). */
public final class Evidences {
    private Evidences() {
    }

    public static Evidence of(String field, String declared, String listed, String method) {
        return Evidence.newBuilder()
            .setField(field)
            .setDeclaredValue(declared == null ? "" : declared)
            .setListedValue(listed == null ? "" : listed)
            .setMethod(method)
            .build();
    }
}
