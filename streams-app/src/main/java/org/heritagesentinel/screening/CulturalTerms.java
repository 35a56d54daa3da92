package org.heritagesentinel.screening;

import java.util.Set;

/**
 * Cultural-object concepts named in a goods description (TABLET, MANUSCRIPT, COIN...). The seam to
 * the multilingual vocabulary ({@code screening.object.ConceptExtractor}); mis-declaration profiles
 * may list concept names besides literal keywords.
 */
@FunctionalInterface
public interface CulturalTerms {
    Set<String> concepts(String text);

    CulturalTerms NONE = text -> Set.of();
}
