package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyBlockingKeysSpec {

    private final PartyBlockingKeys blocking = new PartyBlockingKeys();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Mohamed El Ouazzani|محمد الوزاني",
            "Mohammed Ouezzani|Muhammad Wazzani",
            "Abdelaziz Nouri|Abd al-Aziz Nouri",
            "Osama bin Laden|Usama ibn Ladin",
            "Mohammed Ali|Muhammad Ali",
            "AlisherUsmanov|Alisher Usmanov",
            "Phoenix Antiques SARL|Phoenix Antiques S.A.R.L."})
    void shouldGiveVariantsOfOneNameASharedKey(String declared, String listed) {
        // Given two spellings of one name
        // When both are keyed
        Set<String> shared = new HashSet<>(blocking.keys(declared));
        shared.retainAll(blocking.keys(listed));
        // Then the index finds one from the other
        assertThat(shared).isNotEmpty();
    }

    @Test
    void shouldNotKeyACommonNamePartOnItsOwn() {
        // Given names made of very common parts only
        Set<String> aliHassan = blocking.keys("Mohammed Ali Hassan");
        Set<String> omar = blocking.keys("Mohammed Omar");
        // Then no key stands for "Mohammed" alone, so such names do not all land in one huge bucket
        assertThat(aliHassan).noneMatch(key -> key.equals("r:MHMT") || key.equals("f:MHM"));
        Set<String> shared = new HashSet<>(aliHassan);
        shared.retainAll(omar);
        assertThat(shared).isEmpty();
    }

    @Test
    void shouldKeyARarePartOnItsOwn() {
        // Given a name with a rare family name and a common given name
        // Then the rare part alone is a key, so a declaration with another given name still finds it
        Set<String> shared = new HashSet<>(blocking.keys("Mohamed Ouazzani"));
        shared.retainAll(blocking.keys("Karim Ouazzani"));
        assertThat(shared).isNotEmpty();
    }

    @Test
    void shouldNameThePartKeysOfEachPair() {
        // Given the keys of a name with a common given name and a rare family name
        Set<String> keys = blocking.keys("Mohammed Goudsmit");
        String pair = keys.stream().filter(blocking::standsForPair).findFirst().orElseThrow();
        // Then the pair's parts are the keys each part would have alone: the rare one is among the name's keys
        List<String> parts = blocking.partsOfPair(pair);
        assertThat(parts).hasSize(2).allMatch(blocking::standsForOnePart);
        assertThat(keys).containsAnyElementsOf(parts);
        assertThat(blocking.partsOfPair(parts.get(0))).isEmpty();
    }

    @Test
    void shouldPairEveryTwoPartsSoANameWithAMiddleNameMoreOrLessSharesAPair() {
        // Given a listed name and a declared one with a father's name between
        Set<String> listed = blocking.keys("Youssef Khoury");
        Set<String> declared = blocking.keys("Youssef Mohammed Khoury");
        // Then they share a pair of parts, which stays selective when "Khoury" alone is common in the list
        Set<String> sharedPairs = new HashSet<>(listed);
        sharedPairs.retainAll(declared);
        assertThat(sharedPairs).anyMatch(blocking::standsForPair);
        assertThat(listed).filteredOn(blocking::standsForOnePart).isNotEmpty();
    }

    @Test
    void shouldLeavePairsWithARarePartOutOfTheEssentialKeys() {
        // Given a name with a rare part: its pairs only narrow the rare part's own key
        Set<String> all = blocking.keys("Youssef Mohammed Khoury");
        Set<String> essential = blocking.essentialKeys("Youssef Mohammed Khoury");
        // Then the essential keys keep the part keys and the pair of common parts, and nothing else is lost
        assertThat(all).containsAll(essential);
        assertThat(all.size()).isGreaterThan(essential.size());
        assertThat(essential).filteredOn(blocking::standsForPair).hasSize(1);
        assertThat(blocking.essentialKeys("Mohammed Ali Hassan")).isEqualTo(blocking.keys("Mohammed Ali Hassan"));
    }

    @Test
    void shouldGiveNoKeysForEmptyOrGarbageNames() {
        assertThat(blocking.keys(null)).isEmpty();
        assertThat(blocking.keys("")).isEmpty();
        assertThat(blocking.keys("\u0000 !!! ...")).isEmpty();
    }
}
