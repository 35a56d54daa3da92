package org.heritagesentinel.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.Direction;
import org.heritagesentinel.avro.DetectionMethod;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * Reproducible customs traffic of the region, for {@code simulate}, {@code bench} and {@code demo}:
 * ordinary declarations whose parties are drawn from the same name distribution as a watchlist (so
 * common names meet the blocking index as they would in production), and a share of suspicious ones,
 * each built from an entry of the watchlist in use ({@link SuspiciousShipments}). Not thread-safe: one
 * generator per producing thread.
 */
public final class TrafficGenerator {
    private static final String[] PARTNERS = {"FR", "DE", "IT", "GB", "US", "CN", "TR", "ES", "NL", "BE", "CH", "IN"};
    static final String[][] ORDINARY_GOODS = {
        {"940360", "wooden bedroom furniture"}, {"691390", "decorative ceramic articles"}, {"570110", "hand-knotted wool carpets"},
        {"490199", "printed books, school textbooks"}, {"711319", "gold jewellery, modern"}, {"852872", "LED television sets"},
        {"620342", "men's cotton trousers"}, {"090111", "green coffee beans"}, {"330499", "cosmetic creams"},
        {"870323", "passenger car, used"}, {"847130", "laptop computers"}, {"690790", "ceramic floor tiles"},
        {"442090", "wooden handicrafts, new"}, {"830629", "brass ornaments, modern"}};
    static final String[] CULTURAL_DESCRIPTIONS = {"collection of archaeological pottery fragments",
        "antique carved wooden chest", "stone statue, old", "hand-written manuscript on parchment", "ancient bronze coins"};

    private final SplittableRandom random;
    private final double suspiciousShare;
    private final ListedEntries listed;
    private final NamePool names;
    private final String sourceSystem;
    private final SuspiciousShipments suspicious;
    private long sequence;

    public TrafficGenerator(long seed, double suspiciousShare, WatchlistGenerator watchlist, int watchlistSize) {
        this(seed, suspiciousShare, watchlist, watchlistSize, "ASYCUDA");
    }

    /** {@code sourceSystem} is part of every declaration key: a benchmark phase tags its traffic with it. */
    public TrafficGenerator(long seed, double suspiciousShare, WatchlistGenerator watchlist, int watchlistSize,
                            String sourceSystem) {
        this(seed, suspiciousShare, watchlist.first(watchlistSize), sourceSystem);
    }

    /** Suspicious declarations built from entries drawn from {@code listed} (a sample list, a generated one). */
    public TrafficGenerator(long seed, double suspiciousShare, ListedEntries listed, String sourceSystem) {
        this.random = new SplittableRandom(seed);
        this.suspiciousShare = suspiciousShare;
        this.listed = listed;
        this.names = NamePool.bundled();
        this.sourceSystem = sourceSystem;
        this.suspicious = new SuspiciousShipments(random, this::item, listedParty -> listedParty(listedParty, false));
    }

    public CustomsDeclaration declaration(Instant acceptedAt) {
        CustomsDeclaration declaration = draft(acceptedAt);
        if (random.nextDouble() < suspiciousShare) {
            suspicious.apply(listed.draw(random), declaration);
        }
        return declaration;
    }

    /** An ordinary declaration: random parties of the region and its partners, everyday goods. */
    public CustomsDeclaration ordinary(Instant acceptedAt) {
        CustomsDeclaration declaration = draft(acceptedAt);
        // the suspicious lot is drawn all the same: the traffic that follows does not depend on which method was called
        random.nextDouble();
        return declaration;
    }

    /** An ordinary declaration changed so that {@code entry} catches it (see {@link SuspiciousShipments}). */
    public CustomsDeclaration caughtBy(WatchlistEntry entry, Instant acceptedAt) {
        CustomsDeclaration declaration = ordinary(acceptedAt);
        suspicious.apply(entry, declaration);
        return declaration;
    }

    /**
     * An ordinary declaration whose exporter is the listed party {@code entry} as a declarant writes it
     * (a spelling variant of one of its names, its country, its listed identifier half of the time and no
     * identifier otherwise): what screening must catch. With {@code newIdentifier} the party declares a tax
     * number of its country that the listing does not know (a new registration): name screening takes it
     * for a namesake unless the listing is updated.
     */
    public CustomsDeclaration declarationNaming(WatchlistEntry entry, Instant acceptedAt, boolean newIdentifier) {
        if (entry.getKind() != EntryKind.PARTY) {
            throw new IllegalArgumentException("entry " + entry.getEntryId() + " is not a party: " + entry.getKind());
        }
        CustomsDeclaration declaration = ordinary(acceptedAt);
        declaration.getParties().set(0, listedParty(entry.getParty(), newIdentifier));
        return declaration;
    }

