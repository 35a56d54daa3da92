package org.heritagesentinel.ondemand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.alert.AlertScorer;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.routing.SharingPolicy;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.ScreeningResult;
import org.heritagesentinel.screening.ScreeningSubject;

/**
 * "Would this raise an alert?": screens a declaration, or a party or object wrapped as one, with the
 * screener the stream uses (same rules, matcher and watchlist index), and answers the hits an alert would
 * carry, as the asking authority may see them under the sharing policy: another authority's NATIONAL entry
 * is left out, an ORIGINATOR_CONTROLLED one is redacted. Nothing is produced anywhere. The score is that of
 * the hits shown, so it cannot give a hidden hit away. RANDOM selections are never answered: a trader who could
 * ask whether a declaration would be picked at random could avoid the pick.
 */
public final class OnDemandScreening {
    /** What an alert would carry for the caller. */
    public record Answer(String key, int score, String severity, String lane, List<Hit> hits, List<String> warnings) {
    }

    /** The role the caller is given: it sees personal data of the hits it may see at all, like a screening authority. */
    private static final String ROLE = "SCREENING";

    private final DeclarationScreener screener;
    private final AlertScorer scorer;
    private final SharingPolicy policy;

    public OnDemandScreening(DeclarationScreener screener, AlertScorer scorer, SharingPolicy policy) {
        this.screener = screener;
        this.scorer = scorer;
        this.policy = policy;
    }

    /** @param caller the authority asking (ISO alpha-2), authenticated by the caller of this method */
    public Answer screen(String key, CustomsDeclaration declaration, String caller, Instant now) {
        ScreeningResult result = screener.screen(new ScreeningSubject(key, declaration, declaration.getAcceptedAt()), now);
        // the policy's view of an alert nobody screened: the caller owns only the entries it listed itself
        Alert unscreened = Alert.newBuilder().setAlertId("on-demand").setStatus(AlertStatus.NEW).setSubjectKey(key)
            .setAuthority("").setEventTime(declaration.getAcceptedAt()).setScore(0)
            .setSeverity(Severity.LOW).setLane(Lane.GREEN)
            .setHits(result.hits()).setSummary("").setRecipientRoles(Map.of(caller, List.of(ROLE))).build();
        List<Hit> visible = policy.viewFor(unscreened, caller).getHits().stream()
            .filter(h -> h.getRuleType() != RuleType.RANDOM).toList();
        AlertScorer.Scored scored = scorer.score(visible);
        return new Answer(key, scored.score(), scored.severity().name(), scored.lane().name(), visible, result.warnings());
    }
}
