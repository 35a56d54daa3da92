package org.heritagesentinel.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.heritagesentinel.avro.CountryRole;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The demo's watchlist: flagged traders (invented names, in Latin and Arabic script), stolen objects
 * as INTERPOL lists them, a container and a forged licence, and one risk profile of every rule type
 * with real legal bases. Weights are set as a risk centre would: one hit on a name or a profile makes
 * a YELLOW alert; a stolen object's reference number, a seizure or several hits together make a RED one.
 */
public final class SampleWatchlist {
    /** Listed in Latin script only: declared in Arabic script by the scenario. */
    public static final String OUAZZANI = "PTY-0001";
    public static final String HADDAD = "PTY-0002";
    /** Listed in Arabic script only. */
    public static final String JUBOURI = "PTY-0006";
    /** Listed by name only, no identifier: namesakes declare it. */
    public static final String CHAKER = "PTY-0008";
    public static final String GALERIE = "PTY-0004";
    public static final String TABLET = "OBJ-0001";
    public static final String QURAN = "OBJ-0002";
    public static final String CONTAINER = "CNV-0001";
    public static final String LICENCE = "DOC-0001";
    public static final String RANDOM = "PRF-RANDOM";
    public static final String SPLIT = "PRF-SPLIT";
    public static final String TEMPORARY_EXPORT = "PRF-TEMP-EXPORT";
    /** Profiles a single declaration can trip, in the order the scenario shows them. */
    public static final List<String> SINGLE_DECLARATION_PROFILES = List.of("PRF-UNSC-2199", "PRF-HUB-LB", "PRF-REDLIST-YE",
        "PRF-JO-ANTIQUITIES", "PRF-HS-AGE", "PRF-TWIN-HEADINGS", "PRF-UNDERVALUE", "PRF-POST");
    /** Scenario-only entries: the background traffic does not draw them. */
    private static final List<String> NOT_DRAWN = List.of(RANDOM, SPLIT, TEMPORARY_EXPORT, CHAKER);

    private static final List<WatchlistEntry> ENTRIES = build();

    private SampleWatchlist() {
    }

    public static List<WatchlistEntry> entries() {
        return ENTRIES;
    }

    public static WatchlistEntry entry(String entryId) {
        return ENTRIES.stream().filter(e -> e.getEntryId().equals(entryId)).findFirst()
            .orElseThrow(() -> new NoSuchElementException("no sample entry " + entryId));
    }

    /** What the background traffic's suspicious share refers to: any entry one declaration can trip, evenly. */
    public static ListedEntries background() {
        List<WatchlistEntry> drawn = ENTRIES.stream().filter(e -> !NOT_DRAWN.contains(e.getEntryId())).toList();
        return random -> drawn.get(random.nextInt(drawn.size()));
    }

