package org.heritagesentinel.demo;

import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * A realistic starting watchlist for the demo: flagged traders (fictitious names of the region's
 * spellings), embargo profiles from the UN Security Council resolutions, a container and a forged
 * licence. Names are invented; legal bases are real.
 */
public final class SampleWatchlist {
    /** Listed parties, also used by the traffic generator to produce suspicious declarations. */
    static final List<String[]> LISTED_PARTIES = List.of(
        new String[] {"PTY-0001", "Mohamed El Ouazzani", "MA", "MA-001122334", "seizure of Roman coins, Tanger Med 2024"},
        new String[] {"PTY-0002", "Abdelkarim Haddad", "LB", "LB-5566778", "intelligence: dealer in looted Syrian antiquities"},
        new String[] {"PTY-0003", "Al-Rashid Antiques Trading LLC", "AE", "AE-100200300400500", "front company, UAE free zone"},
        new String[] {"PTY-0004", "Galerie Orient Lumière SARL", "FR", "FR-81234567800019", "purchases without provenance"},
        new String[] {"PTY-0005", "Youssef Ben Salah", "TN", "TN-0987654", "convicted 2022, export of archaeological objects"},
        new String[] {"PTY-0006", "Hassan Abdullah Al-Jubouri", "IQ", "IQ-77123", "UNSC 1483 case file"},
        new String[] {"PTY-0007", "Levant Heritage Collectibles Ltd", "GB", "GB-09876543", "online sales of cuneiform tablets"},
        new String[] {"PTY-0008", "Nabil Chaker", "EG", "EG-3321456", "attempted export of Pharaonic statuettes"});

    static final String LISTED_CONTAINER = "TGHU8843217";
    static final String FORGED_LICENCE = "EL/2025/00417";

    private SampleWatchlist() {
    }

    public static List<WatchlistEntry> entries() {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (String[] p : LISTED_PARTIES) {
            entries.add(base(p[0], EntryKind.PARTY, p[2], 80)
                .setReason(p[4])
                .setParty(ListedParty.newBuilder().setNames(List.of(p[1]))
                    .setKind(p[1].matches(".*(LLC|SARL|Ltd).*") ? PartyKind.ORGANISATION : PartyKind.PERSON)
                    .setIdentifiers(List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN).setValue(p[3])
                        .setIssuingCountry(p[2]).build()))
                    .setCountries(List.of(p[2])).build())
                .build());
        }
        entries.add(profile("PRF-UNSC-2199", "UNSC 2199 §17 (Syria, since 15 March 2011)", RuleType.EMBARGO_ORIGIN,
            List.of("9701", "9702", "9703", "9705", "9706", "7118", "4906"), List.of("SY"), 75));
        entries.add(profile("PRF-UNSC-1483", "UNSC 1483 §7 (Iraq, since 6 August 1990)", RuleType.EMBARGO_ORIGIN,
            List.of("9701", "9702", "9703", "9705", "9706", "7118", "4906"), List.of("IQ"), 75));
        entries.add(base("PRF-REDLIST-YE", EntryKind.RISK_PROFILE, "JO", 45)
            .setLegalBasis("ICOM Red List Yemen; export licence required")
            .setProfile(RiskProfile.newBuilder().setRuleType(RuleType.REDLIST_NO_LICENCE)
                .setHsPrefixes(List.of("9705", "9706", "4906")).setCountries(List.of("YE"))
                .setCountryRoles(List.of(CountryRole.ORIGIN)).setRequiredDocument(DocumentType.EXPORT_LICENCE).build())
            .build());
        entries.add(base("CNV-0001", EntryKind.CONVEYANCE, "LB", 60)
            .setReason("container used in a 2025 seizure of mosaics")
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of(LISTED_CONTAINER)).setMode(TransportMode.SEA)
                .build())
            .build());
        entries.add(base("DOC-0001", EntryKind.DOCUMENT, "EG", 70)
            .setReason("forged export licence")
            .setDocument(ListedDocument.newBuilder().setType(DocumentType.EXPORT_LICENCE).setReference(FORGED_LICENCE)
                .setIssuingCountry("EG").build())
            .build());
        return entries;
    }

    private static WatchlistEntry profile(String id, String legalBasis, RuleType rule, List<String> hs, List<String> countries,
                                          int weight) {
        return base(id, EntryKind.RISK_PROFILE, "UN", weight)
            .setListingAuthority("UNSC")
            .setLegalBasis(legalBasis)
            .setProfile(RiskProfile.newBuilder().setRuleType(rule).setHsPrefixes(hs).setCountries(countries)
                .setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT)).build())
            .build();
    }

    private static WatchlistEntry.Builder base(String id, EntryKind kind, String authority, int weight) {
        return WatchlistEntry.newBuilder()
            .setEntryId(id)
            .setRevision(1)
            .setKind(kind)
            .setSource(EntrySource.ANALYST)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority(authority)
            .setAuthor("demo")
            .setApprover("demo")
            .setSharingScope(SharingScope.REGIONAL)
            .setRiskWeight(weight);
    }
}
