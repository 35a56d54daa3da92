package org.heritagesentinel.alert;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Who must hear of an alert: the screening authority; the region's authorities of origin, export,
 * transit and destination; and the authorities that listed the entries that fired (a seizure in
 * one country makes that country a recipient of the next hit anywhere). Countries outside the
 * region receive nothing.
 */
public final class RecipientResolver {
    private final Set<String> regionAuthorities;
    private final Function<String, String> listingAuthorityOfEntry;

    /** @param listingAuthorityOfEntry entry id → its listing authority, or null when unknown */
    public RecipientResolver(Set<String> regionAuthorities, Function<String, String> listingAuthorityOfEntry) {
        this.regionAuthorities = Set.copyOf(regionAuthorities);
        this.listingAuthorityOfEntry = listingAuthorityOfEntry;
    }

    public List<String> recipients(CustomsDeclaration declaration, Collection<Hit> hits) {
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
        for (Hit hit : hits) {
            addIfRegional(recipients, listingAuthorityOfEntry.apply(hit.getEntryId()));
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
