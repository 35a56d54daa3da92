package org.heritagesentinel.screening;

import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * ROUTE_RISK, check {@value #CHECK}: cultural goods shipped from a country other than the one they
 * come from. Source countries forbid the export of their archaeological heritage, so an object of
 * Iraqi origin leaving from a third country has as a rule left Iraq without a licence (EU 2019/880
 * art. 4 asks for proof of lawful export from the country of origin). Fires on an item under the
 * profile's HS prefixes whose origin (the item's, else the route's) is not the country of export;
 * when the profile lists countries, only for those origins; when it names a required document (the
 * origin's export certificate), only without it. Without an origin or an export country it cannot
 * tell, and stays silent: the declaration checks warn about the missing field.
 */
public final class OriginNotExportRule extends ItemProfileRule {
    public static final String CHECK = "origin-not-export";

    public OriginNotExportRule(WatchlistIndex index) {
        super(index, RuleType.ROUTE_RISK, CHECK);
    }

    @Override
    protected Outcome evaluateItem(ScreeningSubject subject, int itemIndex, String hs, WatchlistEntry entry) {
        RiskProfile profile = entry.getProfile();
        CustomsDeclaration declaration = subject.declaration();
        DeclarationItem item = declaration.getItems().get(itemIndex);
        List<RouteCountries.Located> origins = RouteCountries.of(declaration, itemIndex, List.of(CountryRole.ORIGIN));
        String export = Normalise.country(declaration.getRoute().getExportCountry());
        if (origins.isEmpty() || export.isEmpty()) {
            return Outcome.NONE;
        }
        RouteCountries.Located origin = origins.get(0);
        Set<String> listed = listedCountries(profile);
        if (origin.country().equals(export) || !listed.isEmpty() && !listed.contains(origin.country())) {
            return Outcome.NONE;
        }
        DocumentType required = profile.getRequiredDocument();
        if (required != null && hasDocument(subject, item, required)) {
            return Outcome.NONE;
        }
        List<Evidence> evidence = startWith(hsEvidence(item, itemIndex, hs, profile));
        evidence.add(Evidences.of(origin.field(), origin.country(), "≠ " + export, CHECK));
        evidence.add(Evidences.of("route.exportCountry", export, "≠ " + origin.country(), CHECK));
        if (required != null) {
            evidence.add(documentAbsent(itemIndex, required));
        }
        return Outcome.fired(evidence);
    }
}
