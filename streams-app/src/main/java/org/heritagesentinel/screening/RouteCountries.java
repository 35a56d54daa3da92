package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.watchlist.Normalise;

/** The countries of a declaration item in a given role of the route, with the field they come from. */
public final class RouteCountries {
    private RouteCountries() {
    }

    public record Located(String field, String country, CountryRole role) {
    }

    public static List<Located> of(CustomsDeclaration declaration, int itemIndex, List<CountryRole> roles) {
        boolean any = roles.isEmpty() || roles.contains(CountryRole.ANY);
        Route route = declaration.getRoute();
        List<Located> result = new ArrayList<>();
        if (any || roles.contains(CountryRole.ORIGIN)) {
            DeclarationItem item = declaration.getItems().get(itemIndex);
            add(result, "items[" + itemIndex + "].originCountry", item.getOriginCountry(), CountryRole.ORIGIN);
            add(result, "route.originCountry", route.getOriginCountry(), CountryRole.ORIGIN);
        }
        if (any || roles.contains(CountryRole.EXPORT)) {
            add(result, "route.exportCountry", route.getExportCountry(), CountryRole.EXPORT);
        }
        if (any || roles.contains(CountryRole.TRANSIT)) {
            List<String> transit = route.getTransitCountries();
            for (int i = 0; i < transit.size(); i++) {
                add(result, "route.transitCountries[" + i + "]", transit.get(i), CountryRole.TRANSIT);
            }
        }
        if (any || roles.contains(CountryRole.DESTINATION)) {
            add(result, "route.destinationCountry", route.getDestinationCountry(), CountryRole.DESTINATION);
        }
        return result;
    }

    private static void add(List<Located> result, String field, String country, CountryRole role) {
        String code = Normalise.country(country);
        if (!code.isEmpty()) {
            result.add(new Located(field, code, role));
        }
    }
}
