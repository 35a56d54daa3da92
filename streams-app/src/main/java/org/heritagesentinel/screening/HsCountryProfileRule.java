package org.heritagesentinel.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * Risk profiles on goods and route: an item whose HS code starts with a listed prefix, with a listed
 * country in the given roles of the route, and (when the profile names one) without the required
 * document. Covers EMBARGO_ORIGIN, REDLIST_NO_LICENCE and ROUTE_RISK profiles.
 */
public final class HsCountryProfileRule extends ItemProfileRule {
    static final Set<RuleType> TYPES = EnumSet.of(RuleType.EMBARGO_ORIGIN, RuleType.REDLIST_NO_LICENCE, RuleType.ROUTE_RISK);

    public HsCountryProfileRule(WatchlistIndex index) {
        super(index, TYPES, 0);
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        CustomsDeclaration declaration = subject.declaration();
        RiskProfile profile = entry.getProfile();
        DeclarationItem item = declaration.getItems().get(itemIndex);
        List<Evidence> evidence = startWith(hsEvidence(item, itemIndex, hs, profile));
        if (!profile.getCountries().isEmpty()) {
            Set<String> listed = listedCountries(profile);
            List<RouteCountries.Located> hit = RouteCountries.of(declaration, itemIndex, profile.getCountryRoles())
                .stream().filter(c -> listed.contains(c.country())).toList();
            if (hit.isEmpty()) {
                return Outcome.NONE;
            }
            hit.forEach(c -> evidence.add(Evidences.of(c.field(), c.country(), joined(profile.getCountries()),
                "country-" + c.role().name().toLowerCase(Locale.ROOT))));
        }
        DocumentType required = profile.getRequiredDocument();
        if (required != null) {
            if (hasDocument(subject, item, required)) {
                return Outcome.NONE;
            }
            evidence.add(documentAbsent(itemIndex, required));
        }
        return Outcome.fired(evidence);
    }
}
