package org.heritagesentinel.topology;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A screening that fails is itself an alert: nobody may assume the shipment was cleared. */
final class SafeScreening {
    private static final Logger log = LoggerFactory.getLogger(SafeScreening.class);

    private SafeScreening() {
    }

    static ScreeningResult screen(DeclarationScreener screener, String key, CustomsDeclaration declaration, Instant at,
                                  Instant now) {
        try {
            return screener.screen(new ScreeningSubject(key, declaration, at), now);
        } catch (RuntimeException e) {
            log.error("Screening of {} failed; raising a NOT_SCREENED alert", key, e);
            Hit notScreened = Hit.newBuilder()
                .setRuleType(RuleType.NOT_SCREENED)
                .setEntryId("screening-error")
                .setScore(50)
                .setConfidence(1.0)
                .setExplanation("declaration could not be screened (" + e.getClass().getSimpleName()
                    + "): inspect manually")
                .build();
            return new ScreeningResult(List.of(notScreened), List.of("screening failed: " + e));
        }
    }
}
