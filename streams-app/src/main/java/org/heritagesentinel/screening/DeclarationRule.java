package org.heritagesentinel.screening;

import java.util.List;

import org.heritagesentinel.avro.Hit;

/** One family of rules evaluated on a declaration; adds its hits to {@code hits}. */
@FunctionalInterface
public interface DeclarationRule {
    void evaluate(ScreeningSubject subject, List<Hit> hits);
}
