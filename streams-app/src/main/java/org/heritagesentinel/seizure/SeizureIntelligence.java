package org.heritagesentinel.seizure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;

/**
 * Turns a seizure report into watchlist entries (source SEIZURE): its parties, its conveyance and
 * its objects, listed by the seizing authority for a limited time, so the next declaration anywhere
 * in the region that involves them raises a REPEAT_OFFENDER alert.
 */
public final class SeizureIntelligence {

    private final SentinelConfig.Seizures settings;

    public SeizureIntelligence(SentinelConfig.Seizures settings) {
        this.settings = settings;
    }

    /** The scope seizure intelligence is shared under: its watchlist entries and its register records. */
    public SharingScope sharingScope() {
        return settings.sharingScope();
    }

    /** Entry ids of one seizure start with this prefix: they are recognisable and never match their own seizure. */
    public static String entryPrefix(String seizureKey) {
        return "SZ:" + seizureKey + ":";
    }

    public List<WatchlistEntry> entries(String seizureKey, SeizureReport report) {
        List<WatchlistEntry> entries = new ArrayList<>();
        String reason = reason(report);
        List<Party> parties = report.getParties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if ((party.getName() == null || party.getName().isBlank()) && party.getIdentifiers().isEmpty()) {
                continue;
            }
            entries.add(base(seizureKey, "P" + i, EntryKind.PARTY, report)
                .setReason(party.getRole().name().toLowerCase(Locale.ROOT) + " in " + reason)
                .setParty(ListedParty.newBuilder()
                    .setNames(party.getName() == null || party.getName().isBlank() ? List.of() : List.of(party.getName()))
                    .setKind(party.getKind())
                    .setIdentifiers(party.getIdentifiers())
                    .setCountries(party.getCountry() == null ? List.of() : List.of(party.getCountry()))
                    .setDateOfBirth(party.getDateOfBirth())
                    .setAddresses(party.getAddress() == null ? List.of() : List.of(party.getAddress()))
                    .build())
                .build());
        }
        var conveyance = report.getConveyance();
        if (!conveyance.getContainers().isEmpty() || conveyance.getMeansId() != null) {
            entries.add(base(seizureKey, "C", EntryKind.CONVEYANCE, report)
                .setReason("conveyance in " + reason)
                .setConveyance(ListedConveyance.newBuilder()
                    .setContainers(conveyance.getContainers())
                    .setMeansIds(conveyance.getMeansId() == null ? List.of() : List.of(conveyance.getMeansId()))
                    .setMode(conveyance.getMode())
                    .build())
                .build());
        }
        List<SeizedObject> objects = report.getObjects();
        for (int i = 0; i < objects.size(); i++) {
            entries.add(base(seizureKey, "O" + i, EntryKind.OBJECT, report)
                .setReason("object seized in " + reason
                    + (objects.get(i).getCustodyLocation() == null ? "" : "; kept at " + objects.get(i).getCustodyLocation()))
                .setObject(objects.get(i).getObject())
                .build());
        }
        return entries;
    }

    private WatchlistEntry.Builder base(String seizureKey, String suffix, EntryKind kind, SeizureReport report) {
        Instant seizedAt = report.getSeizedAt();
        return WatchlistEntry.newBuilder()
            .setEntryId(entryPrefix(seizureKey) + suffix)
            .setRevision(report.getVersion() + 1L)
            .setKind(kind)
            .setSource(EntrySource.SEIZURE)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority(report.getAuthority())
            .setLegalBasis("seizure report " + seizureKey)
            .setAuthor("seizure:" + report.getAuthority())
            .setValidFrom(seizedAt)
            .setValidTo(seizedAt.plus(settings.validity()))
            .setSharingScope(settings.sharingScope())
            .setRiskWeight(settings.riskWeight());
    }

    private static String reason(SeizureReport report) {
        return "seizure " + report.getSeizureId() + " by " + report.getAuthority()
            + (report.getOffice() == null ? "" : " at " + report.getOffice()) + " on " + report.getSeizedAt().toString().substring(0, 10);
    }
}
