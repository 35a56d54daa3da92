package org.heritagesentinel.testdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;

/** Readable test declarations: a harmless default that each specification bends. */
public final class Declarations {
    public static final Instant ACCEPTED = Instant.parse("2026-11-20T09:30:00Z");

    private String id = "D-0001";
    private String authority = "JO";
    private int version;
    private Instant acceptedAt = ACCEPTED;
    private final List<Party> parties = new ArrayList<>();
    private final List<DeclarationItem> items = new ArrayList<>();
    private String originCountry = "FR";
    private String exportCountry = "FR";
    private List<String> transit = List.of();
    private String destination = "JO";
    private TransportMode mode = TransportMode.SEA;
    private String meansId;
    private List<String> containers = List.of("MSCU1234565");

    public static Declarations declaration(String id) {
        Declarations d = new Declarations();
        d.id = id;
        return d;
    }

    public Declarations authority(String value) {
        this.authority = value;
        return this;
    }

    public Declarations version(int value) {
        this.version = value;
        return this;
    }

    public Declarations acceptedAt(Instant value) {
        this.acceptedAt = value;
        return this;
    }

    public Declarations exporter(String name) {
        parties.add(Party.newBuilder().setRole(PartyRole.EXPORTER).setName(name).build());
        return this;
    }

    public Declarations importer(String name, String tin) {
        parties.add(Party.newBuilder().setRole(PartyRole.IMPORTER).setName(name)
            .setIdentifiers(List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN).setValue(tin).build()))
            .build());
        return this;
    }

    public Declarations item(String hsCode, String description, String origin) {
        items.add(DeclarationItem.newBuilder().setItemNumber(items.size() + 1).setHsCode(hsCode)
            .setDescription(description).setOriginCountry(origin)
            .setStatisticalValue(Money.newBuilder().setAmount(new BigDecimal("1200.0000")).setCurrency("USD").build())
            .build());
        return this;
    }

    public Declarations item(DeclarationItem item) {
        items.add(item);
        return this;
    }

    public Declarations route(String origin, String export, List<String> transitCountries, String destinationCountry) {
        this.originCountry = origin;
        this.exportCountry = export;
        this.transit = transitCountries;
        this.destination = destinationCountry;
        return this;
    }

    public Declarations container(String number) {
        this.containers = List.of(number);
        return this;
    }

    /** A road vehicle instead of a container: its registration is the means id. */
    public Declarations vehicle(String registration) {
        this.mode = TransportMode.ROAD;
        this.meansId = registration;
        this.containers = List.of();
        return this;
    }

    public CustomsDeclaration build() {
        if (parties.isEmpty()) {
            exporter("Société Lumière Export SARL");
            importer("Amman Home Furnishings", "JO-1000001");
        }
        if (items.isEmpty()) {
            item("940360", "wooden furniture, modern", "FR");
        }
        return CustomsDeclaration.newBuilder()
            .setDeclarationId(id)
            .setAuthority(authority)
            .setSourceSystem("ASYCUDA")
            .setVersion(version)
            .setType(DeclarationType.IMPORT)
            .setAcceptedAt(acceptedAt)
            .setParties(new ArrayList<>(parties))
            .setRoute(Route.newBuilder().setOriginCountry(originCountry).setExportCountry(exportCountry)
                .setTransitCountries(transit).setDestinationCountry(destination).build())
            .setTransport(Transport.newBuilder().setMode(mode).setMeansId(meansId).setContainers(new ArrayList<>(containers)).build())
            .setItems(new ArrayList<>(items))
            .build();
    }
}
