package org.heritagesentinel.watchlist.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.TransportMode;

/**
 * OFAC's legacy delimited SDN files: {@code sdn.csv} (the file given) with {@code alt.csv} (aliases) and
 * {@code add.csv} (addresses) next to it, when present. No header rows; {@code -0-} means empty. Dates of
 * birth, nationalities, documents and vessel numbers are in the remarks ("DOB 12 Dec 1960; nationality
 * Iraq; Passport A123 (Iraq)"), where weak aliases are quoted ("a.k.a. 'ABU AHMAD'"). The aliases and
 * addresses are held by entity number (the list is some 20,000 entries); sdn.csv itself is streamed.
 */
final class OfacCsvReader implements ListReader {
    private static final String EMPTY = "-0-";
    private static final Pattern DOCUMENT = Pattern.compile(
        "(Passport|National ID No\\.|Identification Number|Tax ID No\\.|Registration ID|Cedula No\\.|"
            + "Business Registration Number|Company Number|Vessel Registration Identification|MMSI) ([^()]+?)(?: \\((.+)\\))?");
    private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");

    @Override
    public Reading read(Path file, Consumer<ListedSubject> sink) throws IOException, MalformedListException {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<String[]>> addresses = new HashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        Path alt = dir.resolve("alt.csv");
        Path add = dir.resolve("add.csv");
        if (Files.exists(alt)) {
            rows(alt, 5, row -> aliases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[3]));
        }
        if (Files.exists(add)) {
            rows(add, 6, row -> addresses.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row));
        }
        rows(file, 12, row -> sink.accept(subject(row, aliases, addresses)));
        return new Reading(null, 0);
    }

    private interface RowHandler {
        void accept(String[] row) throws MalformedListException;
    }

    private static void rows(Path file, int columns, RowHandler handler) throws IOException, MalformedListException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            int line = 0; // one record a line: the files quote no line breaks
            while (true) {
                String[] row;
                line++;
                try {
                    if (!it.hasNextValue()) {
                        return;
                    }
                    row = it.nextValue();
                } catch (RuntimeException e) {
                    throw new MalformedListException(name + " line " + line, "malformed CSV: " + e.getMessage(), e);
                }
                String where = name + " line " + line;
                if (row.length == 1 && row[0].replace("\u001a", "").isBlank()) {
                    continue; // the legacy files end with an end-of-file character
                }
                if (row.length < columns) {
                    throw new MalformedListException(where, "expected " + columns + " columns, found " + row.length, null);
                }
                if (!row[0].trim().matches("\\d+")) {
                    throw new MalformedListException(where, "entity number '" + row[0] + "' is not a number", null);
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = EMPTY.equals(row[i].trim()) ? "" : row[i].trim();
                }
                handler.accept(row);
            }
        }
    }

    private static ListedSubject subject(String[] row, Map<String, List<String>> aliases, Map<String, List<String[]>> addresses)
        throws MalformedListException {
        ListedSubject s = new ListedSubject(row[0], "sdn.csv entity " + row[0]);
        switch (row[2].toLowerCase(Locale.ROOT)) {
            case "individual" -> s.partyKind = PartyKind.PERSON;
            case "vessel" -> {
                s.kind = ListedSubject.Kind.CONVEYANCE;
                s.transportMode = TransportMode.SEA;
            }
            case "aircraft" -> {
                s.kind = ListedSubject.Kind.CONVEYANCE;
                s.transportMode = TransportMode.AIR;
            }
            default -> s.partyKind = PartyKind.ORGANISATION;
        }
        s.name(naturalOrder(row[1]));
        if (s.names.isEmpty()) {
            throw new MalformedListException(s.where, "no SDN name", null);
        }
        aliases.getOrDefault(row[0], List.of()).forEach(a -> s.name(naturalOrder(a)));
        for (String programme : row[3].split("\\]\\s*\\[")) {
            s.programme(programme.replaceAll("[\\[\\]]", ""));
        }
        s.meansId(row[5]);
        s.country(row[9]);
        for (String[] address : addresses.getOrDefault(row[0], List.of())) {
            s.address(String.join(", ", List.of(address[2], address[3], address[4]).stream().filter(x -> !x.isEmpty()).toList()));
            s.country(address[4]);
        }
        remarks(row[11], s);
        return s;
    }

    /** "DOB 12 Dec 1960; nationality Iraq; Passport A123 (Iraq); a.k.a. 'ABU AHMAD'." */
    private static void remarks(String remarks, ListedSubject s) {
        s.remarks = remarks.isEmpty() ? null : remarks;
        Matcher weak = WEAK_AKA.matcher(remarks);
        while (weak.find()) {
            s.weakAlias(weak.group(1));
        }
        for (String part : remarks.replaceAll("\\.$", "").split(";\\s*")) {
            String p = part.trim();
            if (p.startsWith("DOB ")) {
                for (String date : p.substring(4).split(" to |, ")) {
                    PartialDates.written(date).ifPresent(s::dateOfBirth);
                }
            } else if (p.startsWith("nationality ")) {
                s.nationality(p.substring("nationality ".length()));
            } else if (p.startsWith("citizen ")) {
                s.nationality(p.substring("citizen ".length()));
            } else {
                Matcher doc = DOCUMENT.matcher(p);
                if (doc.matches()) {
                    if (IdentifierSchemes.isConveyance(doc.group(1))) {
                        s.meansId(doc.group(2));
                    } else {
                        IdentifierScheme scheme = IdentifierSchemes.of(doc.group(1));
                        s.identifier(scheme, doc.group(2), doc.group(3));
                    }
                }
            }
        }
    }

    /** "HADDAD, Samir Youssef" → "Samir Youssef HADDAD"; entity names stay as written. */
    private static String naturalOrder(String name) {
        String n = name.replaceAll("^\"|\"$", "").trim();
        int comma = n.indexOf(", ");
        if (comma > 0 && n.indexOf(", ", comma + 1) < 0 && !n.substring(comma + 2).matches("(?i)(S\\.?A\\.?|Ltd\\.?|Inc\\.?|LLC|L\\.L\\.C\\.).*")) {
            return n.substring(comma + 2) + " " + n.substring(0, comma);
        }
        return n;
    }
}
