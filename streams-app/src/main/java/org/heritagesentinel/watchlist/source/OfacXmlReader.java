package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamReader;

import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.TransportMode;

/**
 * OFAC's SDN list in its XML form (root {@code sdnList}, publication date in {@code publshInformation},
 * one {@code sdnEntry} per listed party, vessel or aircraft; aliases of category "weak" are weak).
 */
final class OfacXmlReader implements ListReader {
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Override
    public Reading read(Path file, Consumer<ListedSubject> sink) throws IOException, MalformedListException {
        LocalDate[] published = new LocalDate[1];
        XmlLists.stream(file, Set.of("sdnEntry"), Set.of("publshInformation"), new XmlLists.Handler() {
            @Override
            public void root(XMLStreamReader reader) throws MalformedListException {
                if (!reader.getLocalName().equals("sdnList")) {
                    throw new MalformedListException("line " + reader.getLocation().getLineNumber(),
                        "not an OFAC SDN list: the root element is <" + reader.getLocalName() + ">", null);
                }
            }

            @Override
            public void record(XmlElement element) throws MalformedListException {
                sink.accept(subject(element));
            }

            @Override
            public void other(XmlElement element) throws MalformedListException {
                Optional<String> date = element.child("Publish_Date");
                if (date.isPresent()) {
                    try {
                        published[0] = LocalDate.parse(date.get(), PUBLISHED);
                    } catch (DateTimeParseException e) {
                        throw new MalformedListException("line " + element.line + " <publshInformation>",
                            "Publish_Date '" + date.get() + "' is not MM/dd/yyyy", e);
                    }
                }
            }
        });
        return new Reading(published[0], 0);
    }

    private static ListedSubject subject(XmlElement e) throws MalformedListException {
        String where = "line " + e.line + " <sdnEntry>";
        String uid = e.child("uid").orElseThrow(() -> new MalformedListException(where, "no uid", null));
        ListedSubject s = new ListedSubject(uid, where);
        String type = e.child("sdnType").orElse("Entity");
        switch (type) {
            case "Individual" -> s.partyKind = PartyKind.PERSON;
            case "Vessel" -> conveyance(s, TransportMode.SEA);
            case "Aircraft" -> conveyance(s, TransportMode.AIR);
            default -> s.partyKind = PartyKind.ORGANISATION;
        }
        s.name(fullName(e));
        if (s.names.isEmpty()) {
            throw new MalformedListException(where, "no lastName", null);
        }
        for (XmlElement aka : e.children("akaList").stream().flatMap(l -> l.children("aka").stream()).toList()) {
            if ("weak".equalsIgnoreCase(aka.child("category").orElse(""))) {
                s.weakAlias(fullName(aka));
            } else {
                s.name(fullName(aka));
            }
        }
        e.values("programList", "program").forEach(s::programme);
        for (XmlElement id : e.children("idList").stream().flatMap(l -> l.children("id").stream()).toList()) {
            String idType = id.child("idType").orElse("");
            String number = id.child("idNumber").orElse(null);
            if (s.kind == ListedSubject.Kind.CONVEYANCE && IdentifierSchemes.isConveyance(idType)) {
                s.meansId(number);
            } else if (!IdentifierSchemes.isConveyance(idType)) {
                s.identifier(IdentifierSchemes.of(idType), number, id.child("idCountry").orElse(null));
            }
        }
        for (XmlElement n : e.children("nationalityList").stream().flatMap(l -> l.children("nationality").stream()).toList()) {
            n.child("country").ifPresent(s::nationality);
        }
        for (XmlElement c : e.children("citizenshipList").stream().flatMap(l -> l.children("citizenship").stream()).toList()) {
            c.child("country").ifPresent(s::nationality);
        }
        for (XmlElement d : e.children("dateOfBirthList").stream().flatMap(l -> l.children("dateOfBirthItem").stream()).toList()) {
            String written = d.child("dateOfBirth").orElse("");
            s.dateOfBirth(PartialDates.written(written).orElseThrow(() ->
                new MalformedListException(where, "dateOfBirth '" + written + "' is not a date", null)));
        }
        for (XmlElement a : e.children("addressList").stream().flatMap(l -> l.children("address").stream()).toList()) {
            s.address(Stream.of("address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country")
                .map(a::child).flatMap(Optional::stream).collect(Collectors.joining(", ")));
            a.child("country").ifPresent(s::country);
        }
        for (XmlElement v : e.children("vesselInfo")) {
            v.child("callSign").ifPresent(s::meansId);
            v.child("vesselFlag").ifPresent(s::country);
        }
        s.remarks = e.child("remarks").orElse(null);
        return s;
    }

    private static void conveyance(ListedSubject s, TransportMode mode) {
        s.kind = ListedSubject.Kind.CONVEYANCE;
        s.transportMode = mode;
    }

    private static String fullName(XmlElement e) {
        return Stream.of("firstName", "lastName").map(e::child).flatMap(Optional::stream).collect(Collectors.joining(" "));
    }
}
