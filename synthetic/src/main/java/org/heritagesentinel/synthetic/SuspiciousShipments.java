package org.heritagesentinel.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.WatchlistEntry;

/**
 * Turns an ordinary declaration into one that a given watchlist entry catches, as smugglers' paperwork
 * would: the listed party under a spelling variant, the listed container or licence, the listed object
 * by its description or a reference number left in the marks, or goods and a route that a risk profile
 * describes. A temporary export is caught once its re-import date ({@value #TEMPORARY_EXPORT_DAYS} days after
 * acceptance) has passed; a split shipment once the same trading party has declared enough parts;
 * nothing in a declaration makes a RANDOM profile fire (it draws by key).
 */
final class SuspiciousShipments {
    static final int TEMPORARY_EXPORT_DAYS = 30;

    /** Builds a declaration item: number, HS code, description, origin (the generator's values for the rest). */
    @FunctionalInterface
    interface Items {
        DeclarationItem item(int number, String hs, String description, String origin);
    }

    private final SplittableRandom random;
    private final Items items;
    private final Function<ListedParty, Party> declaredParty;

    SuspiciousShipments(SplittableRandom random, Items items, Function<ListedParty, Party> declaredParty) {
        this.random = random;
        this.items = items;
        this.declaredParty = declaredParty;
    }

    void apply(WatchlistEntry entry, CustomsDeclaration declaration) {
        switch (entry.getKind()) {
            case PARTY -> declaration.getParties().set(0, declaredParty.apply(entry.getParty()));
            case CONVEYANCE -> declaration.getTransport().setContainers(List.of(entry.getConveyance().getContainers().get(0)));
            case DOCUMENT -> declaration.getDocuments().add(DocumentReference.newBuilder().setType(entry.getDocument().getType())
                .setReference(entry.getDocument().getReference()).setIssuingCountry(entry.getDocument().getIssuingCountry())
                .build());
            case OBJECT -> object(entry.getObject(), declaration);
            case RISK_PROFILE -> profile(entry.getEntryId(), entry.getProfile(), declaration);
            default -> throw new IllegalArgumentException("no shipment for an entry of kind " + entry.getKind());
        }
    }

    /** Under the item's own (harmless) heading, as misdeclared objects travel. */
    private void object(ObjectDescription listed, CustomsDeclaration declaration) {
        DeclarationItem first = declaration.getItems().get(0);
        if (!listed.getReferenceNumbers().isEmpty() && random.nextBoolean()) {
            first.setMarks(listed.getReferenceNumbers().get(0));
        } else {
            first.setDescription(listed.getDescription());
            first.setDeclaredPeriod(listed.getPeriod());
        }
    }

    private void profile(String profileId, RiskProfile profile, CustomsDeclaration declaration) {
        switch (profile.getRuleType()) {
            case ROUTE_RISK -> {
                cultural(profile, declaration, declaration.getRoute().getOriginCountry());
                declaration.getRoute().setTransitCountries(List.of(profile.getCountries().get(0)));
            }
            case CONVEYANCE_RISK -> {
                cultural(profile, declaration, declaration.getRoute().getOriginCountry());
                declaration.getTransport().setMode(profile.getTransportModes().get(0));
            }
            case AGE_VALUE_THRESHOLD -> ageValue(profile, declaration);
            case HS_AGE_INCONSISTENT -> {
                DeclarationItem item = items.item(1, hs(profile), keyword(profile, "antique") + " carved wooden chest",
                    declaration.getRoute().getOriginCountry());
                item.setDeclaredPeriod("18th century");
                declaration.getItems().set(0, item);
            }
            case MISDECLARATION_KEYWORD -> declaration.getItems().set(0, items.item(1, hs(profile),
                "ceramic samples - " + keyword(profile, "tablet"), declaration.getRoute().getOriginCountry()));
            case VALUE_ANOMALY -> valueAnomaly(profile, declaration);
            case TEMP_EXPORT_OVERDUE -> temporaryExport(profile, declaration);
            case SPLIT_SHIPMENT -> {
                cultural(profile, declaration, declaration.getRoute().getOriginCountry());
                declaration.getParties().set(0, splitter(profileId, declaration.getAuthority()));
            }
            case RANDOM -> {
                // drawn by declaration key: nothing to change
            }
            default -> {
                // an origin profile (embargo, red list): cultural goods of the listed origin, through a hub
                String origin = profile.getCountries().get(0);
                cultural(profile, declaration, origin);
                declaration.getRoute().setOriginCountry(origin);
                declaration.getRoute().setTransitCountries(List.of("TR"));
            }
        }
    }

