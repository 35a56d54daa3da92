package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.MatchEvidence;
import org.heritagesentinel.screening.object.ObjectBlockingKeys;
import org.heritagesentinel.screening.object.ObjectFeatures;
import org.heritagesentinel.screening.object.ObjectMatch;
import org.heritagesentinel.screening.object.ObjectMatcher;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * STOLEN_OBJECT: a declared item is a listed object (reference number, or description, period and
 * measurements). Candidates come from the object blocking keys, most selective first; keys that
 * point to more entries than the scoring table's {@code maxPosting} are skipped, so a "bronze coin" does not drag
 * in every listed coin, and at most {@code maxCandidates} entries are scored per item.
 */
public final class StolenObjectRule implements DeclarationRule {
    private final WatchlistIndex index;
    private final ObjectMatcher matcher;
    private final ListedObjectFeatures listed;
    private final double threshold;
    private final int maxPosting;
    private final int maxCandidates;

    /** Blocking limits from the matcher's {@link org.heritagesentinel.screening.object.ObjectScoringTable}. */
    public StolenObjectRule(WatchlistIndex index, ObjectMatcher matcher, double threshold) {
        this.index = index;
        this.matcher = matcher;
        this.listed = new ListedObjectFeatures(matcher);
        this.threshold = threshold;
        this.maxPosting = matcher.table().maxPosting();
        this.maxCandidates = matcher.table().maxCandidates();
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        Map<String, Hit> best = new LinkedHashMap<>();
        List<DeclarationItem> items = subject.declaration().getItems();
        for (int i = 0; i < items.size(); i++) {
            ObjectFeatures declared = matcher.features(items.get(i));
            List<Hit> sameDescription = new ArrayList<>();
            for (WatchlistEntry entry : candidates(declared)) {
                if (entry.getKind() != EntryKind.OBJECT || !EntryValidity.isLive(entry, subject.at())) {
                    continue;
                }
                ObjectMatch match = matcher.match(declared, listed.of(entry));
                if (match.score() >= threshold) {
                    Hit hit = toHit(entry, match, "items[" + i + "]");
                    if (match.sameDescriptionOnly()) {
                        sameDescription.add(hit);
                    } else {
                        keepBest(best, hit);
                    }
                }
            }
            // a generic description shared by many listed objects identifies none of them (docs/decisions.md, "objects")
            if (sameDescription.size() <= matcher.table().maxSameDescription()) {
                sameDescription.forEach(hit -> keepBest(best, hit));
            }
        }
        hits.addAll(best.values());
    }

    private static void keepBest(Map<String, Hit> best, Hit hit) {
        best.merge(hit.getEntryId(), hit, (a, b) -> a.getScore() >= b.getScore() ? a : b);
    }

    private List<WatchlistEntry> candidates(ObjectFeatures declared) {
        List<String> keys = new ArrayList<>();
        int budget = maxCandidates;
        for (String key : ObjectBlockingKeys.keys(declared)) {
            int size = index.postingSize(key);
            if (size == 0 || size > maxPosting) {
                continue;
            }
            keys.add(key);
            budget -= size;
            if (budget <= 0) {
                break;
            }
        }
        return new ArrayList<>(index.candidates(keys));
    }

    private static Hit toHit(WatchlistEntry entry, ObjectMatch match, String itemPath) {
        List<Evidence> evidence = new ArrayList<>();
        for (MatchEvidence e : match.evidence()) {
            evidence.add(e.toAvro(itemPath));
        }
        return ListingSource.stamp(Hit.newBuilder(), entry)
            .setRuleType(RuleTypes.of(entry, RuleType.STOLEN_OBJECT))
            .setEntryId(entry.getEntryId())
            .setEntryRevision(entry.getRevision())
            .setScore((int) Math.round(entry.getRiskWeight() * match.score()))
            .setConfidence(match.score())
            .setEvidence(evidence)
            .setExplanation(match.explanation() + " (entry " + entry.getEntryId() + " listed by "
                + entry.getListingAuthority() + (entry.getReason() == null ? "" : ": " + entry.getReason()) + ListingSource.note(entry) + ")")
            .build();
    }

    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.OBJECT;
    }
}
