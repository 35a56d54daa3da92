package org.heritagesentinel.screening.party;

/**
 * How much a listed name says about the party, as the list marks it: a full name, or a weak alias (a nickname, a
 * kunya such as "Abu Ali", a short or partial name: the UN's "low quality" a.k.a., OFAC's "weak" aka). A weak alias
 * is matched like any name, but weighs less: only a near-exact match of it alerts on the name alone.
 */
public enum AliasStrength {
    STRONG,
    WEAK;

    /**
     * What a weak alias keeps of its score: an exact match (1.0) or one spelling short of it (≥ 0.95) stays above
     * the default threshold of 0.80, a short form or a looser spelling (0.90) falls below it.
     */
    public static final double WEAK_ALIAS_FACTOR = 0.85;

    double factor() {
        return this == WEAK ? WEAK_ALIAS_FACTOR : 1.0;
    }
}
