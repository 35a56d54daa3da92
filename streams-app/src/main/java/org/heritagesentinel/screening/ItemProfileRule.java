package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * A family of risk profiles evaluated item by item: the live profiles of its rule types whose HS
 * prefixes cover the item are found in the index; each profile that fires on any item gives one
 * hit with the evidence of every item. A profile that could not be evaluated on some item (a
 * missing exchange rate, say) and fired on none gives an explicit "not evaluable" hit: never a
 * silent pass.
 * <p>
 * A rule declares the profiles it takes: its rule types and, for a further check of a type that
 * already has one, the name profiles give in {@code parameters.check} ({@link DeclarationProfiles#CHECK}).
 * A profile is evaluated by exactly one rule: the one of its type and check, or, without a check, the
 * type's standard rule; so a new check needs no new rule type in the Avro contracts.
 */
public abstract class ItemProfileRule implements DeclarationRule {
    /** What one profile says about one item. */
    protected record Outcome(List<Evidence> evidence, String notEvaluable) {
        static final Outcome NONE = new Outcome(List.of(), null);

        static Outcome fired(List<Evidence> evidence) {
            return new Outcome(List.copyOf(evidence), null);
        }

        static Outcome notEvaluable(String why, List<Evidence> evidence) {
            return new Outcome(List.copyOf(evidence), why);
        }

        boolean hasFired() {
            return notEvaluable == null && !evidence.isEmpty();
        }
    }

    private final WatchlistIndex index;
    private final Set<RuleType> types;
    private final String check;
    private final int notEvaluableScore;

    /** The standard rule of these types: profiles that name no check. */
    protected ItemProfileRule(WatchlistIndex index, Set<RuleType> types, int notEvaluableScore) {
        this(index, types, null, notEvaluableScore);
    }

    /** A further check of one type: profiles whose {@code parameters.check} names it; never "not evaluable". */
    protected ItemProfileRule(WatchlistIndex index, RuleType type, String check) {
        this(index, Set.of(type), check, 0);
    }

    private ItemProfileRule(WatchlistIndex index, Set<RuleType> types, String check, int notEvaluableScore) {
        this.index = index;
        this.types = Set.copyOf(types);
        this.check = check;
        this.notEvaluableScore = notEvaluableScore;
    }

    @Override
    public final void evaluate(ScreeningSubject subject, List<Hit> hits) {
        Map<String, WatchlistEntry> profiles = new LinkedHashMap<>();
        Map<String, List<Evidence>> fired = new LinkedHashMap<>();
        Map<String, Outcome> unevaluable = new LinkedHashMap<>();
        List<DeclarationItem> items = subject.declaration().getItems();
        for (int i = 0; i < items.size(); i++) {
            String hs = Normalise.hsCode(items.get(i).getHsCode());
            for (WatchlistEntry entry : index.profilesFor(hs)) {
                if (!takes(entry.getProfile()) || !EntryValidity.isLive(entry, subject.at())) {
                    continue;
                }
                Outcome outcome = evaluateItem(subject, i, hs, entry);
                profiles.put(entry.getEntryId(), entry);
                if (outcome.hasFired()) {
                    fired.computeIfAbsent(entry.getEntryId(), k -> new ArrayList<>()).addAll(outcome.evidence());
                } else if (outcome.notEvaluable() != null) {
                    unevaluable.putIfAbsent(entry.getEntryId(), outcome);
                }
            }
        }
        fired.forEach((id, evidence) -> hits.add(ProfileHits.hit(profiles.get(id), evidence)));
        unevaluable.forEach((id, outcome) -> {
            if (!fired.containsKey(id)) {
                hits.add(ProfileHits.notEvaluable(profiles.get(id), outcome.evidence(), notEvaluableScore, outcome.notEvaluable()));
            }
        });
    }

    private boolean takes(RiskProfile profile) {
        return types.contains(profile.getRuleType()) && Objects.equals(check, DeclarationProfiles.check(profile));
    }

    /** Evidence that the profile fires on item {@code itemIndex}, or why it cannot say, or nothing. */
    protected abstract Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry);

    /** Evidence of the HS prefix the item falls under; null when the profile applies to any HS code. */
    protected static Evidence hsEvidence(DeclarationItem item, int itemIndex, String hs, RiskProfile profile) {
        return profile.getHsPrefixes().stream().map(Normalise::hsCode).filter(hs::startsWith).findFirst()
            .map(prefix -> Evidences.of("items[" + itemIndex + "].hsCode", item.getHsCode(), prefix + "*", "hs-prefix"))
            .orElse(null);
    }

    protected static List<Evidence> startWith(Evidence first) {
        List<Evidence> evidence = new ArrayList<>();
        if (first != null) {
            evidence.add(first);
        }
        return evidence;
    }

    /** Whether the item or the declaration carries a document of this type with a reference. */
    protected static boolean hasDocument(ScreeningSubject subject, DeclarationItem item, DocumentType type) {
        return has(item.getDocuments(), type) || has(subject.declaration().getDocuments(), type);
    }

    private static boolean has(List<DocumentReference> documents, DocumentType type) {
        return documents.stream().anyMatch(d -> d.getType() == type && !Normalise.reference(d.getReference()).isEmpty());
    }

    /** Evidence that item {@code itemIndex} and the declaration carry no document of the required type. */
    protected static Evidence documentAbsent(int itemIndex, DocumentType required) {
        return Evidences.of("items[" + itemIndex + "].documents", "none of type " + required, required.name(),
            "required-document-absent");
    }

    /** The countries the profile lists, as route countries are compared. */
    protected static Set<String> listedCountries(RiskProfile profile) {
        return profile.getCountries().stream().map(Normalise::country).collect(Collectors.toSet());
    }

    protected static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }

    /** Risk profiles only. */
    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.RISK_PROFILE;
    }
}
