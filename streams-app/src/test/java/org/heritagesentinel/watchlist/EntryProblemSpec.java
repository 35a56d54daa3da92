package org.heritagesentinel.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.testdata.WatchlistEntries;
import org.junit.jupiter.api.Test;

/**
 * The validator's reasons are codes with arguments, so the console can translate them; their English text is
 * what the dead-letter topic and the CLI print, and stays word for word what it was before the codes.
 */
class EntryProblemSpec {
    private static final SentinelConfig.EntryLimits LIMITS = ConfigLoader.defaultsOnly().limits().entry();
    private final EntryValidator validator = new EntryValidator(LIMITS);

    @Test
    void theEnglishTextOfEveryGeneralReasonIsUnchanged() {
        WatchlistEntry entry = WatchlistEntries.base("PRF-1", EntryKind.RISK_PROFILE).setListingAuthority("J").setRevision(0)
            .setRiskWeight(140).setValidFrom(Instant.parse("2026-12-01T00:00:00Z")).setValidTo(Instant.parse("2026-11-01T00:00:00Z"))
            .setSharingScope(SharingScope.UNKNOWN).setAuthor("head.rac.jo").setApprover("head.rac.jo")
            .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.SPLIT_SHIPMENT).setHsPrefixes(List.of("97x"))
                .setRate(1.5).setMinValue(new Money(new java.math.BigDecimal("-1.0000"), "EUR"))
                .setParameters(Map.of("window", "7 days", "shipments", "1")).build())
            .build();

        assertThat(validator.problems("OTHER", entry)).containsExactly(
            "record key 'OTHER' differs from entryId 'PRF-1'",
            "listingAuthority: invalid authority code 'J'",
            "revision must be >= 1",
            "riskWeight must be within 0..100, got 140",
            "validTo is before validFrom",
            "sharingScope must be NATIONAL, REGIONAL or ORIGINATOR_CONTROLLED, got UNKNOWN",
            "approver: the author of an entry cannot approve it (four eyes), author and approver are both 'head.rac.jo'",
            "invalid HS prefix '97x'",
            "rate must be within 0..1",
            "minValue must be positive",
            "SPLIT_SHIPMENT parameter window must be an ISO-8601 duration such as P7D, got '7 days'",
            "SPLIT_SHIPMENT parameter shipments must be an integer of at least 2, got '1'");
    }

    @Test
    void theEnglishTextOfEachKindsReasonIsUnchanged() {
        assertThat(validator.problems(null, WatchlistEntries.base("", EntryKind.PARTY).build()))
            .containsExactly("entryId is empty", "PARTY entry without party");
        assertThat(validator.problems(null, WatchlistEntries.base("PRF-2", EntryKind.RISK_PROFILE).setProfile(RiskProfile
            .newBuilder().setRuleType(RuleType.VALUE_ANOMALY).setParameters(Map.of("ratio", "2")).build()).build()))
            .containsExactly("VALUE_ANOMALY profile needs minValue (reference value of one unit)",
                "VALUE_ANOMALY parameter ratio must be a number within 0..1, got '2'");
        assertThat(validator.problems(null, WatchlistEntries.base("CNV-1", EntryKind.CONVEYANCE).build()))
            .containsExactly("CONVEYANCE entry needs a container number or a means id");
    }

    @Test
    void theEnglishTextOfASizeLimitIsUnchanged() {
        WatchlistEntry entry = WatchlistEntries.base("PTY-1", EntryKind.PARTY).setReason("r".repeat(LIMITS.textLength() + 1))
            .setParty(ListedParty.newBuilder().setNames(WatchlistEntries.names(LIMITS.names() + 1, 20)).build()).build();

        assertThat(validator.problems("PTY-1", entry)).containsExactly(
            "names: " + (LIMITS.names() + 1) + " aliases, at most " + LIMITS.names() + " (limits.entry.names)",
            "reason: " + (LIMITS.textLength() + 1) + " characters, at most " + LIMITS.textLength() + " (limits.entry.text-length)");
    }

    @Test
    void aReasonCarriesItsCodeAndArgumentsAsText() {
        WatchlistEntry entry = WatchlistEntries.base("PRF-3", EntryKind.RISK_PROFILE).setRiskWeight(1000)
            .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.RANDOM).build()).build();

        assertThat(validator.findings("PRF-3", entry)).containsExactly(
            new EntryProblem(EntryProblem.Code.RISK_WEIGHT_OUT_OF_RANGE, List.of("1000")),
            new EntryProblem(EntryProblem.Code.RANDOM_PROFILE_NEEDS_RATE, List.of()));
        assertThat(validator.findings("PRF-3", entry).get(0).text()).isEqualTo("riskWeight must be within 0..100, got 1000");
    }
}
