package org.heritagesentinel.screening.party;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the matcher's reference tables shipped in the jar: tab-separated, '#' lines are the source/licence header. */
final class TsvResource {

    private TsvResource() {
    }

    static List<String[]> rows(String name) {
        InputStream in = TsvResource.class.getResourceAsStream("/party/" + name);
        if (in == null) {
            throw new IllegalStateException("missing reference table /party/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + name, e);
        }
        return rows;
    }
}
