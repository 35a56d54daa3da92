package org.heritagesentinel.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Who must hear of an alert, and in which role: the screening authority; the authorities of
 * origin, export, transit and destination; and those that listed the entries that fired (a
 * seizure in one country makes that country a recipient of the next hit anywhere). Every
 * recipient is named, in the region or not: the router reports those it cannot deliver to.
 */
public final class RecipientResolver {
    private final Function<String, String> listingAuthorityOfEntry;

    /** @param listingAuthorityOfEntry entry id → its listing authority, or null when unknown */
    public RecipientResolver(Function<String, String> listingAuthorityOfEntry) {
        this.listingAuthorityOfEntry = listingAuthorityOfEntry;
    }

    /** Recipient → its roles, both sorted, so equal inputs give equal alerts. */
    public Map<String, List<String>> recipients(CustomsDeclaration declaration, Collection<Hit> hits) {
        Map<String, Set<String>> roles = new TreeMap<>();
        add(roles, declaration.getAuthority(), RecipientRole.SCREENING);
        Route route = declaration.getRoute();
        add(roles, route.getOriginCountry(), RecipientRole.ORIGIN);
        for (DeclarationItem item : declaration.getItems()) {
            add(roles, item.getOriginCountry(), RecipientRole.ORIGIN);
        }
        add(roles, route.getExportCountry(), RecipientRole.EXPORT);
        route.getTransitCountries().forEach(c -> add(roles, c, RecipientRole.TRANSIT));
        add(roles, route.getDestinationCountry(), RecipientRole.DESTINATION);
        for (Hit hit : hits) {
            add(roles, listingAuthorityOfEntry.apply(hit.getEntryId()), RecipientRole.LISTING);
        }
        Map<String, List<String>> result = new TreeMap<>();
        roles.forEach((authority, set) -> result.put(authority, new ArrayList<>(set)));
        return result;
    }

    private static void add(Map<String, Set<String>> roles, String authority, RecipientRole role) {
        String code = Normalise.country(authority);
        if (!code.isEmpty()) {
            roles.computeIfAbsent(code, k -> new TreeSet<>()).add(role.name());
        }
    }
}
