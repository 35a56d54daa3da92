package org.heritagesentinel.screening;

import java.util.EnumSet;
import java.util.Set;

import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.watchlist.Normalise;

/**
 * One key per party, the same on declarations and seizure reports: its first identifier after
 * normalisation, else its normalised name. Split shipments are counted, outcomes linked and seizure
 * histories kept under it.
 */
public final class PartyKeys {
    /** Brokers, carriers and representatives serve everyone: their shipments prove nothing about a party. */
    private static final Set<PartyRole> TRADING = EnumSet.of(PartyRole.EXPORTER, PartyRole.IMPORTER, PartyRole.CONSIGNEE,
        PartyRole.CONSIGNOR, PartyRole.SELLER, PartyRole.BUYER, PartyRole.OWNER, PartyRole.PASSENGER);

    private PartyKeys() {
    }

    /** "ID:&lt;identifier&gt;" or "NAME:&lt;normalised name&gt;"; empty when the party has neither. */
    public static String key(Party party) {
        for (var id : party.getIdentifiers()) {
            String value = MultilingualPartyMatcher.identifierKey(id.getValue());
            if (!value.isEmpty()) {
                return "ID:" + value;
            }
        }
        String name = Normalise.reference(party.getName());
        return name.isEmpty() ? "" : "NAME:" + name;
    }

    public static boolean trading(Party party) {
        return TRADING.contains(party.getRole());
    }
}
