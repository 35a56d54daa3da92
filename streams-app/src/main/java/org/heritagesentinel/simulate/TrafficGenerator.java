package org.heritagesentinel.simulate;

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
 * Reproducible customs traffic against a {@link WatchlistGenerator} list: ordinary declarations whose
 * parties are drawn from the same name distribution as the list (so common names meet the blocking
 * index as they would in production), and suspicious ones built from a listed entry — a spelling
 * variant of a listed party, a listed container or licence, or cultural goods from the origin of an
 * embargo profile. Not thread-safe: one generator per producing thread.
 */
public final class TrafficGenerator {
    private static final String[] PARTNERS = {"FR", "DE", "IT", "GB", "US", "CN", "TR", "ES", "NL", "BE", "CH", "IN"};
    private static final String[][] ORDINARY_GOODS = {
        {"940360", "wooden bedroom furniture"}, {"691390", "decorative ceramic articles"}, {"570110", "hand-knotted wool carpets"},
        {"490199", "printed books, school textbooks"}, {"711319", "gold jewellery, modern"}, {"852872", "LED television sets"},
        {"620342", "men's cotton trousers"}, {"090111", "green coffee beans"}, {"330499", "cosmetic creams"},
        {"870323", "passenger car, used"}, {"847130", "laptop computers"}, {"690790", "ceramic floor tiles"},
        {"442090", "wooden handicrafts, new"}, {"830629", "brass ornaments, modern"}};
    private static final String[] CULTURAL_DESCRIPTIONS = {"collection of archaeological pottery fragments",
        "antique carved wooden chest", "stone statue, old", "hand-written manuscript on parchment", "ancient bronze coins"};

    private final SplittableRandom random;
    private final double suspiciousShare;
    private final WatchlistGenerator watchlist;
    private final int watchlistSize;
    private final NamePool names;
    private final String sourceSystem;
    private long sequence;

    public TrafficGenerator(long seed, double suspiciousShare, WatchlistGenerator watchlist, int watchlistSize) {
        this(seed, suspiciousShare, watchlist, watchlistSize, "ASYCUDA");
    }

    /** {@code sourceSystem} is part of every declaration key: a benchmark phase tags its traffic with it. */
    public TrafficGenerator(long seed, double suspiciousShare, WatchlistGenerator watchlist, int watchlistSize,
                            String sourceSystem) {
        this.random = new SplittableRandom(seed);
        this.suspiciousShare = suspiciousShare;
        this.watchlist = watchlist;
        this.watchlistSize = watchlistSize;
        this.names = NamePool.bundled();
        this.sourceSystem = sourceSystem;
    }

    public CustomsDeclaration declaration(Instant acceptedAt) {
        return declaration(acceptedAt, true);
    }

    /**
     * An ordinary declaration whose exporter is listed party entry {@code index} as a declarant writes it
     * (a spelling variant of one of its names, its country, its listed identifier half of the time and no
     * identifier otherwise): what screening must catch. With {@code newIdentifier} the party declares a tax
     * number of its country that the listing does not know (a new registration): name screening takes it
     * for a namesake unless the listing is updated.
     */
    public CustomsDeclaration declarationNaming(int index, Instant acceptedAt, boolean newIdentifier) {
        WatchlistEntry entry = watchlist.entry(index);
        if (entry.getKind() != EntryKind.PARTY) {
            throw new IllegalArgumentException("entry " + index + " is not a party: " + entry.getKind());
        }
        CustomsDeclaration declaration = declaration(acceptedAt, false);
        List<Party> parties = new ArrayList<>(declaration.getParties());
        parties.set(0, listedParty(entry.getParty(), newIdentifier));
        declaration.setParties(parties);
        return declaration;
    }

    private CustomsDeclaration declaration(Instant acceptedAt, boolean maySuspect) {
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
        Route.Builder route = Route.newBuilder()
            .setOriginCountry(partner)
            .setExportCountry(imports ? partner : authority)
            .setDestinationCountry(imports ? authority : partner);
        Transport.Builder transport = Transport.newBuilder().setMode(mode()).setContainers(List.of(randomContainer()));
        List<DocumentReference> documents = new ArrayList<>();
        if (random.nextDouble() < suspiciousShare && maySuspect) {
            makeSuspicious(parties, items, route, transport, documents);
        }
        return CustomsDeclaration.newBuilder()
            .setDeclarationId(String.format(Locale.ROOT, "%s-%09d", authority, sequence))
            .setAuthority(authority)
            .setSourceSystem(sourceSystem)
            .setType(imports ? DeclarationType.IMPORT : DeclarationType.EXPORT)
            .setAcceptedAt(acceptedAt)
            .setOfficeOfDeclaration(authority + "0001")
            .setParties(parties)
            .setRoute(route.build())
            .setTransport(transport.build())
            .setItems(items)
            .setDocuments(documents)
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

    private void makeSuspicious(List<Party> parties, List<DeclarationItem> items, Route.Builder route,
                                Transport.Builder transport, List<DocumentReference> documents) {
        int index = random.nextInt(Math.max(1, watchlistSize));
        EntryKind kind = WatchlistGenerator.kindOf(index);
        if (kind == EntryKind.OBJECT || kind == EntryKind.RISK_PROFILE) {
            int profiles = Math.min(20, watchlistSize / 100);
            if (profiles == 0) {
                index = index - index % 100;
                kind = EntryKind.PARTY;
            } else {
                index = 99 + 100 * random.nextInt(profiles);
                kind = EntryKind.RISK_PROFILE;
            }
        }
        WatchlistEntry entry = watchlist.entry(index);
        switch (kind) {
            case PARTY -> parties.set(0, listedParty(entry.getParty(), false));
            case CONVEYANCE -> transport.setContainers(List.of(entry.getConveyance().getContainers().get(0)));
            case DOCUMENT -> documents.add(DocumentReference.newBuilder().setType(DocumentType.EXPORT_LICENCE)
                .setReference(entry.getDocument().getReference()).setIssuingCountry(entry.getDocument().getIssuingCountry()).build());
            default -> {
                String origin = entry.getProfile().getCountries().get(0);
                String hs = entry.getProfile().getHsPrefixes().get(0) + "10";
                items.set(0, item(1, hs, CULTURAL_DESCRIPTIONS[random.nextInt(CULTURAL_DESCRIPTIONS.length)], origin));
                route.setOriginCountry(origin).setTransitCountries(List.of("TR"));
            }
        }
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
