package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser works a word out once and reuses it for the names that share it: what it returns must not depend on
 * the names it parsed before.
 */
class NameParserSpec {

    /** Words met again in another script, order, case or company: each must read as it would in a fresh parser. */
    private static final List<String> NAMES = List.of(
            "Mhmd Ali Trading LLC", "محمد علي", "Karim Wzany", "كريم الوزاني", "MHMD, Ali", "Ali Mhmd", "Sergey Sergey Shoigu",
            "Сергей Кужугетович Шойгу", "Siemens Aktiengeselschaft", "Aktiengeselschaft Siemens", "Siemens AG",
            "Joint Stock Compan", "Tactical Missiles Corporation Joint Stock Compan", "Abdelaziz Noureddine",
            "عبد العزيز نور الدين", "Abd al-Aziz", "Ig0r Sech1n", "Igor Sechin", "Xasan Cabdi", "Hasan Abdi",
            "First International Bank", "1st International Bank", "Vanderbilt Corp", "Viktorovich");

    @Test
    void shouldParseANameAsAFreshParserWouldWhateverItParsedBefore() {
        // Given a parser that has parsed every name once already, in one order
        NameParser warm = NameParser.withBundledTables();
        NAMES.forEach(warm::parse);

        // When it parses them again in the other order
        // Then each parsed name is the one a parser that never met any of its words gives
        List<String> otherOrder = new ArrayList<>(NAMES);
        Collections.reverse(otherOrder);
        for (String name : otherOrder) {
            assertThat(warm.parse(name)).as(name).isEqualTo(NameParser.withBundledTables().parse(name));
        }
    }

    @Test
    void shouldKeepTwoPartsSpeltAlikeTwoParts() {
        // Given a name whose given name is also its father's, parsed after both were met
        NameParser parser = NameParser.withBundledTables();
        parser.parse("Sergey Shoigu");

        // When it is parsed
        List<NamePart> parts = parser.parse("Sergey Sergey Shoigu").parts();

        // Then the two Sergeys are alike but two parts: alignment tells parts apart by identity
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isEqualTo(parts.get(1)).isNotSameAs(parts.get(1));
    }
}
