package org.heritagesentinel.screening.party;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a raw name into its identifying parts: tokenise, take legal forms aside, drop particles and titles, and
 * put a list's "SURNAME, Given names" back in the written order (the order says who is whose child, see
 * {@link NasabChild}).
 */
final class NameParser {

    /** "AL-SAMARRAI, Yusra Qusay Fadhil": longer parts before or after the comma are not a list's name order. */
    private static final int MAX_SURNAME_WORDS = 3;
    private static final int MAX_GIVEN_WORDS = 5;

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
        return withBundledTables(PartyScoringTable.defaults());
    }

    /** Parts weighed, and misspelt legal forms recognised, by {@code table}. */
    static NameParser withBundledTables(PartyScoringTable table) {
        NameTokeniser tokeniser = new NameTokeniser();
        return new NameParser(tokeniser, new LegalForms(tokeniser, table.legalFormFuzzySpelling()), new NameParticles(tokeniser),
                new NamePartFactory(new GivenNameAliases(tokeniser), new NamePartFrequencies(table),
                        new WordList("given-names.tsv", tokeniser), new WordList("generic-business-words.tsv", tokeniser),
                        table));
    }

    ParsedName parse(String raw) {
        List<NameToken> tokens = NumberWords.asDigits(tokensInWrittenOrder(raw));
        if (tokens.isEmpty()) {
            return ParsedName.EMPTY;
        }
        Set<String> forms = new LinkedHashSet<>();
        List<NameToken> words = legalForms.strip(tokens, forms);
        List<NamePart> parts = new ArrayList<>(words.size());
        boolean afterLink = false;
        boolean organisation = !forms.isEmpty();
        List<NameToken> canonicalWords = new ArrayList<>(words.size());
        for (NameToken token : words) {
            String companyWord = token.vowelled() ? companyWords.canonical(token.text()) : null;
            organisation |= companyWord != null;
            canonicalWords.add(companyWord == null ? token : new NameToken(companyWord, true));
        }
        int nameWordsLeft = 0;
        for (NameToken word : canonicalWords) {
            nameWordsLeft += particles.isParticle(word.text()) ? 0 : 1;
        }
        for (NameToken word : canonicalWords) {
            nameWordsLeft -= particles.isParticle(word.text()) ? 0 : 1;
            if (particles.isPatronymicLink(word.text())) {
                afterLink = true;
            } else if (!particles.isParticle(word.text())
                    && !(parts.isEmpty() && !organisation && leadingTitle(word, nameWordsLeft))) {
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

    private boolean leadingTitle(NameToken word, int wordsAfter) {
        return wordsAfter >= NameParticles.WORDS_AFTER_LEADING_TITLE && particles.isLeadingTitle(word.text());
    }

    /**
     * "KHOURY, Yusuf Mustafa": a list writes the family name first and the given names after one comma. Put back
     * in the written order when the comma parts are that short and no legal form follows the comma ("Acme, Inc.").
     */
    private List<NameToken> tokensInWrittenOrder(String raw) {
        int comma = raw == null ? -1 : raw.indexOf(',');
        if (comma < 0 || raw.indexOf(',', comma + 1) >= 0) {
            return tokeniser.tokens(raw);
        }
        List<NameToken> surname = tokeniser.tokens(raw.substring(0, comma));
        List<NameToken> given = tokeniser.tokens(raw.substring(comma + 1));
        boolean listOrder = !surname.isEmpty() && surname.size() <= MAX_SURNAME_WORDS && !given.isEmpty()
                && given.size() <= MAX_GIVEN_WORDS && legalForms.strip(given, new LinkedHashSet<>()).size() == given.size();
        if (!listOrder) {
            return tokeniser.tokens(raw);
        }
        List<NameToken> written = new ArrayList<>(given);
        written.addAll(surname);
        return written;
    }

    NamePart partOf(String text, boolean vowelled) {
        return partFactory.create(new NameToken(text, vowelled));
    }
}
