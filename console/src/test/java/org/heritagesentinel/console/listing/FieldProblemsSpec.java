package org.heritagesentinel.console.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.watchlist.EntryProblem;
import org.heritagesentinel.watchlist.EntryProblem.Code;
import org.junit.jupiter.api.Test;

/** Issue 15: each validator reason goes next to the field it is about; the others stay above the form. */
class FieldProblemsSpec {
    private static final List<String> PROFILE_FIELDS = new DraftForm(EntryKind.RISK_PROFILE, Map.of()).fields();
    private static final EntryProblem RISK_WEIGHT = problem(Code.RISK_WEIGHT_OUT_OF_RANGE, "140");
    private static final EntryProblem HS_PREFIX = problem(Code.HS_PREFIX_INVALID, "97x");
    private static final EntryProblem PARTY_NEEDS = problem(Code.PARTY_NEEDS_NAME_OR_IDENTIFIER);
    private static final EntryProblem CONVEYANCE_NEEDS = problem(Code.CONVEYANCE_NEEDS_CONTAINER_OR_MEANS);

    @Test
    void reasonsNamingTheirFieldOrWhatTheKindNeedsAreSortedToThatField() {
        EntryProblem authority = problem(Code.LISTING_AUTHORITY_INVALID, "J0", "invalid authority code 'J0'");
        FieldProblems problems = FieldProblems.sort(List.of(RISK_WEIGHT, HS_PREFIX, problem(Code.RANDOM_PROFILE_NEEDS_RATE),
            problem(Code.AGE_VALUE_NEEDS_AGE_OR_VALUE), authority), PROFILE_FIELDS);

        assertThat(problems.of("riskWeight")).containsExactly(FormMessage.of(RISK_WEIGHT));
        assertThat(problems.of("hsPrefixes")).containsExactly(FormMessage.of(HS_PREFIX));
        assertThat(problems.of("rate")).containsExactly(FormMessage.of(problem(Code.RANDOM_PROFILE_NEEDS_RATE)));
        assertThat(problems.of("minAgeYears")).containsExactly(FormMessage.of(problem(Code.AGE_VALUE_NEEDS_AGE_OR_VALUE)));
        assertThat(problems.general()).containsExactly(FormMessage.of(authority));
    }

    @Test
    void aFieldTheFormDoesNotShowLeavesItsReasonGeneralAndTheSummaryNamesEveryField() {
        List<String> partyFields = new DraftForm(EntryKind.PARTY, Map.of()).fields();
        FieldProblems problems = FieldProblems.sort(List.of(PARTY_NEEDS, CONVEYANCE_NEEDS), partyFields);
        FormMessage notANumber = FormMessage.of("draft.problem.not-a-number", "x");
        problems.on("riskWeight", notANumber);

        assertThat(problems.of("names")).containsExactly(FormMessage.of(PARTY_NEEDS));
        assertThat(problems.general()).containsExactly(FormMessage.of(CONVEYANCE_NEEDS));
        assertThat(problems.all()).containsExactly(
            new FieldProblems.Problem("", FormMessage.of(CONVEYANCE_NEEDS)),
            new FieldProblems.Problem("names", FormMessage.of(PARTY_NEEDS)),
            new FieldProblems.Problem("riskWeight", notANumber));
        assertThat(FieldProblems.none().isEmpty()).isTrue();
    }

    @Test
    void aFieldThatCouldNotBeReadKeepsThatMessageAloneWhenTheValidatorsAreAdded() {
        FieldProblems problems = FieldProblems.none();
        FormMessage notANumber = FormMessage.of("draft.problem.not-a-number", "abc");
        problems.on("riskWeight", notANumber);

        problems.merge(List.of(problem(Code.RISK_WEIGHT_OUT_OF_RANGE, "-1"), HS_PREFIX), PROFILE_FIELDS);

        assertThat(problems.of("riskWeight")).containsExactly(notANumber);
        assertThat(problems.of("hsPrefixes")).containsExactly(FormMessage.of(HS_PREFIX));
    }

    @Test
    void aValidatorReasonKeepsItsCodeArgumentsAndEnglishText() {
        assertThat(FormMessage.of(RISK_WEIGHT)).isEqualTo(new FormMessage("entry-problem.RISK_WEIGHT_OUT_OF_RANGE",
            List.of("140"), "riskWeight must be within 0..100, got 140"));
    }

    private static EntryProblem problem(Code code, String... args) {
        return new EntryProblem(code, List.of(args));
    }
}
