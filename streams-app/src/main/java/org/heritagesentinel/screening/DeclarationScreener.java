package org.heritagesentinel.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.Hit;

/** Screens one declaration in one pass: every rule family, hits in a deterministic order. */
public final class DeclarationScreener {
    /** The order hits are reported in: by rule type, then entry id. */
    public static final Comparator<Hit> ORDER = Comparator.comparing((Hit h) -> h.getRuleType().name())
        .thenComparing(Hit::getEntryId);

    /** Near misses kept with the proof of screening: the best few are what threshold tuning needs. */
    static final int MAX_CANDIDATES = 5;
    private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator.comparingDouble(Candidate::getConfidence).reversed()
        .thenComparing(Candidate::getEntryId);

    private final List<DeclarationRule> rules;
    private final DeclarationChecks checks;

    public DeclarationScreener(List<DeclarationRule> rules, DeclarationChecks checks) {
        this.rules = List.copyOf(rules);
        this.checks = checks;
    }

    /** The same screening with only the rules {@code kept}: retro-screening's probe of one changed entry. */
    public DeclarationScreener only(Predicate<DeclarationRule> kept) {
        return new DeclarationScreener(rules.stream().filter(kept).toList(), checks);
    }

    public ScreeningResult screen(ScreeningSubject subject, Instant now) {
        List<Hit> hits = new ArrayList<>();
        List<Candidate> nearMisses = new ArrayList<>();
        for (DeclarationRule rule : rules) {
            rule.evaluate(subject, hits, nearMisses);
        }
        hits.sort(ORDER);
        List<Candidate> best = nearMisses.stream().sorted(CANDIDATE_ORDER).limit(MAX_CANDIDATES).toList();
        return new ScreeningResult(List.copyOf(hits), checks.warnings(subject.declaration(), now), List.of(), best);
    }
}
