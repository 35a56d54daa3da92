package org.heritagesentinel.screening.object;

/** What a vocabulary concept says about the goods. */
public enum ConceptKind {
  /** A kind of object (TABLET, COIN, MANUSCRIPT...): the first thing a match must agree on. */
  OBJECT_TYPE,
  /** What the object is made of (MARBLE, BRONZE, PARCHMENT...). */
  MATERIAL,
  /** Words that say the goods are old or heritage (ANTIQUE, ARCHAEOLOGICAL, MUSEUM...). */
  CULTURAL_HINT,
  /** Words that dress cultural goods up as ordinary goods (SAMPLE, HANDICRAFT, REPLICA...). */
  COVER_TERM
}
