package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules against alert noise (party-matcher/1.3 and 1.5): each keeps apart the shape of name that made false
 * alerts, and each leaves alone the nearest shape that must keep matching.
 */
class PartyNoiseRulesSpec {

    private static final NameMatchingConfig CONFIG = NameMatchingConfig.defaults();
    private static final PartyNameMatcher MATCHER = new PartyNameMatcher(CONFIG);

    static Stream<Arguments> differentParties() {
        return Stream.of(
                Arguments.of("Khalil Global Trading LLC", "Khalil Trading LLC",
                        "one distinctive word and a generic word more"),
                Arguments.of("Benjelloun International Import Export SARL", "Benjelloun Import Export SARL",
                        "one distinctive word and a generic word more, several generic words"),
                Arguments.of("Gharbi SARL", "Youssef Gharbi", "a company named after a family against a person"),
                Arguments.of("شركة الخليل للتجارة العالمية", "شركة الخليل للتجارة", "Arabic generic business word"),
                Arguments.of("Laurent Kalou", "Laurent Ould", "a given name alone once the particle is dropped"),
                Arguments.of("Christophe Lazzari", "Maulana Christophe", "a given name alone once the title is dropped"),
                Arguments.of("Luc Bertrand", "Luc Bernard", "two different known given names spelt alike"),
                Arguments.of("Yusuf Mustafa Khalil", "Mustafa Khalil", "own given name missing, father's name first"),
                Arguments.of("Ibrahim Mohammed Berrada", "Mohamed Berrada", "same, father's name a variant"),
                Arguments.of("Said Mohamed Jaber", "JABER Mohamed", "same, family name first"),
                Arguments.of("Mohammed Abdelkarim Mansour", "Abdelkarim Mansour",
                        "own given name missing, a compound father's name first"),
                Arguments.of("Berrada Trading Est.", "Berrada Trading LLC", "an establishment and a company"),
                Arguments.of("Berrada & Partners KG", "Berrada & Partners GmbH", "a partnership and a company"),
                Arguments.of("Mohammed Saleh", "Mohammed Mohammed Saleh",
                        "a father of the same name missing, nothing rare agreeing"),
                Arguments.of("Fadi Mohammed Winfield", "Mohammed Mohammed Winfield",
                        "a repeated name in the place of the other's own given name"),
                Arguments.of("Mohammed Obeid", "Mohammed Al-Obeidi", "a nisba is a family name of its own"),
                Arguments.of("Ali Karimi", "Ali Karim", "same, Persian"),
                Arguments.of("Laurent Mario", "Marie Laurent", "two different known given names, Italian and French"));
    }

    @ParameterizedTest(name = "{2}: {0} vs {1}")
    @MethodSource("differentParties")
    void shouldKeepApartNamesThatANoiseRuleRecognisesAsDifferent(String declared, String listed, String rule) {
        // Given names of two different parties
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then they do not match
        assertThat(match.score()).as(match.explanation()).isLessThan(ScreeningThreshold.DEFAULT);
    }

    static Stream<Arguments> sameParty() {
        return Stream.of(
                Arguments.of("KHALIL TRADING L.L.C.", "Khalil Trading LLC", "same generic words"),
                Arguments.of("Cedar Khalil Global Trading LLC", "Cedar Khalil Trading LLC",
                        "two distinctive words agree, a generic word more"),
                Arguments.of("Laurent", "Laurent Ould", "a given name alone against itself"),
                Arguments.of("Luc Bertrant", "Luc Bertrand", "spelling variant of a known given name"),
                Arguments.of("Yusuf Khalil", "Yusuf Mustafa Khalil", "father's name dropped"),
                Arguments.of("Khalil Yusuf", "Yusuf Mustafa Khalil", "father's name dropped, family name first"),
                Arguments.of("Abdelkarim Mansour", "Abdelkarim Mohammed Mansour",
                        "father's name dropped after a compound given name"),
                Arguments.of("Berrada Trading SARL", "Berrada Trading LLC", "one legal form in two languages"),
                Arguments.of("Berrada General Trading Co.", "Berrada General Trading LLC", "company without its form"),
                Arguments.of("Mohammed Winfield", "Mohammed Mohammed Winfield",
                        "a father of the same name missing, the rare family name agreeing"),
                Arguments.of("Abdullahi Yusuf", "Abdullah Yusuf", "the i of Abdullahi is no nisba"),
                Arguments.of("Vasil Kuznetsov", "Vasili Kuznetsov", "nor is the i of a Slavic given name"),
                Arguments.of("Luis Chodat", "Louis Chodat", "one given name in two languages"));
    }

    @ParameterizedTest(name = "{2}: {0} ~ {1}")
    @MethodSource("sameParty")
    void shouldStillMatchTheNearestShapeThatIsTheSameParty(String declared, String listed, String shape) {
        // Given two forms of one party's name
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then they match
        assertThat(match.score()).as(match.explanation()).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
    }

    @Test
    void shouldNameTheNoiseRuleThatLoweredTheScore() {
        // Given two company names that agree on one distinctive word
        // When they are compared
        NameMatch match = MATCHER.match("Khalil Global Trading LLC", "Khalil Trading LLC");
        // Then the explanation says which rule lowered the score
        assertThat(match.explanation()).contains("only declared: global; one distinctive word only ×0.85");
    }

    @Test
    void shouldSayThatAnEstablishmentAndACompanyAreTwoLegalPersons() {
        // Given an establishment and a company of the same name
        // When they are compared
        NameMatch match = MATCHER.match("Berrada Trading Est.", "Berrada Trading LLC");
        // Then the explanation names the legal-form rule
        assertThat(match.explanation()).contains("another legal person ×0.75");
    }
}
