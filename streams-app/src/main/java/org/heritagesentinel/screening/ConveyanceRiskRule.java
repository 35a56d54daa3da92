package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * CONVEYANCE_RISK: the means of transport is one the profile lists (postal, express courier,
 * passenger vehicle), for goods under its HS prefixes and, when it lists countries, on a route
 * through them. One hit per profile and declaration.
 */
public final class ConveyanceRiskRule implements DeclarationRule {
    private final WatchlistIndex index;

    public ConveyanceRiskRule(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        TransportMode mode = subject.declaration().getTransport().getMode();
        for (Map.Entry<WatchlistEntry, Integer> applicable : DeclarationProfiles.of(index, subject, RuleType.CONVEYANCE_RISK).entrySet()) {
            WatchlistEntry entry = applicable.getKey();
            RiskProfile profile = entry.getProfile();
            if (!profile.getTransportModes().contains(mode)) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidences.of("transport.mode", mode.name(),
                profile.getTransportModes().stream().map(Enum::name).collect(Collectors.joining(",")), "transport-mode"));
            int item = applicable.getValue();
            if (item >= 0) {
                evidence.add(Evidences.of("items[" + item + "].hsCode", subject.declaration().getItems().get(item).getHsCode(),
                    String.join(",", profile.getHsPrefixes()), "hs-prefix"));
            }
            if (!profile.getCountries().isEmpty() && !routeEvidence(subject, profile, evidence)) {
                continue;
            }
            hits.add(ProfileHits.hit(entry, evidence));
        }
    }

    private static boolean routeEvidence(ScreeningSubject subject, RiskProfile profile, List<Evidence> evidence) {
        Set<String> listed = profile.getCountries().stream().map(Normalise::country).collect(Collectors.toSet());
        boolean found = false;
        for (int i = 0; i < subject.declaration().getItems().size() && !found; i++) {
            for (RouteCountries.Located c : RouteCountries.of(subject.declaration(), i, profile.getCountryRoles())) {
                if (listed.contains(c.country())) {
                    evidence.add(Evidences.of(c.field(), c.country(), String.join(",", profile.getCountries()),
                        "country-" + c.role().name().toLowerCase(Locale.ROOT)));
                    found = true;
                }
            }
        }
        return found;
    }

    /** Risk profiles only. */
    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.RISK_PROFILE;
    }
}
