package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a raw name into its identifying parts: tokenise, take legal forms aside, drop particles and titles. */
final class NameParser {

    private final NameTokeniser tokeniser;
    private final LegalForms legalForms;
    private final NameParticles particles;
    private final NamePartFactory partFactory;

    NameParser(NameTokeniser tokeniser, LegalForms legalForms, NameParticles particles, NamePartFactory partFactory) {
        this.tokeniser = tokeniser;
        this.legalForms = legalForms;
        this.particles = particles;
        this.partFactory = partFactory;
    }

    static NameParser withBundledTables() {
        NameTokeniser tokeniser = new NameTokeniser();
        return new NameParser(tokeniser, new LegalForms(tokeniser), new NameParticles(),
                new NamePartFactory(new GivenNameAliases(tokeniser), new NamePartFrequencies()));
    }

    ParsedName parse(String raw) {
        List<NameToken> tokens = tokeniser.tokens(raw);
        if (tokens.isEmpty()) {
            return ParsedName.EMPTY;
        }
        Set<String> forms = new LinkedHashSet<>();
        List<NameToken> words = legalForms.strip(tokens, forms);
        List<NamePart> parts = new ArrayList<>(words.size());
        for (NameToken word : words) {
            if (!particles.isParticle(word.text())) {
                parts.add(partFactory.create(word));
            }
        }
        if (parts.isEmpty()) {
            // a name made only of particles or titles must still be comparable with itself
            words.forEach(word -> parts.add(partFactory.create(word)));
        }
        return new ParsedName(List.copyOf(parts), Set.copyOf(forms));
    }

    NamePart partOf(String text, boolean vowelled) {
        return partFactory.create(new NameToken(text, vowelled));
    }
}
