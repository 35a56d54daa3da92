package org.heritagesentinel.seizure;

import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.Direction;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureReport;

/**
 * A seizure seen as the declaration the goods should have travelled under, so every declaration
 * rule (parties, objects, conveyance, embargo profiles) screens seizures too, with the same
 * evidence paths. Objects use the HS code actually found, else the one declared.
 */
public final class SeizureView {
    private SeizureView() {
    }

    public static CustomsDeclaration asDeclaration(SeizureReport report) {
        List<DeclarationItem> items = new ArrayList<>();
        List<SeizedObject> objects = report.getObjects();
        for (int i = 0; i < objects.size(); i++) {
            SeizedObject seized = objects.get(i);
            ObjectDescription object = seized.getObject();
            String hs = seized.getHsActual() != null ? seized.getHsActual()
                : seized.getHsDeclared() != null ? seized.getHsDeclared() : "970500";
            items.add(DeclarationItem.newBuilder()
                .setItemNumber(i + 1)
                .setHsCode(hs)
                .setDescription(describe(object))
                .setOriginCountry(report.getRoute().getOriginCountry())
                .setMarks(String.join(" ", object.getReferenceNumbers()))
                .setDeclaredPeriod(object.getPeriod())
                .setDimensions(object.getMeasurements())
                .setQuantity((double) seized.getQuantity())
                .setStatisticalValue(seized.getEstimatedValue())
                .build());
        }
        return CustomsDeclaration.newBuilder()
            .setDeclarationId(report.getSeizureId())
            .setAuthority(report.getAuthority())
            .setSourceSystem("SEIZURE")
            .setVersion(report.getVersion())
            .setType(type(report.getDirection()))
            .setAcceptedAt(report.getSeizedAt())
            .setOfficeOfDeclaration(report.getOffice())
            .setParties(report.getParties())
            .setRoute(report.getRoute())
            .setTransport(report.getConveyance())
            .setItems(items)
            .build();
    }

    private static String describe(ObjectDescription object) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {object.getObjectType(), object.getDescription(), object.getInscriptions(),
            object.getTitle(), object.getPeriod()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        parts.addAll(object.getMaterials());
        return String.join(", ", parts);
    }

    private static DeclarationType type(Direction direction) {
        return switch (direction) {
            case IMPORT -> DeclarationType.IMPORT;
            case EXPORT -> DeclarationType.EXPORT;
            case TRANSIT -> DeclarationType.TRANSIT;
            default -> DeclarationType.UNKNOWN;
        };
    }
}
