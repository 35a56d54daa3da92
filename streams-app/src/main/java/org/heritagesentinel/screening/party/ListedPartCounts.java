package org.heritagesentinel.screening.party;

/**
 * How many listed parties carry a name part, in the list held. A family name carried by dozens of
 * listed parties is common in the population screened, whatever the static frequency table says
 * (Saleh, Khoury, Haddad), so agreeing on it says less.
 */
public interface ListedPartCounts {

    /**
     * Listed parties a list needs before it says a part is common; a small list says nothing about the population.
     * With {@link #COMMON_IN_LIST_MIN_SHARE}, not in the configurable {@link PartyScoringTable}: screening's blocking
     * reads {@link #common} as well as the weights, and the two must agree.
     */
    int COMMON_IN_LIST_MIN_PARTIES = 20;
    /** Share of the listed parties (and at least the minimum count) that makes a part common in the list. */
    double COMMON_IN_LIST_MIN_SHARE = 0.001;

    /** No list statistics: the static table alone decides (name scoring from the command line, tests). */
    ListedPartCounts NONE = new ListedPartCounts() {
        @Override
        public int partiesWith(String partKey) {
            return 0;
        }

        @Override
        public int parties() {
            return 0;
        }

        @Override
        public long version() {
            return 0;
        }
    };

    /**
     * Whether a part carried by {@code carriers} of {@code parties} listed parties is common in the list:
     * at least {@value #COMMON_IN_LIST_MIN_PARTIES} of them and {@value #COMMON_IN_LIST_MIN_SHARE} of all. A
     * smaller list says nothing about the population: nothing is common in it.
     */
    static boolean common(int carriers, int parties) {
        return parties >= COMMON_IN_LIST_MIN_PARTIES
            && carriers >= Math.max(COMMON_IN_LIST_MIN_PARTIES, (int) Math.ceil(COMMON_IN_LIST_MIN_SHARE * parties));
    }

    /** Listed parties with a name part of this key ({@link PartyBlockingKeys#partKey}). */
    int partiesWith(String partKey);

    /** Listed parties in all. */
    int parties();

    /**
     * Changes whenever a count may have changed (read it before the counts): weights computed from the
     * counts are kept for as long as it stays the same.
     */
    long version();
}
