package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.Hit;

/** One family of rules evaluated on a declaration; adds its hits to {@code hits}. */
@FunctionalInterface
public interface DeclarationRule {
    void evaluate(ScreeningSubject subject, List<Hit> hits);

    /** Also reports the entries compared that scored below the threshold (rules with a matcher do). */
    default void evaluate(ScreeningSubject subject, List<Hit> hits, List<Candidate> nearMisses) {
        evaluate(subject, hits);
    }
}
