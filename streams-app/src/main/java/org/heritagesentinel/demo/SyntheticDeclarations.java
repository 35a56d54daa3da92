package org.heritagesentinel.demo;

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
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;

/**
 * Reproducible synthetic customs traffic of the region: ordinary trade with Arabic, French and
 * English party names, and a configurable share of suspicious shipments (listed traders under
 * spelling variants, cultural goods from embargoed origins, listed containers, forged licences).
 */
public final class SyntheticDeclarations {
    private static final String[] AUTHORITIES = {"JO", "LB", "EG", "MA", "TN", "AE", "QA", "SA"};
    private static final String[] GIVEN = {"Mohammed", "Ahmed", "Ali", "Omar", "Khaled", "Youssef", "Fatima", "Layla",
        "Rania", "Samir", "Karim", "Nadia", "Hassan", "Mariam", "Jean", "Pierre", "Claire", "Sophie", "John", "Sarah",
        "David", "Emma", "Tarek", "Walid", "Salma", "Hoda", "Ibrahim", "Mustafa", "Amina", "Rachid"};
    private static final String[] FAMILY = {"Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Farouk", "Benali", "Aziz",
        "El Amrani", "Bouzid", "Al-Masri", "Qasim", "Hamdan", "Darwish", "Tahan", "Dubois", "Martin", "Lefèvre", "Moreau",
        "Smith", "Taylor", "Brown", "Obeid", "Zayed", "Kanaan", "Sabbagh", "Chahine", "Toumi", "Jaber", "Rahal"};
    private static final String[] COMPANY_WORDS = {"Global", "Orient", "Atlas", "Cedar", "Nile", "Gulf", "Horizon", "Sahara",
        "Levant", "Crescent", "Phoenix", "Medina", "Carthage", "Petra", "Delta", "Jasmine"};
    private static final String[] COMPANY_TYPES = {"Trading LLC", "Import Export SARL", "Logistics Ltd", "General Trading Co.",
        "Distribution SA", "Industries W.L.L."};
    private static final String[][] ORDINARY_GOODS = {
        {"940360", "wooden bedroom furniture"}, {"691390", "decorative ceramic articles"}, {"570110", "hand-knotted wool carpets"},
        {"490199", "printed books, school textbooks"}, {"711319", "gold jewellery, modern"}, {"852872", "LED television sets"},
        {"620342", "men's cotton trousers"}, {"090111", "green coffee beans"}, {"330499", "cosmetic creams"},
        {"870323", "passenger car, used"}, {"847130", "laptop computers"}, {"690790", "ceramic floor tiles"},
        {"442090", "wooden handicrafts, new"}, {"830629", "brass ornaments, modern"}};
    private static final String[][] CULTURAL_GOODS = {
        {"970510", "collection of archaeological pottery fragments"}, {"970610", "antique carved wooden chest, 18th century"},
        {"970390", "stone statue, old"}, {"490600", "hand-written manuscript on parchment"}, {"711810", "ancient bronze coins"}};
    private static final String[] PARTNERS = {"FR", "DE", "IT", "GB", "US", "CN", "TR", "ES", "NL", "BE", "CH", "IN"};
    private static final String[] EMBARGOED = {"SY", "IQ"};

    private final SplittableRandom random;
    private final double suspiciousShare;
    private long sequence;

    public SyntheticDeclarations(long seed, double suspiciousShare) {
        this.random = new SplittableRandom(seed);
        this.suspiciousShare = suspiciousShare;
    }

    public CustomsDeclaration next(Instant acceptedAt) {
        sequence++;
        String authority = pick(AUTHORITIES);
        String partner = pick(PARTNERS);
        boolean imports = random.nextInt(3) > 0;
        List<Party> parties = new ArrayList<>();
        parties.add(party(imports ? PartyRole.EXPORTER : PartyRole.IMPORTER, randomName(), partner));
        parties.add(party(imports ? PartyRole.IMPORTER : PartyRole.EXPORTER, randomName(), authority));
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
        Transport.Builder transport = Transport.newBuilder().setMode(mode()).setContainers(List.of(container()));
        List<DocumentReference> documents = new ArrayList<>();
        if (random.nextDouble() < suspiciousShare) {
            makeSuspicious(parties, items, route, transport, documents);
        }
        return CustomsDeclaration.newBuilder()
            .setDeclarationId(String.format(Locale.ROOT, "%s-%tY-%07d", authority, java.util.Date.from(acceptedAt), sequence))
            .setAuthority(authority)
            .setSourceSystem("ASYCUDA")
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

    private void makeSuspicious(List<Party> parties, List<DeclarationItem> items, Route.Builder route,
                                Transport.Builder transport, List<DocumentReference> documents) {
        switch (random.nextInt(4)) {
            case 0 -> {
                String[] listed = SampleWatchlist.LISTED_PARTIES.get(random.nextInt(SampleWatchlist.LISTED_PARTIES.size()));
                // a foreign consignor declares no tax number; another one of the listed country would mark a namesake
                parties.set(0, Party.newBuilder(party(PartyRole.EXPORTER, spellingVariant(listed[1]), listed[2]))
                    .setIdentifiers(List.of()).build());
            }
            case 1 -> {
                String origin = pick(EMBARGOED);
                String[] goods = CULTURAL_GOODS[random.nextInt(CULTURAL_GOODS.length)];
                items.set(0, item(1, goods[0], goods[1], origin));
                route.setOriginCountry(origin).setTransitCountries(List.of(pick(new String[] {"LB", "TR", "JO", "AE"})));
            }
            case 2 -> transport.setContainers(List.of(SampleWatchlist.LISTED_CONTAINER));
            default -> documents.add(DocumentReference.newBuilder().setType(DocumentType.EXPORT_LICENCE)
                .setReference(SampleWatchlist.FORGED_LICENCE).setIssuingCountry("EG").build());
        }
    }

    /** Case and spacing variants today; the multilingual matcher widens what is caught. */
    private String spellingVariant(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> "  " + name.replace(" ", "  ");
            default -> name;
        };
    }

    private Party party(PartyRole role, String name, String country) {
        boolean company = name.contains(" LLC") || name.contains(" SARL") || name.contains(" Ltd") || name.contains(" Co.")
            || name.contains(" SA") || name.contains("W.L.L.");
        return Party.newBuilder()
            .setRole(role)
            .setKind(company ? PartyKind.ORGANISATION : PartyKind.PERSON)
            .setName(name)
            .setCountry(country)
            .setIdentifiers(List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                .setValue(country + "-" + (1_000_000 + random.nextInt(8_999_999))).build()))
            .build();
    }

    private String randomName() {
        if (random.nextInt(3) == 0) {
            return pick(COMPANY_WORDS) + " " + pick(COMPANY_TYPES);
        }
        return pick(GIVEN) + " " + pick(FAMILY);
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

    private String container() {
        StringBuilder owner = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            owner.append((char) ('A' + random.nextInt(26)));
        }
        return owner + "U" + (1_000_000 + random.nextInt(8_999_999));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
