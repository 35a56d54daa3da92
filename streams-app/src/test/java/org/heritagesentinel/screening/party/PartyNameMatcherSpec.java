package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartyNameMatcherSpec {

    private static final NameMatchingConfig CONFIG = NameMatchingConfig.defaults();
    /** One matcher for all cases, as in the pipeline; it is thread-safe and loads its tables once. */
    private static final PartyNameMatcher MATCHER = new PartyNameMatcher(CONFIG);

    static Stream<Arguments> sameParty() {
        return Stream.of(
                Arguments.of("Mohamed El Ouazzani", "محمد الوزاني", "Arabic script against a Maghreb spelling"),
                Arguments.of("Mohammed Ouezzani", "Muhammad Wazzani", "given-name alias, French ou for w"),
                Arguments.of("Mehmet Ali Erdem", "Mohamed Ali Erdem", "Turkish spelling of Mohammed"),
                Arguments.of("Bashar al-Assad", "Bachar el-Assad", "article al-/el-, French ch for sh"),
                Arguments.of("Abdelaziz Nouri", "Abd al-Aziz Nouri", "Abdel compound against Abd al-"),
                Arguments.of("Abdul Aziz Nouri", "عبد العزيز نوري", "Abdul against Arabic script"),
                Arguments.of("Osama bin Laden", "Usama ibn Ladin", "bin/ibn and vowel spelling"),
                Arguments.of("Youssef Ben Ali", "يوسف بن علي", "ben against Arabic bin"),
                Arguments.of("Mohamed Ould Abdallah", "Muhammad wuld Abdullah", "ould and Abdallah variants"),
                Arguments.of("Moammar Qaddafi", "Muammar Gaddafi", "q and g renderings of qaf"),
                Arguments.of("Ouazzani, Mohamed", "Mohamed Ouazzani", "family name first"),
                Arguments.of("Mohamed Ahmed El Ouazzani", "Mohamed El Ouazzani", "missing middle name"),
                Arguments.of("M. Ouazzani", "Mohamed Ouazzani", "initial for the given name"),
                Arguments.of("Phoenix Antiques SARL", "Phoenix Antiques S.A.R.L.", "dotted legal form"),
                Arguments.of("Heritage Gallery GmbH", "Heritage Gallery Gesellschaft mit beschränkter Haftung",
                        "expanded legal form"),
                Arguments.of("Al Noor Trading W.L.L.", "Al-Noor Trading LLC", "Gulf and US legal forms"),
                Arguments.of("شركة النور", "Al Nour Company", "Arabic legal form"),
                Arguments.of("AlisherUsmanov", "Alisher Usmanov", "words written together"));
    }

    @ParameterizedTest(name = "{2}: {0} ~ {1}")
    @MethodSource("sameParty")
    void shouldMatchVariantsOfTheSameName(String declared, String listed, String variant) {
        // Given two spellings of one party's name (see the display name for the variant)
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then the score reaches the configured threshold
        assertThat(match.score()).as(match.explanation()).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
    }

    static Stream<Arguments> differentParties() {
        return Stream.of(
                Arguments.of("Mohammed Ali", "Mohammed Hassan", "only a very common given name in common"),
                Arguments.of("Ahmed Trading LLC", "Nour Trading LLC", "only company words in common"),
                Arguments.of("Hassan Nouri", "Hussein Nouri", "two different names with the skeleton HSN"),
                Arguments.of("Saddam Hussein al-Tikriti", "Saddam Hussein al-Dulaimi", "different family name"),
                Arguments.of("Abdul Ghani Baradar", "Abdul Hamid Baradar", "different name after Abdul"),
                Arguments.of("Phoenix Antiques SARL", "Palmyra Antiques SARL", "different company name"),
                Arguments.of("Mohamed Ouazzani", "Mohamed Bennani", "same given name, other family"));
    }

    @ParameterizedTest(name = "{2}: {0} vs {1}")
    @MethodSource("differentParties")
    void shouldNotMatchNamesSharingOnlyCommonOrUnrelatedParts(String declared, String listed, String why) {
        // Given two names of different parties
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then the score stays below the threshold
        assertThat(match.score()).as(match.explanation()).isLessThan(ScreeningThreshold.DEFAULT);
    }

    @Test
    void shouldScoreARareSharedPartAboveACommonSharedPart() {
        // Given one pair sharing a rare family name and another sharing only Mohammed
        // When both are compared
        double rare = MATCHER.match("Karim Ouazzani", "Youssef Ouazzani").score();
        double common = MATCHER.match("Mohammed Karim", "Mohammed Youssef").score();
        // Then the rare part counts for more
        assertThat(rare).isGreaterThan(common);
    }

    static Stream<String> garbage() {
        return Stream.of(null, "", " ", "\u0000\u0007\u001B", "!!!", "...", "\uD83D\uDE00\uD83D\uDE00", "\uD800",
                "ـــ", "\u200C\u200D", "A".repeat(10_000), "1 2 3", "- - -", "Al", "bin");
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void shouldNeverThrowOnGarbageInput(String garbage) {
        // Given garbage on either side
        // When it is compared with a real name and with itself
        // Then no exception escapes and the score stays within 0..1
        assertThatCode(() -> {
            NameMatch a = MATCHER.match(garbage, "Mohamed El Ouazzani");
            NameMatch b = MATCHER.match("Mohamed El Ouazzani", garbage);
            NameMatch c = MATCHER.match(garbage, garbage);
            for (NameMatch m : new NameMatch[] {a, b, c}) {
                assertThat(m.score()).isBetween(0.0, 1.0);
                assertThat(m.explanation()).isNotNull();
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void shouldExplainWhichPartsMatchedAndWhy() {
        // Given a declared Latin spelling and a listed Arabic name
        // When they are compared
        NameMatch match = MATCHER.match("Mohamed El Ouazzani", "محمد الوزاني");
        // Then the explanation quotes both names, the evidence per part and the score
        assertThat(match.explanation())
                .startsWith("'Mohamed El Ouazzani' ~ 'محمد الوزاني': ")
                .contains("name alias")
                .endsWith(String.format(java.util.Locale.ROOT, "%.2f", match.score()));
    }

    @Test
    void shouldNameMissingPartsInTheExplanation() {
        // Given a declared name with a middle name the list does not have
        NameMatch match = MATCHER.match("Mohamed Karim Ouazzani", "Mohamed Ouazzani");
        // Then the explanation says which part only the declaration has
        assertThat(match.explanation()).contains("only declared: karim");
    }

    @Test
    void shouldGiveTheSameScoreWithAndWithoutCache() {
        // Given a matcher that caches parsed names and one that does not
        PartyNameMatcher uncached = new PartyNameMatcher(new NameMatchingConfig(
                CONFIG.minPartSimilarity(), CONFIG.extraPartCost(), CONFIG.conflictPartCost(),
                CONFIG.legalFormMismatchFactor(), 0, CONFIG.scoring()));
        // When both compare the same pair twice
        // Then they agree
        for (int i = 0; i < 2; i++) {
            assertThat(uncached.match("Abdul Aziz Nouri", "عبد العزيز نوري").score())
                    .isEqualTo(MATCHER.match("Abdul Aziz Nouri", "عبد العزيز نوري").score());
        }
    }

    @Test
    void shouldQuoteAVersionInAlerts() {
        assertThat(PartyNameMatcher.version()).matches("party-matcher/\\d+\\.\\d+");
    }
}
