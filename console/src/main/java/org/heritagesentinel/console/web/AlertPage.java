package org.heritagesentinel.console.web;

import java.util.List;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.console.view.CaseFile;
import org.heritagesentinel.console.view.HitListing;

/**
 * The detail page of one alert.
 *
 * @param declaration  null when the declaration is not the authority's own (an alert shared with it)
 * @param nextSteps    recommended next step per rule type of the hits, in hit order
 * @param listings     the entry or profile behind each hit (legal basis, listing authority), in hit order
 * @param notice       message key of what just happened ("decided"), or null
 * @param problem      a sentence to show above the actions (validation error, a concurrent decision), or null
 */
public record AlertPage(CaseFile file, CustomsDeclaration declaration, List<CaseFile> related, List<String> nextSteps,
                        List<HitListing> listings, List<String> assignees, String notice, String problem) {

    /** Origin → export → transit → destination, leaving out what was not declared. */
    public String route() {
        var route = declaration.getRoute();
        List<CharSequence> stops = new java.util.ArrayList<>();
        java.util.stream.Stream.of(route.getOriginCountry(), route.getExportCountry()).filter(java.util.Objects::nonNull)
            .forEach(stops::add);
        stops.addAll(route.getTransitCountries());
        if (route.getDestinationCountry() != null) {
            stops.add(route.getDestinationCountry());
        }
        return String.join(" → ", stops);
    }
}
