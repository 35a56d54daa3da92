package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case or more for each general mechanism of the matcher, in both directions where it can err. */
class PartyNameMechanismsSpec {

    private static final NameMatchingConfig CONFIG = NameMatchingConfig.defaults();
    private static final PartyNameMatcher MATCHER = new PartyNameMatcher(CONFIG);

    static Stream<Arguments> sameParty() {
        return Stream.of(
                Arguments.of("Isa bin Tarif Al Bin Ali", "AL BEN ALI, Isa Ben Tarif", "patronymic links in the same roles"),
                Arguments.of("Vanderbilt Corp", "Van der Bilt Corp", "particles written together"),
                Arguments.of("Karim Benali", "Karim Ben Ali", "patronymic link written together"),
                Arguments.of("Omar Elmasri", "Omar El Masri", "article written together"),
                Arguments.of("Brigade Forty-Four", "Brigade 44", "number words"),
                Arguments.of("Brigade Forty 4", "Brigade 44", "number word and digit"),
                Arguments.of("First International Bank", "1st International Bank", "ordinal word"),
                Arguments.of("First Bank Int'l", "First International Bank", "abbreviated organisation word"),
                Arguments.of("Bill Thornton", "William Thornton", "English hypocorism"),
                Arguments.of("Juan Ortega", "John Ortega", "same given name in another language"),
                Arguments.of("Joseph Haddad", "Yusuf Haddad", "Arabic equivalent of a Western given name"),
                Arguments.of("PLA", "People's Liberation Army", "acronym"),
                Arguments.of("JC Juncker", "Jean-Claude Juncker", "initials written together"),
                Arguments.of("Siemens Aktiengeselschaft", "Siemens AG", "misspelt legal form"),
                Arguments.of("Tactical Missiles Corporation Joint Stock Compan",
                        "Tactical Missiles Corporation Joint Stock Company", "legal form cut off"),
                Arguments.of("Володимир Зеленський", "Volodymyr Oleksandrovych Zelenskyy", "missing patronymic"),
                Arguments.of("习近平", "习近平", "same ideographs"));
    }

    @ParameterizedTest(name = "{2}: {0} ~ {1}")
    @MethodSource("sameParty")
    void shouldMatchNamesThatAMechanismRecognisesAsTheSame(String declared, String listed, String mechanism) {
        // Given two forms of one party's name
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then they match
        assertThat(match.score()).as(match.explanation()).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
    }

    static Stream<Arguments> differentParties() {
        return Stream.of(
                Arguments.of("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi", "father and son swapped"),
                Arguments.of("Habib ben Mohamed Loubiri", "Habib ben Ahmed Loubiri", "different common fathers' names"),
                Arguments.of("Oleksandr Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy", "given name against patronymic"),
                Arguments.of("Zaurbek Magomedovich Guchaev", "Zaurbek Salimovich Guchaev", "different patronymics"),
                Arguments.of("Banco Santander S.A.", "Banco Santander Chile S.A.", "subsidiary with a distinctive word"),
                Arguments.of("N.N.", "Nursultan Nazarbayev", "two initials alone"),
                Arguments.of("习近朋", "习近平", "one different ideograph"),
                Arguments.of("김종은", "김정은", "one different Hangul syllable"),
                Arguments.of("高石早苗", "高市早苗", "different ideographs with the same reading"),
                Arguments.of("John Pontes", "John Poniatowski", "sound code of a short part equal to a long part's start"),
                Arguments.of("William Potter", "William Bathory", "same consonants, other vowels"),
                Arguments.of("Karim Saleh", "Karim Saleh Bouzid", "agreement on common parts only, identifying part missing"));
    }

    @ParameterizedTest(name = "{2}: {0} vs {1}")
    @MethodSource("differentParties")
    void shouldKeepApartNamesThatAMechanismRecognisesAsDifferent(String declared, String listed, String mechanism) {
        // Given names of two different parties
        // When they are compared
        NameMatch match = MATCHER.match(declared, listed);
        // Then they do not match
        assertThat(match.score()).as(match.explanation()).isLessThan(ScreeningThreshold.DEFAULT);
    }

    @Test
    void shouldStripGluedParticlesOnlyBeforeAPlausibleStem() {
        // Given words that start with particle letters
        // When their stems are taken
        // Then real glued particles are removed and ordinary names are left alone
        assertThat(NamePartFactory.stemOf("vanderbilt")).isEqualTo("bilt");
        assertThat(NamePartFactory.stemOf("benali")).isEqualTo("ali");
        assertThat(NamePartFactory.stemOf("delgado")).isNull();
        assertThat(NamePartFactory.stemOf("leon")).isNull();
    }

    @Test
    void shouldExplainAGluedParticle() {
        // Given a family name written with and without its article
        // When compared
        NameMatch match = MATCHER.match("Omar Elmasri", "Omar El Masri");
        // Then the explanation names the evidence
        assertThat(match.explanation()).contains("elmasri=masri (particle written together)");
    }

    @Test
    void shouldTellTheSameFullNameWhateverTheOrderAndTheSpellingOfAGivenName() {
        // Given / When / Then
        assertThat(MATCHER.sameFullName("Muhammad AL-SHAMMARI", "Shammari, Mohamed")).isTrue();
        assertThat(MATCHER.sameFullName("Omar Hassan", "Mohammed Omar Hassan")).isFalse();
        assertThat(MATCHER.sameFullName("Haddad Trading Est.", "Haddad Trading LLC")).isFalse();
    }
}
