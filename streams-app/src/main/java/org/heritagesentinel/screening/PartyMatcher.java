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

    /** How close a listed party came: its confidence, and the match when it reaches the threshold. */
    record Assessment(double confidence, Optional<PartyMatch> match) {
        public static final Assessment NONE = new Assessment(0, Optional.empty());
    }

    /**
     * A declared party made ready to meet every candidate of one screening: what depends on the declared
     * side alone (its parsed name, its normalised identifiers) is worked out once, not once per candidate.
     */
    interface DeclaredParty {
        /** Scores the listed party; the evidence and the sentence are built only for a match. */
        Assessment assess(ListedParty listed);
    }

    /** @param field where the party is in the declaration ("parties[0]"), quoted in the evidence */
    DeclaredParty prepare(Party declared, String field);

    String version();
}
