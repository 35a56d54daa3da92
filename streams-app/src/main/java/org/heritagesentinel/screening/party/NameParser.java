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
    private final CompanyWords companyWords = new CompanyWords();

    NameParser(NameTokeniser tokeniser, LegalForms legalForms, NameParticles particles, NamePartFactory partFactory) {
        this.tokeniser = tokeniser;
        this.legalForms = legalForms;
        this.particles = particles;
        this.partFactory = partFactory;
    }

    static NameParser withBundledTables() {
        NameTokeniser tokeniser = new NameTokeniser();
        return new NameParser(tokeniser, new LegalForms(tokeniser), new NameParticles(),
                new NamePartFactory(new GivenNameAliases(tokeniser), new NamePartFrequencies(),
                        new WordList("given-names.tsv", tokeniser), new WordList("generic-business-words.tsv", tokeniser)));
    }

    ParsedName parse(String raw) {
        List<NameToken> tokens = NumberWords.asDigits(tokeniser.tokens(raw));
        if (tokens.isEmpty()) {
            return ParsedName.EMPTY;
        }
        Set<String> forms = new LinkedHashSet<>();
        List<NameToken> words = legalForms.strip(tokens, forms);
        List<NamePart> parts = new ArrayList<>(words.size());
        boolean afterLink = false;
        boolean organisation = !forms.isEmpty();
        for (NameToken token : words) {
            String companyWord = token.vowelled() ? companyWords.canonical(token.text()) : null;
            organisation |= companyWord != null;
            NameToken word = companyWord == null ? token : new NameToken(companyWord, true);
            if (particles.isPatronymicLink(word.text())) {
                afterLink = true;
            } else if (!particles.isParticle(word.text())) {
                parts.add(partFactory.create(word, afterLink ? PartRole.AFTER_LINK : PartRole.NAME));
                afterLink = false;
            }
        }
        if (parts.isEmpty()) {
            // a name made only of particles or titles must still be comparable with itself
            words.forEach(word -> parts.add(partFactory.create(word)));
        }
        return new ParsedName(List.copyOf(parts), Set.copyOf(forms), organisation);
    }

    NamePart partOf(String text, boolean vowelled) {
        return partFactory.create(new NameToken(text, vowelled));
    }
}
