package org.heritagesentinel.screening.party;

/**
 * How much a listed name says about the party, as the list marks it: a full name, or a weak alias (a nickname, a
 * kunya such as "Abu Ali", a short or partial name: the UN's "low quality" a.k.a., OFAC's "weak" aka). A weak alias
 * is matched like any name, but weighs less: only a near-exact match of it alerts on the name alone.
 */
public enum AliasStrength {
    STRONG,
    WEAK
}
