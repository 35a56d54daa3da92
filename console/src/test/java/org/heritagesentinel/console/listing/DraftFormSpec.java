package org.heritagesentinel.console.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.watchlist.EntryValidator;
import org.junit.jupiter.api.Test;

/** Issue 15: a draft of every kind from the form, its unreadable values named by field, and back to the form to edit. */
class DraftFormSpec {
    private final EntryValidator validator = new EntryValidator(ConfigLoader.defaultsOnly().limits().entry());

    @Test
    void aStolenObjectDraftIsTheUsersDraftOfTheirAuthorityAndValid() {
        DraftForm form = new DraftForm(EntryKind.OBJECT, Map.of("entryId", "OBJ-JO-1", "objectType", "tablet",
            "description", "clay tablet, cuneiform", "referenceNumbers", "IQ-1234, INTERPOL 2026/77", "riskWeight", "90",
            "legalBasis", "Law 49/2019"));

        DraftForm.Draft draft = form.toDraft("analyst.jo", "JO", 1);

        WatchlistEntry entry = draft.entry();
        assertThat(draft.problems().isEmpty()).isTrue();
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(entry.getAuthor()).isEqualTo("analyst.jo");
        assertThat(entry.getApprover()).isNull();
        assertThat(entry.getListingAuthority()).isEqualTo("JO");
        assertThat(entry.getObject().getReferenceNumbers()).containsExactly("IQ-1234", "INTERPOL 2026/77");
        assertThat(validator.problems("OBJ-JO-1", entry)).isEmpty();
    }

    @Test
    void aRiskProfileReadsItsCodesAmountsAndListsAndSurvivesTheRoundTripToTheForm() {
        DraftForm form = new DraftForm(EntryKind.RISK_PROFILE, Map.of("entryId", "PRF-JO-9", "ruleType", "AGE_VALUE_THRESHOLD",
            "hsPrefixes", "9705\n9706", "countries", "sy, iq", "transportModes", "sea, road", "minAgeYears", "100",
            "minValue", "18000 EUR", "requiredDocument", "EXPORT_LICENCE", "riskWeight", "65"));

        WatchlistEntry entry = form.toDraft("supervisor.jo", "JO", 3).entry();

        assertThat(entry.getRevision()).isEqualTo(3);
        assertThat(entry.getProfile().getRuleType()).isEqualTo(RuleType.AGE_VALUE_THRESHOLD);
        assertThat(entry.getProfile().getCountries()).containsExactly("SY", "IQ");
        assertThat(entry.getProfile().getTransportModes()).containsExactly(TransportMode.SEA, TransportMode.ROAD);
        assertThat(entry.getProfile().getMinValue().getAmount()).isEqualByComparingTo(new BigDecimal("18000"));
        assertThat(entry.getProfile().getRequiredDocument()).isEqualTo(DocumentType.EXPORT_LICENCE);
        DraftForm again = DraftForm.of(entry);
        assertThat(again.kind()).isEqualTo(EntryKind.RISK_PROFILE);
        assertThat(again.value("minValue")).isEqualTo("18000 EUR");
        assertThat(again.value("hsPrefixes")).isEqualTo("9705\n9706");
        assertThat(again.toDraft("supervisor.jo", "JO", 3).entry()).isEqualTo(entry);
    }

    @Test
    void valuesThatAreNoNumberOrNoKnownCodeAreNamedByFieldAndKeptAsTyped() {
        DraftForm form = new DraftForm(EntryKind.CONVEYANCE, Map.of("entryId", "CNV-1", "riskWeight", "high",
            "containers", "MSCU1234567", "mode", "HOVERCRAFT"));

        FieldProblems problems = form.toDraft("analyst.jo", "JO", 1).problems();

        assertThat(problems.of("riskWeight")).containsExactly(FormMessage.of("draft.problem.not-a-number", "high"));
        assertThat(problems.of("mode")).containsExactly(FormMessage.of("draft.problem.unknown-code", "HOVERCRAFT"));
        assertThat(form.value("riskWeight")).isEqualTo("high");
        assertThat(form.fields()).containsSubsequence("entryId", "riskWeight", "containers", "meansIds", "mode");
    }

    @Test
    void aPartyWithoutNamesIsRefusedOnTheNamesFieldAndAnUnknownKindIsAParty() {
        DraftForm form = new DraftForm(DraftForm.kind("no-such-kind"), Map.of("entryId", "PTY-1"));

        assertThat(form.kind()).isEqualTo(EntryKind.PARTY);
        assertThat(form.toDraft("analyst.jo", "JO", 1).problems().of("names")).containsExactly(FormMessage.of("draft.problem.no-name"));
        assertThat(form.choices("requiredDocument")).startsWith("").contains("EXPORT_LICENCE");
        assertThat(DraftForm.KINDS).hasSize(5).doesNotContain(EntryKind.UNKNOWN);
        assertThat(List.of(form.value("riskWeight"), form.value("sharingScope"))).containsExactly("70", "REGIONAL");
    }
}
