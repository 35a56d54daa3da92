package org.heritagesentinel.screening.party;

/**
 * How many times each letter a to z occurs in a word, every other character sharing one count: counted once
 * per name part when the part is made, so that the letters two parts share (the bound that spares most pairs
 * of parts their spelling, {@link PartSimilarity#spellingCouldReach}) is a few operations on two pairs of longs
 * rather than a count of one word's letters per pair (a tenth of the time of {@code match()}).
 */
final class LetterCounts {

    /** a to z, and one count for every other character. */
    private static final int COUNTS = 27;
    private static final int BITS = 4;
    private static final int PER_LONG = Long.SIZE / BITS;
    private static final int MAX_PACKED = (1 << BITS) - 1;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
    private static final long BYTE_TOPS = 0x8080808080808080L;
    private static final long BYTE_ONES = 0x0101010101010101L;
    private static final int BYTE_TOP_BIT = 7;
    private static final long BYTE_ALL = 0xFF;
    private static final int LAST_BYTE = Long.SIZE - Byte.SIZE;

    private final String word;
    /** The counts of letters 0 to 15 and 16 to 26, four bits each; meaningless when {@link #packed} is false. */
    private final long low;
    private final long high;
    /** False when a letter occurs more than fifteen times: the counts are then taken from the word itself. */
    private final boolean packed;

    private LetterCounts(String word, long low, long high, boolean packed) {
        this.word = word;
        this.low = low;
        this.high = high;
        this.packed = packed;
    }

    static LetterCounts of(String word) {
        long low = 0;
        long high = 0;
        for (int i = 0; i < word.length(); i++) {
            int letter = index(word.charAt(i));
            int shift = BITS * (letter % PER_LONG);
            long counts = letter < PER_LONG ? low : high;
            if ((counts >>> shift & MAX_PACKED) == MAX_PACKED) {
                return new LetterCounts(word, 0, 0, false);
            }
            if (letter < PER_LONG) {
                low += 1L << shift;
            } else {
                high += 1L << shift;
            }
        }
        return new LetterCounts(word, low, high, true);
    }

    /** The letters of this word found in the other's, each letter of the other counted once. */
    int sharedWith(LetterCounts other) {
        if (!packed || !other.packed) {
            return counted(word, other.word);
        }
        return smallerSum(low, other.low) + smallerSum(high, other.high);
    }

    /** Counts of the same word are equal, so that two parts made alike stay equal records ({@link NamePart}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LetterCounts counts && word.equals(counts.word);
    }

    @Override
    public int hashCode() {
        return word.hashCode();
    }

    @Override
    public String toString() {
        return "letters of " + word;
    }

    /** Sum over the sixteen four-bit counts of the smaller of x's and y's. */
    private static int smallerSum(long x, long y) {
        return smallerSumOfBytes(x & LOW_NIBBLES, y & LOW_NIBBLES)
                + smallerSumOfBytes(x >>> BITS & LOW_NIBBLES, y >>> BITS & LOW_NIBBLES);
    }

    /**
     * Eight counts of at most 15, one a byte: x + 128 - y cannot borrow from the next byte, and its top bit says
     * whether x is at least y; the eight smaller counts add up to at most 120, in the top byte of one product.
     */
    private static int smallerSumOfBytes(long x, long y) {
        long xAtLeastY = (((x | BYTE_TOPS) - y & BYTE_TOPS) >>> BYTE_TOP_BIT) * BYTE_ALL;
        long smaller = y & xAtLeastY | x & ~xAtLeastY;
        return (int) (smaller * BYTE_ONES >>> LAST_BYTE);
    }

    private static int counted(String x, String y) {
        int[] counts = new int[COUNTS];
        for (int i = 0; i < x.length(); i++) {
            counts[index(x.charAt(i))]++;
        }
        int shared = 0;
        for (int i = 0; i < y.length(); i++) {
            if (counts[index(y.charAt(i))]-- > 0) {
                shared++;
            }
        }
        return shared;
    }

    private static int index(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : COUNTS - 1;
    }
}
