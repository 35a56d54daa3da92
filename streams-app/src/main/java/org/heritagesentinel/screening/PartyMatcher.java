package org.heritagesentinel.screening;

import java.util.Optional;

import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Party;

/** Decides whether a declared party is a listed one, with the evidence for it. */
public interface PartyMatcher {

    /** A match of confidence 0..1, the evidence and a sentence an analyst can read. */
    record PartyMatch(double confidence, Evidence evidence, String explanation) {
    }

    Optional<PartyMatch> match(Party declared, String field, ListedParty listed);

    String version();
}
