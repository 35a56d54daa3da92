package org.heritagesentinel.screening.party;

/**
 * How similar two name parts are and why.
 *
 * @param similarity 0..1
 * @param reason     the evidence that gave the similarity, quoted in explanations
 */
record PartComparison(double similarity, Reason reason) {

    static final PartComparison NONE = new PartComparison(0, Reason.DIFFERENT);

    enum Reason {
        EXACT("same"),
        ALIAS("name alias"),
        SPELLING("spelling variant"),
        ROMANISATION("another romanisation"),
        SKELETON("consonant skeleton"),
        PHONETIC("phonetic"),
        GLUED_PARTICLE("particle written together"),
        INITIAL("initial"),
        DIFFERENT("different");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
