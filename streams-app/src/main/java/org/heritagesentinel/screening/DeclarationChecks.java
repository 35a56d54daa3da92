package org.heritagesentinel.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.time.EventTimePolicy;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Validation that never rejects: a decodable declaration is always screened, and what is odd about
 * it travels with the alert as warnings.
 */
public final class DeclarationChecks {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Current ISO 3166-1 alpha-2 codes, plus XK (Kosovo), in common customs use. */
    private static final Set<String> CURRENT_COUNTRIES = currentCountries();

    private final EventTimePolicy eventTime;

    public DeclarationChecks(EventTimePolicy eventTime) {
        this.eventTime = eventTime;
    }

    public List<String> warnings(CustomsDeclaration declaration, Instant now) {
        List<String> warnings = new ArrayList<>();
        if (!eventTime.isPlausible(declaration.getAcceptedAt(), now)) {
            warnings.add("acceptance time " + declaration.getAcceptedAt() + " is implausible; screened with ingestion time");
        }
        if (declaration.getItems().isEmpty()) {
            warnings.add("declaration has no items");
        }
        List<DeclarationItem> items = declaration.getItems();
        for (int i = 0; i < items.size(); i++) {
            DeclarationItem item = items.get(i);
            String hs = Normalise.hsCode(item.getHsCode());
            if (hs.length() < 6 || hs.length() > 10 || !hs.equals(item.getHsCode().replace(".", "").replace(" ", ""))) {
                warnings.add("items[" + i + "].hsCode '" + item.getHsCode() + "' is not a 6-10 digit HS code");
            }
            checkCountry(warnings, "items[" + i + "].originCountry", item.getOriginCountry());
            if (item.getStatisticalValue() != null && item.getStatisticalValue().getAmount().signum() < 0) {
                warnings.add("items[" + i + "].statisticalValue is negative");
            }
        }
        List<Party> parties = declaration.getParties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).getName() == null || parties.get(i).getName().isBlank()) {
                warnings.add("parties[" + i + "].name is empty");
            }
            checkCountry(warnings, "parties[" + i + "].country", parties.get(i).getCountry());
        }
        checkCountry(warnings, "route.originCountry", declaration.getRoute().getOriginCountry());
        checkCountry(warnings, "route.exportCountry", declaration.getRoute().getExportCountry());
        checkCountry(warnings, "route.destinationCountry", declaration.getRoute().getDestinationCountry());
        List<String> transit = declaration.getRoute().getTransitCountries();
        for (int i = 0; i < transit.size(); i++) {
            checkCountry(warnings, "route.transitCountries[" + i + "]", transit.get(i));
        }
        return warnings;
    }

    private static Set<String> currentCountries() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("XK");
        return Set.copyOf(codes);
    }

    private static void checkCountry(List<String> warnings, String field, String value) {
        if (value == null) {
            return;
        }
        if (!COUNTRY.matcher(value.trim()).matches()) {
            warnings.add(field + " '" + value + "' is not an ISO 3166-1 alpha-2 code");
        } else if (!CURRENT_COUNTRIES.contains(value.trim())) {
            // historic (SU, YU, DD, CS) or never assigned: screened as declared, flagged for the analyst
            warnings.add(field + " '" + value + "' is not a current ISO 3166-1 country code");
        }
    }
}
