package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;

/** One family of rules evaluated on a declaration; adds its hits to {@code hits}. */
@FunctionalInterface
public interface DeclarationRule {
    void evaluate(ScreeningSubject subject, List<Hit> hits);

    /** Also reports the entries compared that scored below the threshold (rules with a matcher do). */
    default void evaluate(ScreeningSubject subject, List<Hit> hits, List<Candidate> nearMisses) {
        evaluate(subject, hits);
    }

    /**
     * Whether the rule can hit an entry of this kind. A rule that reads only some kinds says so, and
     * retro-screening probes a changed entry with only the rules that can hit it; the default, all
     * kinds, is always safe.
     */
    default boolean consults(EntryKind kind) {
        return true;
    }
}
