package org.heritagesentinel.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * What each recipient may see of an alert, decided from its roles and the sharing scope of the
 * entries that fired (recipient × data class → fields):
 * <ul>
 *   <li>the screening authority and the listing authority of an entry see everything about it;</li>
 *   <li>a NATIONAL entry is shown to nobody else (the hit is left out of their view); so is an entry of a
 *       scope the policy does not know (UNKNOWN): it fails closed;</li>
 *   <li>an ORIGINATOR_CONTROLLED entry shows others the rule and the shipment, never the personal
 *       data or the listed values — they must ask the originator;</li>
 *   <li>personal data of other party hits reach only the roles named in {@code personalDataRoles}
 *       (by default not transit authorities).</li>
 * </ul>
 * The seized-object register follows the same scopes: the seizing authority sees its records whole,
 * a NATIONAL record is shown to nobody else, an ORIGINATOR_CONTROLLED one shows others the objects,
 * office, date and custody but not the parties.
 */
public final class SharingPolicy {
    /** What a caller may see of a record listed or reported by another authority. */
    public enum Visibility { FULL, WITHOUT_PERSONAL_DATA, NONE }

    static final String WITHHELD = "[withheld under the sharing policy]";

    private final Set<String> personalDataRoles;
    private final Function<String, WatchlistEntry> entries;

    public SharingPolicy(Set<String> personalDataRoles, Function<String, WatchlistEntry> entries) {
        this.personalDataRoles = Set.copyOf(personalDataRoles);
        this.entries = entries;
    }

    public Alert viewFor(Alert alert, String recipient) {
        List<String> roles = alert.getRecipientRoles().getOrDefault(recipient, List.of());
        boolean screening = recipient.equals(alert.getAuthority());
        boolean personal = screening || roles.stream().anyMatch(personalDataRoles::contains);
        List<Hit> visible = new ArrayList<>();
        for (Hit hit : alert.getHits()) {
            WatchlistEntry entry = entries.apply(hit.getEntryId());
            SharingScope scope = entry == null ? SharingScope.REGIONAL : entry.getSharingScope();
            boolean originator = entry != null && recipient.equals(entry.getListingAuthority());
            Visibility visibility = visibility(scope, screening || originator);
            if (visibility == Visibility.NONE) {
                continue;
            } else if (visibility == Visibility.WITHOUT_PERSONAL_DATA) {
                visible.add(redacted(hit, hit.getRuleType() + " hit on an originator-controlled entry of "
                    + entry.getListingAuthority() + ": details on request to that authority"));
            } else if (!personal && !originator && concernsParties(hit)) {
                visible.add(redacted(hit, hit.getRuleType() + " hit on a party (entry " + hit.getEntryId()
                    + "): personal data withheld for your role " + roles));
            } else {
                visible.add(hit);
            }
        }
        return Alert.newBuilder(alert).setHits(visible).build();
    }

    /** What {@code caller} may see of a seizure record of {@code seizingAuthority} shared under {@code scope}. */
    public Visibility seizureRecordFor(String caller, String seizingAuthority, SharingScope scope) {
        return visibility(scope, caller.equals(seizingAuthority));
    }

    private static Visibility visibility(SharingScope scope, boolean own) {
        if (own) {
            return Visibility.FULL;
        }
        return switch (scope) {
            case NATIONAL -> Visibility.NONE;
            case ORIGINATOR_CONTROLLED -> Visibility.WITHOUT_PERSONAL_DATA;
            case REGIONAL -> Visibility.FULL;
            // fail closed: a scope the policy does not know (UNKNOWN, or one added later) shares nothing
            default -> Visibility.NONE;
        };
    }

    private static boolean concernsParties(Hit hit) {
        return hit.getEvidence().stream().anyMatch(e -> e.getField().startsWith("parties["));
    }

    private static Hit redacted(Hit hit, String explanation) {
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence e : hit.getEvidence()) {
            evidence.add(Evidence.newBuilder(e).setDeclaredValue(WITHHELD).setListedValue(WITHHELD).build());
        }
        return Hit.newBuilder(hit).setEvidence(evidence).setExplanation(explanation).build();
    }
}
