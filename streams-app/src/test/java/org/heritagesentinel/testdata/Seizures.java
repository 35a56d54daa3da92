package org.heritagesentinel.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.DetectionMethod;
import org.heritagesentinel.avro.Dimensions;
import org.heritagesentinel.avro.Direction;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.SeizureStatus;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;

/** Readable seizure reports for specifications. */
public final class Seizures {
    private String id = "S-1";
    private String authority = "MA";
    private int version;
    private SeizureStatus status = SeizureStatus.REPORTED;
    private Instant seizedAt = Instant.parse("2026-11-01T08:00:00Z");
    private Instant reportedAt = Instant.parse("2026-11-02T08:00:00Z");
    private final List<Party> parties = new ArrayList<>();
    private final List<String> containers = new ArrayList<>();
    private final List<SeizedObject> objects = new ArrayList<>();
    private String linkedDeclaration;
    private TransportMode mode = TransportMode.SEA;
    private String meansId;

    public static Seizures seizure(String id) {
        Seizures s = new Seizures();
        s.id = id;
        return s;
    }

    public Seizures by(String value) {
        this.authority = value;
        return this;
    }

    public Seizures version(int value) {
        this.version = value;
        return this;
    }

    public Seizures withdrawn() {
        this.status = SeizureStatus.WITHDRAWN;
        return this;
    }

    public Seizures seizedAt(Instant seized, Instant reported) {
        this.seizedAt = seized;
        this.reportedAt = reported;
        return this;
    }

    public Seizures exporter(String name) {
        parties.add(Party.newBuilder().setRole(PartyRole.EXPORTER).setName(name).build());
        return this;
    }

    public Seizures linkedTo(String declarationKey) {
        this.linkedDeclaration = declarationKey;
        return this;
    }

    /** Seized from a road vehicle with this registration. */
    public Seizures vehicle(String registration) {
        this.mode = TransportMode.ROAD;
        this.meansId = registration;
        return this;
    }

    public Seizures party(Party party) {
        parties.add(party);
        return this;
    }

    public Seizures container(String number) {
        containers.add(number);
        return this;
    }

    public Seizures coins(String custody) {
        objects.add(SeizedObject.newBuilder()
            .setObject(ObjectDescription.newBuilder().setObjectType("coin").setMaterials(List.of("bronze"))
                .setPeriod("Roman").setInscriptions("CONSTANTINVS").setMeasurements(Dimensions.newBuilder().setDiameterCm(2.1).build())
                .build())
            .setHsDeclared("711810").setHsActual("970531").setQuantity(240).setCustodyLocation(custody)
            .build());
        return this;
    }

    /** A stolen object known by a reference number (INTERPOL, inventory), kept at {@code custody}. */
    public Seizures referencedObject(String objectType, String reference, String custody) {
        objects.add(SeizedObject.newBuilder()
            .setObject(ObjectDescription.newBuilder().setObjectType(objectType).setReferenceNumbers(List.of(reference)).build())
            .setCustodyLocation(custody).build());
        return this;
    }

    public String key() {
        return authority + ":" + id;
    }

    public SeizureReport build() {
        return SeizureReport.newBuilder()
            .setSeizureId(id)
            .setAuthority(authority)
            .setVersion(version)
            .setStatus(status)
            .setSeizedAt(seizedAt)
            .setReportedAt(reportedAt)
            .setOffice(authority + "-PORT-1")
            .setDirection(Direction.EXPORT)
            .setDetectionMethod(DetectionMethod.XRAY)
            .setConveyance(Transport.newBuilder().setMode(mode).setMeansId(meansId).setContainers(new ArrayList<>(containers)).build())
            .setRoute(Route.newBuilder().setOriginCountry("MA").setExportCountry("MA").setDestinationCountry("FR").build())
            .setParties(new ArrayList<>(parties))
            .setObjects(new ArrayList<>(objects))
            .setLinkedDeclarationKey(linkedDeclaration)
            .build();
    }
}
