package org.heritagesentinel.screening.object;

import org.heritagesentinel.avro.Evidence;

/**
 * One agreement between a declared item and a listed object.
 *
 * @param field    field of the declared item, relative to the item ("description", "marks",
 *                 "dimensions", "documents[0].reference")
 * @param declared what the item says
 * @param listed   what the watchlist says
 * @param method   how they were compared, readable by an analyst
 */
public record MatchEvidence(String field, String declared, String listed, String method) {

  /** The Avro evidence of an alert; {@code itemPath} locates the item, e.g. "items[2]". */
  public Evidence toAvro(String itemPath) {
    return Evidence.newBuilder()
        .setField(itemPath + "." + field)
        .setDeclaredValue(declared)
        .setListedValue(listed)
        .setMethod(method)
        .build();
  }
}
