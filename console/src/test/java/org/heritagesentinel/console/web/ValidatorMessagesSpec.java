package org.heritagesentinel.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.heritagesentinel.console.listing.FormMessage;
import org.heritagesentinel.watchlist.EntryProblem;
import org.heritagesentinel.watchlist.EntryProblem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: the watchlist validator's reasons shown next to the draft fields are said in the user's language. Fails
 * when a validator code or a message of the form lacks words in one of the console's three languages.
 */
class ValidatorMessagesSpec {
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    private static final List<String> FORM_MESSAGES = List.of("draft.problem.no-name", "draft.problem.not-a-number",
        "draft.problem.unknown-code", "draft.problem.not-money", "draft.problem.not-allowed", "draft.problem.already-listed",
        "draft.problem.trial-days");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyValidatorCodeHasWordsInFrenchAndArabicAndItsEnglishTextInEnglish(Code code) {
        EntryProblem problem = new EntryProblem(code, List.of("«A»", "«B»", "«C»"));
        String english = page("en").say(FormMessage.of(problem));

        assertThat(english).isEqualTo(problem.text()).doesNotContain("{");
        for (String language : List.of("fr", "ar")) {
            Messages messages = new Messages(language);
            String key = FormMessage.ENTRY_PROBLEM + code.name();
            assertThat(messages.has(key)).as("%s has no %s", language, key).isTrue();
            String said = page(language).say(FormMessage.of(problem));
            assertThat(said).as("%s in %s", code, language).isNotEqualTo(english).doesNotContain("{");
            if (problem.args().stream().anyMatch(english::contains)) {
                assertThat(problem.args()).as("%s in %s shows its arguments", code, language).anyMatch(said::contains);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void everyMessageOfTheFormHasWordsInEachLanguage(String language) {
        Messages messages = new Messages(language);
        for (String key : FORM_MESSAGES) {
            assertThat(messages.has(key)).as("%s has no %s", language, key).isTrue();
            assertThat(page(language).say(FormMessage.of(key, "«A»"))).doesNotContain("{", "''");
        }
    }

    /** A quote in a pattern with arguments would hide them from MessageFormat: only typographic quotes are used. */
    @Test
    void noPatternWithArgumentsHoldsAStraightQuoteThatWouldHideThem() {
        for (String language : LANGUAGES) {
            Messages messages = new Messages(language);
            List<String> keys = new ArrayList<>(FORM_MESSAGES);
            for (Code code : Code.values()) {
                keys.add(FormMessage.ENTRY_PROBLEM + code.name());
            }
            keys.stream().filter(messages::has).forEach(key -> {
                String pattern = messages.get(key);
                if (PLACEHOLDER.matcher(pattern).find()) {
                    assertThat(pattern.replace("''", "")).as("%s %s", language, key).doesNotContain("'");
                }
            });
        }
    }

    private static Page page(String language) {
        return new Page(null, new Messages(language), language, "", "");
    }
}
