package org.heritagesentinel.alert;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Who must hear of an alert: the screening authority, and the region's authorities of origin,
 * export, transit and destination. Countries outside the region receive nothing.
 */
public final class RecipientResolver {
    private final Set<String> regionAuthorities;

    public RecipientResolver(Set<String> regionAuthorities) {
        this.regionAuthorities = Set.copyOf(regionAuthorities);
    }

    public List<String> recipients(CustomsDeclaration declaration) {
        Set<String> recipients = new TreeSet<>();
        recipients.add(Normalise.country(declaration.getAuthority()));
        Route route = declaration.getRoute();
        addIfRegional(recipients, route.getOriginCountry());
        addIfRegional(recipients, route.getExportCountry());
        addIfRegional(recipients, route.getDestinationCountry());
        route.getTransitCountries().forEach(c -> addIfRegional(recipients, c));
        for (DeclarationItem item : declaration.getItems()) {
            addIfRegional(recipients, item.getOriginCountry());
        }
        return List.copyOf(recipients);
    }

    private void addIfRegional(Set<String> recipients, String country) {
        String code = Normalise.country(country);
        if (regionAuthorities.contains(code)) {
            recipients.add(code);
        }
    }
}