    private CustomsDeclaration draft(Instant acceptedAt) {
        sequence++;
        String authority = WatchlistGenerator.AUTHORITIES[random.nextInt(WatchlistGenerator.AUTHORITIES.length)];
        String partner = PARTNERS[random.nextInt(PARTNERS.length)];
        boolean imports = random.nextInt(3) > 0;
        List<Party> parties = new ArrayList<>();
        parties.add(party(imports ? PartyRole.EXPORTER : PartyRole.IMPORTER, randomName(), partner));
        parties.add(party(imports ? PartyRole.IMPORTER : PartyRole.EXPORTER, randomName(), authority));
        if (random.nextInt(3) == 0) {
            parties.add(party(PartyRole.DECLARANT, names.company(random), authority));
        }
        List<DeclarationItem> items = new ArrayList<>();
        int itemCount = 1 + random.nextInt(3);
        for (int i = 0; i < itemCount; i++) {
            String[] goods = ORDINARY_GOODS[random.nextInt(ORDINARY_GOODS.length)];
            items.add(item(i + 1, goods[0], goods[1], partner));
        }
        Route route = Route.newBuilder()
            .setOriginCountry(partner)
            .setExportCountry(imports ? partner : authority)
            .setDestinationCountry(imports ? authority : partner)
            .build();
        Transport transport = Transport.newBuilder().setMode(mode()).setContainers(new ArrayList<>(List.of(randomContainer())))
            .build();
        return CustomsDeclaration.newBuilder()
            .setDeclarationId(String.format(Locale.ROOT, "%s-%09d", authority, sequence))
            .setAuthority(authority)
            .setSourceSystem(sourceSystem)
            .setType(imports ? DeclarationType.IMPORT : DeclarationType.EXPORT)
            .setAcceptedAt(acceptedAt)
            .setOfficeOfDeclaration(authority + "0001")
            .setParties(parties)
            .setRoute(route)
            .setTransport(transport)
            .setItems(items)
            .setDocuments(new ArrayList<>())
            .build();
    }

    /** A seizure report: listed or ordinary parties, cultural objects, a container. */
    public SeizureReport seizure(Instant seizedAt) {
        sequence++;
        String authority = WatchlistGenerator.AUTHORITIES[random.nextInt(WatchlistGenerator.AUTHORITIES.length)];
        List<SeizedObject> objects = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            objects.add(SeizedObject.newBuilder()
                .setObject(ObjectDescription.newBuilder().setObjectType("antiquity")
                    .setDescription(CULTURAL_DESCRIPTIONS[random.nextInt(CULTURAL_DESCRIPTIONS.length)]).build())
                .setHsDeclared(ORDINARY_GOODS[random.nextInt(ORDINARY_GOODS.length)][0])
                .setHsActual("9705")
                .setQuantity(1 + random.nextInt(20))
                .build());
        }
        String origin = WatchlistGenerator.EMBARGOED[random.nextInt(WatchlistGenerator.EMBARGOED.length)];
        return SeizureReport.newBuilder()
            .setSeizureId(String.format(Locale.ROOT, "%s-S-%09d", authority, sequence))
            .setAuthority(authority)
            .setSeizedAt(seizedAt)
            .setReportedAt(seizedAt)
            .setDirection(Direction.IMPORT)
            .setDetectionMethod(DetectionMethod.PROFILING)
            .setConveyance(Transport.newBuilder().setMode(mode()).setContainers(List.of(randomContainer())).build())
            .setRoute(Route.newBuilder().setOriginCountry(origin).setDestinationCountry(authority).build())
            .setParties(List.of(party(PartyRole.CONSIGNOR, randomName(), origin), party(PartyRole.CONSIGNEE, randomName(), authority)))
            .setObjects(objects)
            .build();
    }

    private Party listedParty(ListedParty listed, boolean newIdentifier) {
        String name = NamePool.variant(listed.getNames().get(random.nextInt(listed.getNames().size())), random);
        Party.Builder party = Party.newBuilder(
            party(PartyRole.EXPORTER, name, listed.getCountries().isEmpty() ? null : listed.getCountries().get(0)));
        if (!newIdentifier) {
            party.setIdentifiers(!listed.getIdentifiers().isEmpty() && random.nextBoolean()
                ? List.of(listed.getIdentifiers().get(0)) : List.of());
        }
        return party.setKind(listed.getKind()).build();
    }

    private Party party(PartyRole role, String name, String country) {
        return Party.newBuilder()
            .setRole(role)
            .setKind(PartyKind.UNKNOWN)
            .setName(name)
            .setCountry(country)
            .setIdentifiers(List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                .setValue(country + "-" + (1_000_000 + random.nextInt(8_999_999))).build()))
            .build();
    }

    private String randomName() {
        return random.nextInt(3) == 0 ? names.company(random) : names.person(random);
    }

    private DeclarationItem item(int number, String hs, String description, String origin) {
        BigDecimal value = BigDecimal.valueOf(50 + random.nextInt(50_000)).setScale(4, RoundingMode.UNNECESSARY);
        return DeclarationItem.newBuilder()
            .setItemNumber(number)
            .setHsCode(hs)
            .setDescription(description)
            .setOriginCountry(origin)
            .setPackages(1 + random.nextInt(40))
            .setGrossMassKg(1.0 + random.nextInt(5000))
            .setStatisticalValue(Money.newBuilder().setAmount(value).setCurrency("USD").build())
            .setProcedureCode(random.nextBoolean() ? "4000" : "1000")
            .build();
    }

    private TransportMode mode() {
        double r = random.nextDouble();
        if (r < 0.37) {
            return TransportMode.AIR;
        }
        if (r < 0.70) {
            return TransportMode.ROAD;
        }
        return r < 0.90 ? TransportMode.SEA : TransportMode.EXPRESS_COURIER;
    }

    /** Category letter Z, where listed containers have U: ordinary traffic never carries a listed container. */
    private String randomContainer() {
        StringBuilder owner = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            owner.append((char) ('A' + random.nextInt(26)));
        }
        return owner + "Z" + (1_000_000 + random.nextInt(8_999_999));
    }
}
