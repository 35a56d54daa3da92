package org.heritagesentinel.alert;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.watchlist.Normalise;

/**
 * The (party or object, watchlist entry) pair of a hit, as a string: what an analyst clears when
 * dismissing an alert. The party or object is the one the hit's evidence points at, identified so
 * that the next declaration naming it gives the same pair: a party by its first identifier (else
 * its normalised name), an item by its normalised description, anything else (transport,
 * documents) by the declared value. Pairs are scoped to the screening authority: an analyst's
 * decision never silences another administration's screening.
 */
public final class SuppressionPairs {
    private static final Pattern PATH = Pattern.compile("^(parties|items)\\[(\\d+)]");

    private SuppressionPairs() {
    }

    public static Optional<String> of(Hit hit, CustomsDeclaration declaration) {
        if (hit.getRuleType() == RuleType.NOT_SCREENED || hit.getEvidence().isEmpty()) {
            return Optional.empty();
        }
        for (Evidence evidence : hit.getEvidence()) {
            Optional<String> subject = pathSubject(evidence.getField(), declaration);
            if (subject.isPresent()) {
                return Optional.of(pair(declaration, hit.getEntryId(), subject.get()));
            }
        }
        Evidence first = hit.getEvidence().get(0);
        return Optional.of(pair(declaration, hit.getEntryId(),
            first.getField() + "=" + Normalise.reference(first.getDeclaredValue())));
    }

    /** The pairs of every hit that has one. */
    public static List<String> of(List<Hit> hits, CustomsDeclaration declaration) {
        return hits.stream().map(h -> of(h, declaration)).flatMap(Optional::stream).distinct().toList();
    }

    /** The watchlist entry of a pair. */
    public static String entryId(String pair) {
        int start = pair.indexOf('|') + 1;
        return pair.substring(start, pair.indexOf('|', start));
    }

    private static String pair(CustomsDeclaration declaration, String entryId, String subject) {
        return Normalise.country(declaration.getAuthority()) + "|" + entryId + "|" + subject;
    }

    private static Optional<String> pathSubject(String field, CustomsDeclaration declaration) {
        Matcher path = PATH.matcher(field);
        if (!path.find()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(path.group(2));
        if (path.group(1).equals("parties")) {
            return index < declaration.getParties().size() ? Optional.of(party(declaration.getParties().get(index)))
                : Optional.empty();
        }
        return index < declaration.getItems().size() ? Optional.of(item(declaration.getItems().get(index))) : Optional.empty();
    }

    private static String party(Party party) {
        return party.getIdentifiers().stream()
            .map(SuppressionPairs::identifier)
            .filter(id -> !id.endsWith(":"))
            .min(Comparator.naturalOrder())
            .orElse("PARTY:" + Normalise.reference(party.getName()));
    }

    private static String identifier(PartyIdentifier id) {
        return "PARTY:" + id.getScheme().name() + ":" + Normalise.reference(id.getValue());
    }

    private static String item(DeclarationItem item) {
        return "OBJECT:" + Normalise.reference(item.getDescription());
    }
}
