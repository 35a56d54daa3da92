package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * Risk profiles on goods and route: an item whose HS code starts with a listed prefix, with a listed
 * country in the given roles of the route, and (when the profile names one) without the required
 * document. Covers EMBARGO_ORIGIN, REDLIST_NO_LICENCE and ROUTE_RISK profiles.
 */
public final class HsCountryProfileRule implements DeclarationRule {
    static final Set<RuleType> TYPES = EnumSet.of(RuleType.EMBARGO_ORIGIN, RuleType.REDLIST_NO_LICENCE, RuleType.ROUTE_RISK);

    private final WatchlistIndex index;

    public HsCountryProfileRule(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        CustomsDeclaration declaration = subject.declaration();
        Map<String, List<Evidence>> evidenceByProfile = new LinkedHashMap<>();
        Map<String, WatchlistEntry> profiles = new LinkedHashMap<>();
        List<DeclarationItem> items = declaration.getItems();
        for (int i = 0; i < items.size(); i++) {
            String hs = Normalise.hsCode(items.get(i).getHsCode());
            for (WatchlistEntry entry : index.profilesFor(hs)) {
                RiskProfile profile = entry.getProfile();
                if (!TYPES.contains(profile.getRuleType()) || !EntryValidity.isLive(entry, subject.at())) {
                    continue;
                }
                List<Evidence> evidence = itemEvidence(declaration, i, hs, profile);
                if (!evidence.isEmpty()) {
                    profiles.put(entry.getEntryId(), entry);
                    evidenceByProfile.computeIfAbsent(entry.getEntryId(), k -> new ArrayList<>()).addAll(evidence);
                }
            }
        }
        evidenceByProfile.forEach((id, evidence) -> hits.add(toHit(profiles.get(id), evidence)));
    }

    private static List<Evidence> itemEvidence(CustomsDeclaration declaration, int itemIndex, String hs, RiskProfile profile) {
        List<Evidence> evidence = new ArrayList<>();
        DeclarationItem item = declaration.getItems().get(itemIndex);
        String prefix = profile.getHsPrefixes().stream().map(Normalise::hsCode).filter(hs::startsWith)
            .findFirst().orElse(null);
        if (prefix != null) {
            evidence.add(Evidences.of("items[" + itemIndex + "].hsCode", item.getHsCode(), prefix + "*", "hs-prefix"));
        }
        if (!profile.getCountries().isEmpty()) {
            Set<String> listed = profile.getCountries().stream().map(Normalise::country).collect(Collectors.toSet());
            List<RouteCountries.Located> hit = RouteCountries.of(declaration, itemIndex, profile.getCountryRoles())
                .stream().filter(c -> listed.contains(c.country())).toList();
            if (hit.isEmpty()) {
                return List.of();
            }
            hit.forEach(c -> evidence.add(Evidences.of(c.field(), c.country(), String.join(",", profile.getCountries()),
                "country-" + c.role().name().toLowerCase(java.util.Locale.ROOT))));
        }
        DocumentType required = profile.getRequiredDocument();
        if (required != null) {
            if (hasDocument(item.getDocuments(), required) || hasDocument(declaration.getDocuments(), required)) {
                return List.of();
            }
            evidence.add(Evidences.of("items[" + itemIndex + "].documents", "none of type " + required, required.name(),
                "required-document-absent"));
        }
        return evidence;
    }

    private static boolean hasDocument(List<DocumentReference> documents, DocumentType type) {
        return documents.stream().anyMatch(d -> d.getType() == type && !Normalise.reference(d.getReference()).isEmpty());
    }

    private static Hit toHit(WatchlistEntry entry, List<Evidence> evidence) {
        RiskProfile profile = entry.getProfile();
        String why = evidence.stream().map(e -> e.getField() + "=" + e.getDeclaredValue()).distinct()
            .collect(Collectors.joining(", "));
        return Hit.newBuilder()
            .setRuleType(profile.getRuleType())
            .setEntryId(entry.getEntryId())
            .setEntryRevision(entry.getRevision())
            .setScore(entry.getRiskWeight())
            .setConfidence(1.0)
            .setEvidence(evidence)
            .setExplanation("profile " + entry.getEntryId() + " (" + profile.getRuleType()
                + (entry.getLegalBasis() == null ? "" : ", " + entry.getLegalBasis()) + "): " + why)
            .build();
    }
}
