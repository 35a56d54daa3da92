package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamReader;

import org.heritagesentinel.avro.PartyKind;

/**
 * The UN Security Council consolidated sanctions list (root {@code CONSOLIDATED_LIST}, its
 * {@code INDIVIDUAL} and {@code ENTITY} elements; aliases of quality "Low" are weak).
 */
final class UnListReader implements ListReader {
    private static final int MAX_YEAR_SPAN = 10;

    @Override
    public Reading read(Path file, Consumer<ListedSubject> sink) throws IOException, MalformedListException {
        LocalDate[] published = new LocalDate[1];
        XmlLists.stream(file, Set.of("INDIVIDUAL", "ENTITY"), Set.of(), new XmlLists.Handler() {
            @Override
            public void root(XMLStreamReader reader) throws MalformedListException {
                if (!reader.getLocalName().equals("CONSOLIDATED_LIST")) {
                    throw new MalformedListException("line " + reader.getLocation().getLineNumber(),
                        "not a UN consolidated list: the root element is <" + reader.getLocalName() + ">", null);
                }
                String generated = reader.getAttributeValue(null, "dateGenerated");
                published[0] = generated == null ? null : PartialDates.iso(generated).filter(d -> d.length() == 10)
                    .map(LocalDate::parse).orElse(null);
            }

            @Override
            public void record(XmlElement element) throws MalformedListException {
                sink.accept(subject(element));
            }

            @Override
            public void other(XmlElement element) {
                // no metadata elements are read besides the root's attributes
            }
        });
        return new Reading(published[0], 0);
    }

    private static ListedSubject subject(XmlElement e) throws MalformedListException {
        String where = "line " + e.line + " <" + e.name + ">";
        String reference = e.child("REFERENCE_NUMBER").orElseThrow(() ->
            new MalformedListException(where, "no REFERENCE_NUMBER", null));
        boolean person = e.name.equals("INDIVIDUAL");
        ListedSubject s = new ListedSubject(reference, where);
        s.partyKind = person ? PartyKind.PERSON : PartyKind.ORGANISATION;
        s.name(Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(e::child)
            .flatMap(Optional::stream).collect(Collectors.joining(" ")));
        if (s.names.isEmpty()) {
            throw new MalformedListException(where, "no FIRST_NAME", null);
        }
        e.child("NAME_ORIGINAL_SCRIPT").ifPresent(s::name);
        for (XmlElement alias : e.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String name = alias.child("ALIAS_NAME").orElse(null);
            if ("Low".equalsIgnoreCase(alias.child("QUALITY").orElse(""))) {
                s.weakAlias(name);
            } else {
                s.name(name);
            }
        }
        for (XmlElement dob : e.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            dates(dob, where).forEach(s::dateOfBirth);
        }
        e.values("NATIONALITY", "VALUE").forEach(s::nationality);
        for (XmlElement doc : e.children("INDIVIDUAL_DOCUMENT")) {
            String type = doc.child("TYPE_OF_DOCUMENT").orElse("");
            s.identifier(IdentifierSchemes.of(type), doc.child("NUMBER").orElse(null),
                doc.child("ISSUING_COUNTRY").or(() -> doc.child("COUNTRY_OF_ISSUE")).orElse(null));
        }
        for (XmlElement address : e.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            s.address(Stream.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY").map(address::child)
                .flatMap(Optional::stream).collect(Collectors.joining(", ")));
            address.child("COUNTRY").ifPresent(s::country);
        }
        e.child("UN_LIST_TYPE").ifPresent(s::programme);
        s.remarks = e.child("COMMENTS1").orElse(null);
        return s;
    }

    /** EXACT dates, YEAR only, or a BETWEEN range of years (each year of a short range; a wide one says nothing). */
    private static List<String> dates(XmlElement dob, String where) throws MalformedListException {
        List<String> dates = new ArrayList<>();
        if (dob.child("DATE").isPresent()) {
            String date = dob.child("DATE").get();
            dates.add(PartialDates.iso(date).orElseThrow(() -> new MalformedListException(where, "DATE '" + date + "' is not a date", null)));
        } else if (dob.child("YEAR").isPresent()) {
            dates.add(year(dob.child("YEAR").get(), where));
        } else if (dob.child("FROM_YEAR").isPresent() && dob.child("TO_YEAR").isPresent()) {
            int from = Integer.parseInt(year(dob.child("FROM_YEAR").get(), where));
            int to = Integer.parseInt(year(dob.child("TO_YEAR").get(), where));
            if (to >= from && to - from <= MAX_YEAR_SPAN) {
                for (int y = from; y <= to; y++) {
                    dates.add(Integer.toString(y));
                }
            }
        }
        return dates;
    }

    private static String year(String value, String where) throws MalformedListException {
        if (!value.matches("\\d{4}")) {
            throw new MalformedListException(where, "year '" + value + "' is not a year", null);
        }
        return value;
    }
}
