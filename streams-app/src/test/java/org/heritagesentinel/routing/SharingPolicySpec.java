package org.heritagesentinel.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertStatus;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.Severity;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * What each recipient may see of an alert screened by Jordan (JO), sent to Lebanon as the transit
 * authority (TRANSIT role, no personal data) and to France as the origin authority (personal data allowed).
 */
class SharingPolicySpec {

    private static final Set<String> PERSONAL_DATA_ROLES = Set.of("SCREENING", "LISTING", "ORIGIN", "EXPORT", "DESTINATION");

    private final Map<String, WatchlistEntry> entries = Map.of(
        "PTY-REGIONAL", entry("PTY-REGIONAL", EntryKind.PARTY, "JO", SharingScope.REGIONAL),
        "PRF-REGIONAL", entry("PRF-REGIONAL", EntryKind.RISK_PROFILE, "JO", SharingScope.REGIONAL),
        "PTY-NATIONAL", entry("PTY-NATIONAL", EntryKind.PARTY, "IQ", SharingScope.NATIONAL),
        "OBJ-ORIGINATOR", entry("OBJ-ORIGINATOR", EntryKind.OBJECT, "IQ", SharingScope.ORIGINATOR_CONTROLLED));
    private final SharingPolicy policy = new SharingPolicy(PERSONAL_DATA_ROLES, entries::get);

    @Test
    void shouldShowTheScreeningAuthorityEveryHitWhole() {
        Alert alert = alert(partyHit("PTY-REGIONAL"), partyHit("PTY-NATIONAL"), objectHit("OBJ-ORIGINATOR"));

        assertThat(policy.viewFor(alert, "JO").getHits()).isEqualTo(alert.getHits());
    }

    @Test
    void shouldLeaveANationalEntryOutOfEveryOtherAuthoritysViewButShowItToItsLister() {
        Alert alert = alert(partyHit("PTY-NATIONAL"));

        assertThat(policy.viewFor(alert, "FR").getHits()).isEmpty();
        assertThat(policy.viewFor(alert, "IQ").getHits()).isEqualTo(alert.getHits());
    }

    @Test
    void shouldShowOthersTheRuleButNotTheValuesOfAnOriginatorControlledEntry() {
        Hit hit = objectHit("OBJ-ORIGINATOR");

        Hit seen = policy.viewFor(alert(hit), "FR").getHits().get(0);

        assertThat(seen.getRuleType()).isEqualTo(RuleType.STOLEN_OBJECT);
        assertThat(seen.getEvidence()).extracting(Evidence::getDeclaredValue).containsOnly(SharingPolicy.WITHHELD);
        assertThat(seen.getEvidence()).extracting(Evidence::getListedValue).containsOnly(SharingPolicy.WITHHELD);
        assertThat(seen.getExplanation()).contains("originator-controlled", "IQ");
    }

    @Test
    void shouldWithholdPersonalDataOfARegionalPartyHitFromATransitAuthority() {
        Hit seen = policy.viewFor(alert(partyHit("PTY-REGIONAL")), "LB").getHits().get(0);

        assertThat(seen.getEvidence()).extracting(Evidence::getDeclaredValue).containsOnly(SharingPolicy.WITHHELD);
        assertThat(seen.getExplanation()).contains("personal data withheld", "TRANSIT");
    }

    @Test
    void shouldShowTheSamePartyHitWholeToTheOriginAuthority() {
        Alert alert = alert(partyHit("PTY-REGIONAL"));

        assertThat(policy.viewFor(alert, "FR").getHits()).isEqualTo(alert.getHits());
    }

    @Test
    void shouldShowATransitAuthorityAHitWithoutPersonalDataWhole() {
        Alert alert = alert(profileHit("PRF-REGIONAL"));

        assertThat(policy.viewFor(alert, "LB").getHits()).isEqualTo(alert.getHits());
    }

    @Test
    void shouldShowASeizureRecordWholeToItsSeizerAndByScopeToOthers() {
        assertThat(policy.seizureRecordFor("JO", "JO", SharingScope.NATIONAL)).isEqualTo(SharingPolicy.Visibility.FULL);
        assertThat(policy.seizureRecordFor("FR", "JO", SharingScope.NATIONAL)).isEqualTo(SharingPolicy.Visibility.NONE);
        assertThat(policy.seizureRecordFor("FR", "JO", SharingScope.ORIGINATOR_CONTROLLED))
            .isEqualTo(SharingPolicy.Visibility.WITHOUT_PERSONAL_DATA);
        assertThat(policy.seizureRecordFor("FR", "JO", SharingScope.REGIONAL)).isEqualTo(SharingPolicy.Visibility.FULL);
    }

    private static Alert alert(Hit... hits) {
        return Alert.newBuilder().setAlertId("A-1").setStatus(AlertStatus.NEW).setSubjectKey("JO:ASYCUDA:D-1")
            .setAuthority("JO").setEventTime(Instant.parse("2026-11-20T09:30:00Z")).setScore(80)
            .setSeverity(Severity.HIGH).setLane(Lane.RED).setSummary("JO:ASYCUDA:D-1")
            .setRecipients(List.of("JO", "LB", "FR"))
            .setRecipientRoles(Map.of("JO", List.of("SCREENING"), "LB", List.of("TRANSIT"), "FR", List.of("ORIGIN")))
            .setHits(List.of(hits)).build();
    }

    private static Hit partyHit(String entryId) {
        return hit(entryId, RuleType.PARTY_WATCHLIST, "parties[0].name", "Mohamed El Ouazzani");
    }

    private static Hit objectHit(String entryId) {
        return hit(entryId, RuleType.STOLEN_OBJECT, "items[0].marks", "ref 2019-1234");
    }

    private static Hit profileHit(String entryId) {
        return hit(entryId, RuleType.EMBARGO_ORIGIN, "items[0].originCountry", "SY");
    }

    private static Hit hit(String entryId, RuleType rule, String field, String value) {
        return Hit.newBuilder().setRuleType(rule).setEntryId(entryId).setScore(70)
            .setEvidence(List.of(Evidence.newBuilder().setField(field).setDeclaredValue(value).setListedValue(value)
                .setMethod("exact").build()))
            .setExplanation("entry " + entryId).build();
    }

    private static WatchlistEntry entry(String id, EntryKind kind, String listingAuthority, SharingScope scope) {
        return WatchlistEntries.base(id, kind).setListingAuthority(listingAuthority).setSharingScope(scope).setRiskWeight(70).build();
    }
}
