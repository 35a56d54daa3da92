package org.heritagesentinel.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ShipmentRef;
import org.heritagesentinel.avro.TemporaryExport;
import org.heritagesentinel.screening.PartyKeys;
import org.heritagesentinel.watchlist.Normalise;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * What the stateful rules need from a declaration, re-keyed: its trading parties (split shipments
 * are counted per party, for the declarations a split-shipment profile covers) and its temporary
 * export licences (the register is kept per licence).
 */
final class StatefulRuleInputs {
    private StatefulRuleInputs() {
    }

    /**
     * Only a declaration that a live split-shipment profile covers is counted: the others would be
     * stored per party for nothing (a profile counts the shipments accepted while it is live), and they
     * are nearly every declaration — two records per trading party each.
     */
    static List<KeyValue<String, ShipmentRef>> shipments(String key, CustomsDeclaration declaration, WatchlistIndex index) {
        List<KeyValue<String, ShipmentRef>> refs = new ArrayList<>();
        if (key == null || declaration == null) {
            return refs;
        }
        List<String> hs = hsCodes(declaration);
        if (LiveProfiles.covering(index, RuleType.SPLIT_SHIPMENT, hs, declaration.getAcceptedAt()).isEmpty()) {
            return refs;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Party> parties = declaration.getParties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String partyKey = PartyKeys.key(party);
            if (!PartyKeys.trading(party) || partyKey.isEmpty() || !seen.add(partyKey)) {
                continue;
            }
            refs.add(KeyValue.pair(partyKey, ShipmentRef.newBuilder().setDeclarationKey(key)
                .setAcceptedAt(declaration.getAcceptedAt()).setHsCodes(hs).setPartyName(party.getName())
                .setPartyField("parties[" + i + "]").build()));
        }
        return refs;
    }

    /** Exports open a licence of the register; imports quoting a temporary export licence close it. */
    static List<KeyValue<String, TemporaryExport>> temporaryExports(String key, CustomsDeclaration declaration) {
        List<KeyValue<String, TemporaryExport>> licences = new ArrayList<>();
        if (key == null || declaration == null) {
            return licences;
        }
        List<DocumentReference> documents = new ArrayList<>(declaration.getDocuments());
        declaration.getItems().forEach(item -> documents.addAll(item.getDocuments()));
        for (DocumentReference d : documents) {
            String licence = Normalise.reference(d.getReference());
            if (d.getType() != DocumentType.TEMPORARY_EXPORT_LICENCE || licence.isEmpty()) {
                continue;
            }
            boolean reimport = declaration.getType() == DeclarationType.IMPORT;
            if (!reimport && d.getValidUntil() == null) {
                continue;
            }
            licences.add(KeyValue.pair(licence, TemporaryExport.newBuilder().setLicence(licence).setDeclarationKey(key)
                .setReimportBy(reimport ? java.time.LocalDate.EPOCH : d.getValidUntil()).setHsCodes(hsCodes(declaration))
                .setReimported(reimport).setDeclaration(declaration).build()));
        }
        return licences;
    }

    private static List<String> hsCodes(CustomsDeclaration declaration) {
        return declaration.getItems().stream().map(DeclarationItem::getHsCode).map(Normalise::hsCode).distinct().toList();
    }
}
