package org.heritagesentinel.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.ReferencedObject;
import org.heritagesentinel.avro.RegisterIndexChange;
import org.heritagesentinel.avro.RegisteredObject;
import org.heritagesentinel.avro.RegisteredParty;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.screening.PartyKeys;
import org.heritagesentinel.watchlist.Normalise;

/**
 * What the seized-object register keeps of a seizure report: its objects (description, custody) under
 * ids "&lt;seizure key&gt;:O&lt;n&gt;", its parties under their party keys, and the changes of its two
 * indexes: one mention of the seizure per party (the party's seizure history) and its objects per
 * reference number (search by INTERPOL, inventory or police reference).
 */
public final class RegisterEntries {
    private static final String OBJECT_MARK = ":O";

    private RegisterEntries() {
    }

    public static SeizureRegisterRecord record(String seizureKey, SeizureReport report, SharingScope scope) {
        List<RegisteredObject> objects = new ArrayList<>();
        List<SeizedObject> seized = report.getObjects();
        for (int i = 0; i < seized.size(); i++) {
            SeizedObject object = seized.get(i);
            objects.add(RegisteredObject.newBuilder().setObjectId(seizureKey + OBJECT_MARK + i).setObject(object.getObject())
                .setQuantity(object.getQuantity()).setHsDeclared(object.getHsDeclared()).setHsActual(object.getHsActual())
                .setCustodyLocation(object.getCustodyLocation()).build());
        }
        List<RegisteredParty> parties = new ArrayList<>();
        for (Party party : report.getParties()) {
            parties.add(RegisteredParty.newBuilder().setPartyKey(PartyKeys.key(party)).setParty(party).build());
        }
        return SeizureRegisterRecord.newBuilder().setSeizureKey(seizureKey).setAuthority(report.getAuthority())
            .setVersion(report.getVersion()).setSeizedAt(report.getSeizedAt()).setOffice(report.getOffice())
            .setSharingScope(scope).setObjects(objects).setParties(parties).build();
    }

    /** One mention per party key (the first party under it), in the order of the report. */
    public static Map<String, PartySeizure> mentions(SeizureRegisterRecord record) {
        Map<String, PartySeizure> mentions = new LinkedHashMap<>();
        List<String> objectIds = record.getObjects().stream().map(RegisteredObject::getObjectId).toList();
        for (RegisteredParty party : record.getParties()) {
            if (!party.getPartyKey().isEmpty()) {
                mentions.putIfAbsent(party.getPartyKey(), PartySeizure.newBuilder().setSeizureKey(record.getSeizureKey())
                    .setAuthority(record.getAuthority()).setVersion(record.getVersion()).setSeizedAt(record.getSeizedAt())
                    .setOffice(record.getOffice()).setSharingScope(record.getSharingScope()).setRole(party.getParty().getRole())
                    .setParty(party.getParty()).setObjectIds(objectIds).build());
            }
        }
        return mentions;
    }

    /** A reference number of a seized object (INTERPOL, inventory, police) in the normal form it is indexed under. */
    public static String referenceKey(String reference) {
        return Normalise.reference(reference);
    }

    /** Every index change of a record: its party mentions, and its objects under each reference number (first object wins). */
    public static Map<String, RegisterIndexChange> indexChanges(SeizureRegisterRecord record) {
        Map<String, RegisterIndexChange> changes = new LinkedHashMap<>();
        mentions(record).forEach((partyKey, mention) ->
            changes.put(partyKey, RegisterIndexChange.newBuilder().setParty(mention).build()));
        for (RegisteredObject object : record.getObjects()) {
            for (String reference : object.getObject().getReferenceNumbers()) {
                String key = referenceKey(reference);
                if (!key.isEmpty() && !changes.containsKey(key)) {
                    changes.put(key, RegisterIndexChange.newBuilder().setObject(ReferencedObject.newBuilder()
                        .setSeizureKey(record.getSeizureKey()).setAuthority(record.getAuthority()).setVersion(record.getVersion())
                        .setSeizedAt(record.getSeizedAt()).setOffice(record.getOffice()).setSharingScope(record.getSharingScope())
                        .setReference(reference).setObject(object).build()).build());
                }
            }
        }
        return changes;
    }

    /** The change that takes a seizure out of an index entry, as of {@code version}. */
    public static RegisterIndexChange removal(RegisterIndexChange change, int version) {
        RegisterIndexChange.Builder removal = RegisterIndexChange.newBuilder();
        if (change.getParty() != null) {
            removal.setParty(PartySeizure.newBuilder(change.getParty()).setRemoved(true).setVersion(version).build());
        } else {
            removal.setObject(ReferencedObject.newBuilder(change.getObject()).setRemoved(true).setVersion(version).build());
        }
        return removal.build();
    }

    /** The seizure an object id belongs to: the key its record is kept and partitioned under. */
    public static String seizureKeyOf(String objectId) {
        int mark = objectId.lastIndexOf(OBJECT_MARK);
        boolean numbered = mark > 0 && mark + OBJECT_MARK.length() < objectId.length()
            && objectId.substring(mark + OBJECT_MARK.length()).chars().allMatch(Character::isDigit);
        return numbered ? objectId.substring(0, mark) : objectId;
    }
}
