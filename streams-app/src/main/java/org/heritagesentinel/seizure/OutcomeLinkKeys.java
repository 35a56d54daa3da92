package org.heritagesentinel.seizure;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heritagesentinel.avro.LinkKind;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.screening.PartyKeys;
import org.heritagesentinel.watchlist.Normalise;

/**
 * The keys under which a seizure finds the earlier declarations of its goods, the same for both:
 * container numbers, the vehicle, and the trading parties.
 */
public final class OutcomeLinkKeys {
    /**
     * A lorry, a car, a parcel carry one consignment; a vessel, a flight or a train carry thousands,
     * so their means id would link a seizure to every declaration aboard.
     */
    private static final Set<TransportMode> SINGLE_CONSIGNMENT = EnumSet.of(TransportMode.ROAD, TransportMode.PASSENGER,
        TransportMode.POSTAL, TransportMode.EXPRESS_COURIER);

    private OutcomeLinkKeys() {
    }

    /** Link key → kind, without duplicates, in a stable order. */
    public static Map<String, LinkKind> of(Transport transport, List<Party> parties) {
        Map<String, LinkKind> keys = new LinkedHashMap<>();
        for (String container : transport.getContainers()) {
            add(keys, "CONTAINER:", Normalise.reference(container), LinkKind.CONTAINER);
        }
        if (SINGLE_CONSIGNMENT.contains(transport.getMode()) && transport.getMeansId() != null) {
            add(keys, "VEHICLE:", Normalise.reference(transport.getMeansId()), LinkKind.VEHICLE);
        }
        for (Party party : parties) {
            if (PartyKeys.trading(party)) {
                add(keys, "PARTY:", PartyKeys.key(party), LinkKind.PARTY);
            }
        }
        return keys;
    }

    private static void add(Map<String, LinkKind> keys, String prefix, String value, LinkKind kind) {
        if (!value.isEmpty()) {
            keys.putIfAbsent(prefix + value, kind);
        }
    }
}
