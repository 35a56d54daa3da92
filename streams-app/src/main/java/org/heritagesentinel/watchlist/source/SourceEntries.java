package org.heritagesentinel.watchlist.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.Provenance;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * A listed subject of any source → its watchlist entry, the same way for every format: id
 * {@code <source>:<source id>}, source SANCTIONS_LIST, REGIONAL (the lists are public), listed by the
 * importing authority, with the list, its id and the edition as provenance.
 */
final class SourceEntries {
    /** Longest remark kept as the entry's reason: the rest stays in the published list. */
    static final int MAX_REASON = 500;

    private final SourceEdition edition;

    SourceEntries(SourceEdition edition) {
        this.edition = edition;
    }

    static String entryId(String source, String sourceId) {
        return source + ":" + sourceId;
    }

    WatchlistEntry toEntry(ListedSubject s) {
        WatchlistEntry.Builder entry = WatchlistEntry.newBuilder()
            .setEntryId(entryId(edition.source(), s.sourceId))
            .setRevision(1)
            .setSource(EntrySource.SANCTIONS_LIST)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority(edition.listingAuthority())
            .setLegalBasis(s.programmes.isEmpty() ? edition.source() : edition.source() + ": " + String.join(", ", s.programmes))
            .setAuthor("sentinel watchlist (" + edition.source() + ")")
            .setSharingScope(SharingScope.REGIONAL)
            .setRiskWeight(edition.riskWeight())
            .setReason(reason(s))
            .setProvenance(Provenance.newBuilder().setSource(edition.source()).setSourceId(s.sourceId)
                .setEdition(edition.published()).setProgrammes(new ArrayList<>(s.programmes)).build());
        if (s.kind == ListedSubject.Kind.CONVEYANCE) {
            entry.setKind(EntryKind.CONVEYANCE).setConveyance(ListedConveyance.newBuilder()
                .setMeansIds(meansIds(s.meansIds)).setMode(s.transportMode).build());
        } else {
            entry.setKind(EntryKind.PARTY).setParty(party(s));
        }
        return entry.build();
    }

    private static ListedParty party(ListedSubject s) {
        List<String> fullDates = s.datesOfBirth.stream().filter(d -> d.length() == 10).toList();
        return ListedParty.newBuilder()
            .setNames(new ArrayList<>(s.names))
            .setKind(s.partyKind)
            .setIdentifiers(s.identifiers.stream().map(i -> PartyIdentifier.newBuilder().setScheme(i.scheme())
                .setValue(i.value()).setIssuingCountry(i.issuingCountry()).build()).toList())
            .setCountries(new ArrayList<>(s.countries))
            .setDateOfBirth(s.datesOfBirth.size() == 1 && fullDates.size() == 1 ? LocalDate.parse(fullDates.get(0)) : null)
            .setAddresses(new ArrayList<>(s.addresses))
            .setWeakAliases(s.weakAliases.stream().filter(a -> !s.names.contains(a)).toList())
            .setDatesOfBirth(new ArrayList<>(s.datesOfBirth))
            .setNationalities(new ArrayList<>(s.nationalities))
            .build();
    }

    /** An IMO number is declared with or without its prefix ("IMO 9187629", "9187629"): list both. */
    private static List<String> meansIds(Set<String> written) {
        Set<String> ids = new LinkedHashSet<>(written);
        for (String id : written) {
            if (id.matches("(?i)IMO\\s*\\d{7}")) {
                ids.add(id.replaceAll("\\D", ""));
            }
        }
        return new ArrayList<>(ids);
    }

    private static String reason(ListedSubject s) {
        String listed = s.kind == ListedSubject.Kind.CONVEYANCE && !s.names.isEmpty() ? String.join(" / ", s.names) : null;
        String remarks = s.remarks;
        String reason = listed == null ? remarks : remarks == null ? listed : listed + ": " + remarks;
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
