package org.heritagesentinel.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.heritagesentinel.avro.Hit;

/** Screens one declaration in one pass: every rule family, hits in a deterministic order. */
public final class DeclarationScreener {
    /** The order hits are reported in: by rule type, then entry id. */
    public static final Comparator<Hit> ORDER = Comparator.comparing((Hit h) -> h.getRuleType().name())
        .thenComparing(Hit::getEntryId);

    private final List<DeclarationRule> rules;
    private final DeclarationChecks checks;

    public DeclarationScreener(List<DeclarationRule> rules, DeclarationChecks checks) {
        this.rules = List.copyOf(rules);
        this.checks = checks;
    }

    public ScreeningResult screen(ScreeningSubject subject, Instant now) {
        List<Hit> hits = new ArrayList<>();
        for (DeclarationRule rule : rules) {
            rule.evaluate(subject, hits);
        }
        hits.sort(ORDER);
        return new ScreeningResult(List.copyOf(hits), checks.warnings(subject.declaration(), now));
    }
}
