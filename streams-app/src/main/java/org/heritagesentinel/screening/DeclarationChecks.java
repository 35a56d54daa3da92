package org.heritagesentinel.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        return warnings;
    }

    private static void checkCountry(List<String> warnings, String field, String value) {
        if (value != null && !COUNTRY.matcher(value.trim()).matches()) {
            warnings.add(field + " '" + value + "' is not an ISO 3166-1 alpha-2 code");
        }
    }
}
