package org.heritagesentinel.reliability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DeclarationType;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.DocumentType;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.Money;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.Transport;

/**
 * Generators of decodable but hostile declarations: every string may be empty, huge, of mixed scripts or
 * full of control characters; HS codes of other editions and invalid ones; historic or invented country
 * codes; negative, absurd and non-finite values; instants anywhere on the time line.
 */
final class HostileInput {
    private static final List<String> HS_CODES = List.of("970510", "9705.10", "97051000", "9705100000", "970610",
        "9706", "97", "", "ABCDEF", " 9705 10 ", "970590" /* HS 2017 */, "97.05.10.00.00", "0000000000000000",
        "-970510", "９７０５１０", "940360");
    private static final List<String> COUNTRIES = List.of("SY", "IQ", "FR", "JO", "SU", "YU", "DD", "CS", "XK", "zz",
        "sy", "", " ", "SYR", "1", "Ｓｙ", "\u0000", "سوريا");
    private static final List<String> NAMES = List.of("Mohamed El Ouazzani", "محمد الوزاني", "MOHAMED  EL OUAZZANI",
        "Мохамед Эль Уаззани", "Mohamed\u0000El\u0007Ouazzani", "\u200f\u200e", "", " ", "Al-Rashid Antiques Trading LLC",
        "ال", "Ø", "𝔐𝔬𝔥𝔞𝔪𝔢𝔡", "😀😀", "a".repeat(5000), "Ab\u0301de\u0308l", "'; DROP TABLE alerts; --");

    private HostileInput() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(NAMES)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(500).ofMaxLength(3000)));
    }

    static Arbitrary<String> hsCode() {
        return Arbitraries.oneOf(Arbitraries.of(HS_CODES), Arbitraries.strings().numeric().ofMaxLength(14), text());
    }

    static Arbitrary<String> country() {
        return Arbitraries.oneOf(Arbitraries.of(COUNTRIES), Arbitraries.strings().alpha().ofLength(2), text());
    }

    static Arbitrary<String> optionalCountry() {
        return country().injectNull(0.2);
    }

    static Arbitrary<Instant> instant() {
        return Arbitraries.oneOf(
            Arbitraries.longs().map(Instant::ofEpochMilli),
            Arbitraries.longs().between(-62_135_596_800_000L, 253_402_300_799_000L).map(Instant::ofEpochMilli),
            Arbitraries.of(Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE), Instant.ofEpochMilli(Long.MIN_VALUE)));
    }

    static Arbitrary<Double> quantity() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
            Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE,
                -Double.MAX_VALUE, Double.MIN_VALUE)).injectNull(0.3);
    }

    static Arbitrary<Money> money() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-99999999999999.9999"), new BigDecimal("99999999999999.9999"))
                .ofScale(4),
            Arbitraries.of(BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("1E+40")));
        return Combinators.combine(amount, text()).as((a, c) -> Money.newBuilder().setAmount(a).setCurrency(c).build());
    }

    static Arbitrary<Party> party() {
        Arbitrary<PartyIdentifier> identifier = Combinators.combine(Arbitraries.of(IdentifierScheme.class), text(),
            optionalCountry()).as((s, v, c) -> PartyIdentifier.newBuilder().setScheme(s).setValue(v).setIssuingCountry(c).build());
        return Combinators.combine(Arbitraries.of(PartyRole.class), text(), identifier.list().ofMaxSize(3),
            optionalCountry(), text().injectNull(0.5))
            .as((role, name, ids, country, address) -> Party.newBuilder().setRole(role).setName(name).setIdentifiers(ids)
                .setCountry(country).setAddress(address).build());
    }

    static Arbitrary<DocumentReference> document() {
        return Combinators.combine(Arbitraries.of(DocumentType.class), text(), optionalCountry())
            .as((t, r, c) -> DocumentReference.newBuilder().setType(t).setReference(r).setIssuingCountry(c).build());
    }

    static Arbitrary<DeclarationItem> item() {
        return Combinators.combine(Arbitraries.integers(), hsCode(), text(), optionalCountry(), quantity(),
            Arbitraries.integers().injectNull(0.3), money().injectNull(0.3), document().list().ofMaxSize(2))
            .as((n, hs, description, origin, quantity, packages, value, documents) -> DeclarationItem.newBuilder()
                .setItemNumber(n).setHsCode(hs).setDescription(description).setOriginCountry(origin).setQuantity(quantity)
                .setGrossMassKg(quantity).setPackages(packages).setStatisticalValue(value).setDocuments(documents)
                .setDeclaredPeriod(description).build());
    }

    static Arbitrary<Route> route() {
        return Combinators.combine(optionalCountry(), optionalCountry(), country().list().ofMaxSize(4), optionalCountry())
            .as((o, e, t, d) -> Route.newBuilder().setOriginCountry(o).setExportCountry(e).setTransitCountries(t)
                .setDestinationCountry(d).build());
    }

    static Arbitrary<CustomsDeclaration> declaration(int maxItems) {
        Arbitrary<Transport> transport = Combinators.combine(text().list().ofMaxSize(3), text().injectNull(0.5))
            .as((containers, means) -> Transport.newBuilder().setContainers(containers).setMeansId(means).build());
        return Combinators.combine(text(), country(), Arbitraries.integers(), instant(), party().list().ofMaxSize(4),
            route(), transport, item().list().ofMaxSize(maxItems))
            .as((id, authority, version, accepted, parties, route, t, items) -> CustomsDeclaration.newBuilder()
                .setDeclarationId(id).setAuthority(authority).setSourceSystem("ASYCUDA").setVersion(version)
                .setType(DeclarationType.IMPORT).setAcceptedAt(accepted).setParties(parties).setRoute(route)
                .setTransport(t).setItems(items).build());
    }
}