    private void cultural(RiskProfile profile, CustomsDeclaration declaration, String origin) {
        String description = TrafficGenerator.CULTURAL_DESCRIPTIONS[random.nextInt(TrafficGenerator.CULTURAL_DESCRIPTIONS.length)];
        declaration.getItems().set(0, items.item(1, hs(profile), description, origin));
    }

    /** Received in the profile's jurisdiction, old, without the document the jurisdiction requires. */
    private void ageValue(RiskProfile profile, CustomsDeclaration declaration) {
        String jurisdiction = profile.getJurisdiction();
        if (jurisdiction != null && jurisdiction.length() == 2) {
            declaration.setDeclarationId(jurisdiction + declaration.getDeclarationId().substring(2));
            declaration.setAuthority(jurisdiction);
            declaration.setOfficeOfDeclaration(jurisdiction + "0001");
        }
        DeclarationItem item = items.item(1, hs(profile), "antique carved wooden chest", declaration.getRoute().getOriginCountry());
        item.setDeclaredPeriod("18th century");
        if (profile.getMinValue() != null) {
            item.setStatisticalValue(Money.newBuilder(profile.getMinValue())
                .setAmount(profile.getMinValue().getAmount().multiply(BigDecimal.valueOf(2))).build());
        }
        declaration.getItems().set(0, item);
    }

    /** 400 units worth a hundredth of the reference each. */
    private void valueAnomaly(RiskProfile profile, CustomsDeclaration declaration) {
        cultural(profile, declaration, declaration.getRoute().getOriginCountry());
        DeclarationItem item = declaration.getItems().get(0);
        double units = 400;
        item.setQuantity(units);
        item.setNetMassKg(units);
        Money reference = profile.getMinValue();
        BigDecimal total = reference.getAmount().multiply(BigDecimal.valueOf(units / 100)).setScale(4, RoundingMode.HALF_EVEN);
        item.setStatisticalValue(Money.newBuilder(reference).setAmount(total).build());
    }

    private void temporaryExport(RiskProfile profile, CustomsDeclaration declaration) {
        cultural(profile, declaration, declaration.getAuthority());
        declaration.setType(DeclarationType.EXPORT);
        LocalDate accepted = LocalDate.ofInstant(declaration.getAcceptedAt(), ZoneOffset.UTC);
        declaration.getDocuments().add(DocumentReference.newBuilder().setType(DocumentType.TEMPORARY_EXPORT_LICENCE)
            .setReference(declaration.getAuthority() + "-TEL-" + declaration.getDeclarationId().substring(3))
            .setIssuingCountry(declaration.getAuthority()).setValidUntil(accepted.plusDays(TEMPORARY_EXPORT_DAYS)).build());
    }

    /** The one trader who splits this profile's goods into small parts, whatever the authority. */
    private static Party splitter(String profileId, String authority) {
        int number = 1_000_000 + Math.floorMod(profileId.hashCode(), 8_999_999);
        return Party.newBuilder()
            .setRole(PartyRole.IMPORTER)
            .setKind(PartyKind.ORGANISATION)
            .setName("Nabataean Numismatics Est.")
            .setCountry(authority)
            .setIdentifiers(List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                .setValue(String.format(Locale.ROOT, "JO-%d", number)).setIssuingCountry("JO").build()))
            .build();
    }

    private static String hs(RiskProfile profile) {
        String prefix = profile.getHsPrefixes().isEmpty() ? "9705" : profile.getHsPrefixes().get(0);
        return prefix.length() >= 6 ? prefix : prefix + "10";
    }

    private static String keyword(RiskProfile profile, String otherwise) {
        return profile.getKeywords().isEmpty() ? otherwise : profile.getKeywords().get(0);
    }
}
