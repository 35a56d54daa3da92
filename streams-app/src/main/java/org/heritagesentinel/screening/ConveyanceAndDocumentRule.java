package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** CONVEYANCE_WATCHLIST and DOCUMENT_WATCHLIST: a listed container, means of transport or document. */
public final class ConveyanceAndDocumentRule implements DeclarationRule {
    private final WatchlistIndex index;

    public ConveyanceAndDocumentRule(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        CustomsDeclaration declaration = subject.declaration();
        Set<String> keys = new LinkedHashSet<>(index.blockingKeys().forConveyance(declaration));
        List<DocumentReference> documents = new ArrayList<>(declaration.getDocuments());
        for (DeclarationItem item : declaration.getItems()) {
            documents.addAll(item.getDocuments());
        }
        documents.forEach(d -> keys.add(BlockingKeys.forDocument(d)));
        for (WatchlistEntry entry : index.candidates(keys)) {
            if (!EntryValidity.isLive(entry, subject.at())) {
                continue;
            }
            if (entry.getKind() == EntryKind.CONVEYANCE) {
                hits.add(hit(entry, RuleType.CONVEYANCE_WATCHLIST, "transport",
                    String.join(",", declaration.getTransport().getContainers()) + " " + nullToEmpty(declaration.getTransport().getMeansId()),
                    String.join(",", entry.getConveyance().getContainers()) + " " + String.join(",", entry.getConveyance().getMeansIds()),
                    "container or means of transport is listed"));
            } else if (entry.getKind() == EntryKind.DOCUMENT) {
                hits.add(hit(entry, RuleType.DOCUMENT_WATCHLIST, "documents", entry.getDocument().getReference(),
                    entry.getDocument().getReference(), "document " + entry.getDocument().getReference() + " is listed"));
            }
        }
    }

    private static Hit hit(WatchlistEntry entry, RuleType rule, String field, String declared, String listed, String what) {
        return ListingSource.stamp(Hit.newBuilder(), entry)
            .setRuleType(RuleTypes.of(entry, rule))
            .setEntryId(entry.getEntryId())
            .setEntryRevision(entry.getRevision())
            .setScore(entry.getRiskWeight())
            .setEvidence(List.of(Evidences.of(field, declared.trim(), listed.trim(), "reference-exact")))
            .setExplanation(what + " (entry " + entry.getEntryId() + " by " + entry.getListingAuthority()
                + (entry.getReason() == null ? "" : ": " + entry.getReason()) + ListingSource.note(entry) + ")")
            .build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.CONVEYANCE || kind == EntryKind.DOCUMENT;
    }
}
