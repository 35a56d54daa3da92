package org.heritagesentinel.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * MISDECLARATION_KEYWORD: cultural terms (Arabic, French, English) in the description or marks of an
 * item declared under a "twin" heading (6907 tiles, 4906 manuscripts, 7118 coins...). A profile
 * keyword is matched literally ({@link Keywords}) or, when written in capitals, as a concept of the
 * cultural vocabulary (TABLET, MANUSCRIPT), which covers every language the vocabulary knows.
 */
public final class MisdeclarationKeywordRule extends ItemProfileRule {
    private final CulturalTerms terms;

    public MisdeclarationKeywordRule(WatchlistIndex index, CulturalTerms terms) {
        super(index, EnumSet.of(RuleType.MISDECLARATION_KEYWORD), 0);
        this.terms = terms;
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        DeclarationItem item = subject.declaration().getItems().get(itemIndex);
        String text = item.getDescription() + (item.getMarks() == null ? "" : " " + item.getMarks());
        List<String> words = Keywords.words(text);
        Set<String> concepts = null;
        List<Evidence> evidence = startWith(hsEvidence(item, itemIndex, hs, profile));
        int before = evidence.size();
        for (String keyword : profile.getKeywords()) {
            boolean concept = isConceptName(keyword);
            if (concept && concepts == null) {
                concepts = terms.concepts(text);
            }
            if (concept ? concepts.contains(keyword) : Keywords.contains(words, keyword)) {
                evidence.add(Evidences.of("items[" + itemIndex + "].description", item.getDescription(), keyword,
                    concept ? "concept" : "keyword"));
            }
        }
        return evidence.size() > before ? Outcome.fired(evidence) : Outcome.NONE;
    }

    private static boolean isConceptName(String keyword) {
        return keyword.length() > 1 && keyword.equals(keyword.toUpperCase(Locale.ROOT))
            && keyword.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '_');
    }
}