    private static List<WatchlistEntry> build() {
        List<WatchlistEntry> entries = new ArrayList<>();
        entries.add(party(OUAZZANI, "Mohamed El Ouazzani", "MA", "MA-001122334", 60, "seizure of Roman coins, Tanger Med 2024"));
        entries.add(party(HADDAD, "Abdelkarim Haddad", "LB", "LB-5566778", 55, "intelligence: dealer in looted Syrian antiquities"));
        entries.add(party("PTY-0003", "Al-Rashid Antiques Trading LLC", "AE", "AE-100200300400500", 60, "front company, free zone"));
        entries.add(party(GALERIE, "Galerie Orient Lumière SARL", "FR", "FR-81234567800019", 55, "purchases without provenance"));
        entries.add(party("PTY-0005", "Youssef Ben Salah", "TN", "TN-0987654", 55, "convicted 2022, export of archaeological objects"));
        entries.add(party(JUBOURI, "حسن عبدالله الجبوري", "IQ", "IQ-77123", 60, "UNSC 1483 case file"));
        entries.add(party("PTY-0007", "Levant Heritage Collectibles Ltd", "GB", "GB-09876543", 55, "online sales of cuneiform tablets"));
        entries.add(party(CHAKER, "Nabil Chaker", "EG", null, 50, "attempted export of Pharaonic statuettes"));
        entries.add(object(TABLET, 90, "stolen from the Iraq Museum, 2003", ObjectDescription.newBuilder()
            .setObjectType("clay tablet, cuneiform").setMaterials(List.of("clay")).setPeriod("Old Babylonian")
            .setMeasurements(Dimensions.newBuilder().setHeightCm(8.2).setWidthCm(5.1).build())
            .setDescription("clay tablet with cuneiform inscription").setReferenceNumbers(List.of("INTERPOL 2019/1234"))));
        entries.add(object(QURAN, 75, "stolen from a private library, Mosul 2015", ObjectDescription.newBuilder()
            .setObjectType("Quran manuscript").setMaterials(List.of("parchment")).setPeriod("Ottoman, 18th century")
            .setMeasurements(Dimensions.newBuilder().setHeightCm(30.5).setWidthCm(21.0).build())
            .setDescription("Ottoman Quran manuscript on parchment, 30 x 21 cm").setReferenceNumbers(List.of("INTERPOL 2016/8841"))));
        entries.add(object("OBJ-0003", 70, "stolen from the Aleppo museum, 2013", ObjectDescription.newBuilder()
            .setObjectType("coin, tetradrachm").setMaterials(List.of("silver")).setPeriod("Hellenistic")
            .setMeasurements(Dimensions.newBuilder().setDiameterCm(2.6).setWeightKg(0.0171).build())
            .setInscriptions("BASILEOS ALEXANDROU").setDescription("silver tetradrachm of Alexander the Great")
            .setReferenceNumbers(List.of("IM 45678"))));
        entries.add(base(CONTAINER, EntryKind.CONVEYANCE, "LB", 45).setReason("container used in a 2025 seizure of mosaics")
            .setConveyance(ListedConveyance.newBuilder().setContainers(List.of("TGHU8843217")).setMode(TransportMode.SEA).build())
            .build());
        entries.add(base(LICENCE, EntryKind.DOCUMENT, "EG", 60).setReason("forged export licence")
            .setDocument(ListedDocument.newBuilder().setType(DocumentType.EXPORT_LICENCE).setReference("EL/2025/00417")
                .setIssuingCountry("EG").build())
            .build());
        entries.add(profile("PRF-UNSC-2199", "UNSC", 50, "UNSC 2199 §17 (Syria, since 15 March 2011)", RiskProfile.newBuilder()
            .setRuleType(RuleType.EMBARGO_ORIGIN).setHsPrefixes(List.of("9705", "9701", "9702", "9703", "9706", "7118", "4906"))
            .setCountries(List.of("SY")).setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT))));
        entries.add(profile("PRF-UNSC-1483", "UNSC", 50, "UNSC 1483 §7 (Iraq, since 6 August 1990)", RiskProfile.newBuilder()
            .setRuleType(RuleType.EMBARGO_ORIGIN).setHsPrefixes(List.of("9705", "9701", "9702", "9703", "9706", "7118", "4906"))
            .setCountries(List.of("IQ")).setCountryRoles(List.of(CountryRole.ORIGIN, CountryRole.EXPORT))));
        entries.add(profile("PRF-HUB-LB", "JO", 35, "risk analysis 2026/7: transit hub for looted goods", RiskProfile.newBuilder()
            .setRuleType(RuleType.ROUTE_RISK).setHsPrefixes(List.of("9703", "9705", "9706"))
            .setCountries(List.of("LB")).setCountryRoles(List.of(CountryRole.TRANSIT))));
        entries.add(profile("PRF-REDLIST-YE", "JO", 45, "ICOM Red List Yemen; export licence required", RiskProfile.newBuilder()
            .setRuleType(RuleType.REDLIST_NO_LICENCE).setHsPrefixes(List.of("9705", "9706", "4906")).setCountries(List.of("YE"))
            .setCountryRoles(List.of(CountryRole.ORIGIN)).setRequiredDocument(DocumentType.EXPORT_LICENCE)));
        entries.add(profile("PRF-JO-ANTIQUITIES", "JO", 45, "Jordan Antiquities Law No. 21 of 1988, art. 23",
            RiskProfile.newBuilder().setRuleType(RuleType.AGE_VALUE_THRESHOLD).setHsPrefixes(List.of("9706"))
                .setMinAgeYears(100).setJurisdiction("JO").setRequiredDocument(DocumentType.CULTURAL_PROPERTY_CERTIFICATE)));
        entries.add(profile("PRF-HS-AGE", "JO", 40, "WCO guidance on cultural objects under modern headings",
            RiskProfile.newBuilder().setRuleType(RuleType.HS_AGE_INCONSISTENT).setHsPrefixes(List.of("940360", "6913", "4420"))
                .setMinAgeYears(100).setKeywords(List.of("antique", "ancient", "أثري"))));
        entries.add(profile("PRF-TWIN-HEADINGS", "UNSC", 45, "UNSC 2347 §8 (misdeclared cultural property)",
            RiskProfile.newBuilder().setRuleType(RuleType.MISDECLARATION_KEYWORD).setHsPrefixes(List.of("6907", "4901", "4906"))
                .setKeywords(List.of("tablet", "cuneiform", "manuscrit", "مخطوط"))));
        entries.add(profile("PRF-UNDERVALUE", "JO", 35, "risk analysis 2026/3: undervalued antiquities", RiskProfile.newBuilder()
            .setRuleType(RuleType.VALUE_ANOMALY).setHsPrefixes(List.of("9705"))
            .setMinValue(Money.newBuilder().setAmount(new BigDecimal("500.0000")).setCurrency("USD").build())
            .setParameters(Map.of("per", "item", "ratio", "0.1"))));
        entries.add(profile("PRF-POST", "JO", 30, "risk analysis 2026/5: antiquities by post and courier", RiskProfile.newBuilder()
            .setRuleType(RuleType.CONVEYANCE_RISK).setHsPrefixes(List.of("9705", "9706", "7118"))
            .setTransportModes(List.of(TransportMode.POSTAL, TransportMode.EXPRESS_COURIER))));
        entries.add(profile(RANDOM, "JO", 30, "random control, 0.2 % of declarations", RiskProfile.newBuilder()
            .setRuleType(RuleType.RANDOM).setRate(0.002)));
        entries.add(profile(SPLIT, "JO", 40, "risk analysis 2026/9: coins split into small consignments", RiskProfile.newBuilder()
            .setRuleType(RuleType.SPLIT_SHIPMENT).setHsPrefixes(List.of("7118", "9705"))
            .setParameters(Map.of("window", "P7D", "shipments", "3"))));
        entries.add(profile(TEMPORARY_EXPORT, "JO", 50, "Jordan Antiquities Law No. 21 of 1988, art. 24 (temporary export)",
            RiskProfile.newBuilder().setRuleType(RuleType.TEMP_EXPORT_OVERDUE).setHsPrefixes(List.of("9703", "9705", "9706"))));
        return List.copyOf(entries);
    }

    private static WatchlistEntry party(String id, String name, String country, String tin, int weight, String reason) {
        return base(id, EntryKind.PARTY, country, weight)
            .setReason(reason)
            .setParty(ListedParty.newBuilder().setNames(List.of(name))
                .setKind(name.matches(".*(LLC|SARL|Ltd).*") ? PartyKind.ORGANISATION : PartyKind.PERSON)
                .setIdentifiers(tin == null ? List.of() : List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                    .setValue(tin).setIssuingCountry(country).build()))
                .setCountries(List.of(country)).build())
            .build();
    }

    private static WatchlistEntry object(String id, int weight, String reason, ObjectDescription.Builder object) {
        return base(id, EntryKind.OBJECT, "IQ", weight).setSource(EntrySource.INTERPOL).setReason(reason)
            .setObject(object.build()).build();
    }

    private static WatchlistEntry profile(String id, String authority, int weight, String legalBasis, RiskProfile.Builder rule) {
        return base(id, EntryKind.RISK_PROFILE, authority, weight).setLegalBasis(legalBasis).setProfile(rule.build()).build();
    }

    private static WatchlistEntry.Builder base(String id, EntryKind kind, String authority, int weight) {
        return WatchlistEntry.newBuilder()
            .setEntryId(id)
            .setRevision(1)
            .setKind(kind)
            .setSource(EntrySource.ANALYST)
            .setStatus(EntryStatus.ACTIVE)
            .setListingAuthority(authority)
            .setAuthor("demo.analyst")
            .setApprover("demo.supervisor")
            .setSharingScope(SharingScope.REGIONAL)
            .setRiskWeight(weight);
    }
}
