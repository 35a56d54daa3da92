package org.heritagesentinel.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartySeizure;
import org.heritagesentinel.avro.RegisteredObject;
import org.heritagesentinel.avro.RegisteredParty;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.screening.PartyKeys;

/**
 * What the seized-object register keeps of a seizure report: its objects (description, custody) under
 * ids "&lt;seizure key&gt;:O&lt;n&gt;", its parties under their party keys, and one mention of the
 * seizure per party for the party's seizure history.
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

    /** The seizure an object id belongs to: the key its record is kept and partitioned under. */
    public static String seizureKeyOf(String objectId) {
        int mark = objectId.lastIndexOf(OBJECT_MARK);
        boolean numbered = mark > 0 && mark + OBJECT_MARK.length() < objectId.length()
            && objectId.substring(mark + OBJECT_MARK.length()).chars().allMatch(Character::isDigit);
        return numbered ? objectId.substring(0, mark) : objectId;
    }
}
