package org.heritagesentinel.screening.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name part the static table takes for rare weighs as a common part when the list held says it is common:
 * agreeing on it and on another common part, with a part missing on one side, is not enough to alert.
 */
class ListCommonnessSpec {

    private static final NameMatchingConfig CONFIG = NameMatchingConfig.defaults();
    private static final PartyNameMatcher MATCHER = new PartyNameMatcher(CONFIG);
    private static final PartyBlockingKeys KEYS = new PartyBlockingKeys();

    @Test
    void shouldNotMatchOnCommonPartsOnlyWhenTheListSaysTheFamilyNameIsCommon() {
        // Given a list of 2,000 parties of which 80 are called Khoury
        ListedPartCounts list = listOf(80, "Khoury", 2_000);
        // When a shorter name agreeing on the given name and on Khoury is compared with a listed one
        NameMatch inList = MATCHER.match("Youssef Khoury", "Youssef Ali Khoury", list);
        // Then it stays below the threshold, where the static table alone (Khoury unlisted, so rare) lets it match
        assertThat(inList.score()).as(inList.explanation()).isLessThan(ScreeningThreshold.DEFAULT);
        NameMatch alone = MATCHER.match("Youssef Khoury", "Youssef Ali Khoury");
        assertThat(alone.score()).as(alone.explanation()).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
    }

    @Test
    void shouldStillMatchAMissingMiddleNameWhenTheFamilyNameIsRareInTheList() {
        // Given the same list, where Ouazzani is carried by one party
        ListedPartCounts list = listOf(80, "Khoury", 2_000);
        // Then the usual short form of a name with a rare family name still matches
        NameMatch match = MATCHER.match("Karim Ouazzani", "Karim Ali Ouazzani", list);
        assertThat(match.score()).as(match.explanation()).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
    }

    @Test
    void shouldLeaveWeightsAloneWhileTheListIsTooSmallToSayWhatIsCommon() {
        // Given a list of 15 parties, all called Khoury: too few to stand for a population
        ListedPartCounts list = listOf(15, "Khoury", 15);
        // Then the score is the one without list statistics
        assertThat(MATCHER.match("Youssef Khoury", "Youssef Ali Khoury", list).score())
                .isEqualTo(MATCHER.match("Youssef Khoury", "Youssef Ali Khoury").score());
    }

    @Test
    void shouldWeighANameAgainWhenTheListChanges() {
        // Given one matcher that has already compared the names against a list of 15 parties
        PartyNameMatcher matcher = new PartyNameMatcher(CONFIG);
        GrowingList list = new GrowingList(listOf(15, "Khoury", 15));
        double before = matcher.match("Youssef Khoury", "Youssef Ali Khoury", list).score();
        // When the list grows to 2,000 parties, 80 of them called Khoury, and says so by a new version
        list.now = listOf(80, "Khoury", 2_000);
        list.version++;
        // Then the weights kept from the first comparison are not used again
        assertThat(before).isGreaterThanOrEqualTo(ScreeningThreshold.DEFAULT);
        assertThat(matcher.match("Youssef Khoury", "Youssef Ali Khoury", list).score()).isLessThan(ScreeningThreshold.DEFAULT);
    }

    /** A list held that changes, as the watchlist table does. */
    private static final class GrowingList implements ListedPartCounts {
        ListedPartCounts now;
        long version;

        GrowingList(ListedPartCounts now) {
            this.now = now;
        }

        @Override
        public int partiesWith(String partKey) {
            return now.partiesWith(partKey);
        }

        @Override
        public int parties() {
            return now.parties();
        }

        @Override
        public long version() {
            return version;
        }
    }

    @Test
    void shouldKeepExactNamesakesAtFullScoreWhateverTheList() {
        ListedPartCounts list = listOf(80, "Khoury", 2_000);
        assertThat(MATCHER.match("Youssef Khoury", "Youssef Khoury", list).score()).isEqualTo(1.0);
    }

    /** A list of {@code parties} parties, {@code carriers} of them with the family name, the others with names of their own. */
    private static ListedPartCounts listOf(int carriers, String familyName, int parties) {
        List<String> names = new ArrayList<>();
        String[] given = {"Omar", "Rami", "Walid", "Nabil", "Ziad"};
        for (int i = 0; i < parties; i++) {
            names.add(i < carriers ? given[i % given.length] + " " + familyName : given[i % given.length] + " Fam" + Integer.toString(i, 26));
        }
        Map<String, Integer> postings = new HashMap<>();
        for (String name : names) {
            KEYS.keys(name).forEach(key -> postings.merge(key, 1, Integer::sum));
        }
        return new ListedPartCounts() {
            @Override
            public int partiesWith(String partKey) {
                return postings.getOrDefault(partKey, 0);
            }

            @Override
            public int parties() {
                return names.size();
            }

            @Override
            public long version() {
                return 1;
            }
        };
    }
}
