package org.heritagesentinel.console.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 15: each validator message goes next to the field it is about; the others stay above the form. */
class FieldProblemsSpec {
    private static final List<String> PROFILE_FIELDS = new DraftForm(org.heritagesentinel.avro.EntryKind.RISK_PROFILE,
        java.util.Map.of()).fields();

    @Test
    void messagesNamingTheirFieldOrWhatTheKindNeedsAreSortedToThatField() {
        FieldProblems problems = FieldProblems.sort(List.of(
            "riskWeight must be within 0..100, got 140",
            "invalid HS prefix '97x'",
            "RANDOM profile needs a rate",
            "AGE_VALUE_THRESHOLD profile needs minAgeYears or minValue",
            "listingAuthority: 'J0' is not an ISO alpha-2 code"), PROFILE_FIELDS);

        assertThat(problems.of("riskWeight")).containsExactly("riskWeight must be within 0..100, got 140");
        assertThat(problems.of("hsPrefixes")).containsExactly("invalid HS prefix '97x'");
        assertThat(problems.of("rate")).containsExactly("RANDOM profile needs a rate");
        assertThat(problems.of("minAgeYears")).containsExactly("AGE_VALUE_THRESHOLD profile needs minAgeYears or minValue");
        assertThat(problems.general()).containsExactly("listingAuthority: 'J0' is not an ISO alpha-2 code");
    }

    @Test
    void aFieldTheFormDoesNotShowLeavesItsMessageGeneralAndTheSummaryNamesEveryField() {
        List<String> partyFields = new DraftForm(org.heritagesentinel.avro.EntryKind.PARTY, java.util.Map.of()).fields();
        FieldProblems problems = FieldProblems.sort(List.of("PARTY entry needs a name or an identifier",
            "CONVEYANCE entry needs a container number or a means id"), partyFields);
        problems.on("riskWeight", "'x' is not a number");

        assertThat(problems.of("names")).containsExactly("PARTY entry needs a name or an identifier");
        assertThat(problems.general()).containsExactly("CONVEYANCE entry needs a container number or a means id");
        assertThat(problems.all()).containsExactly(
            new FieldProblems.Problem("", "CONVEYANCE entry needs a container number or a means id"),
            new FieldProblems.Problem("names", "PARTY entry needs a name or an identifier"),
            new FieldProblems.Problem("riskWeight", "'x' is not a number"));
        assertThat(FieldProblems.none().isEmpty()).isTrue();
    }

    @Test
    void aFieldThatCouldNotBeReadKeepsThatMessageAloneWhenTheValidatorsAreAdded() {
        FieldProblems problems = FieldProblems.none();
        problems.on("riskWeight", "'abc' is not a number");

        problems.merge(List.of("riskWeight must be within 0..100, got -1", "invalid HS prefix '97x'"), PROFILE_FIELDS);

        assertThat(problems.of("riskWeight")).containsExactly("'abc' is not a number");
        assertThat(problems.of("hsPrefixes")).containsExactly("invalid HS prefix '97x'");
    }
}
