package org.heritagesentinel.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of skipped tests of one build: the test JVMs append to it (the file and the build's id
 * come as system properties from the parent pom), and {@link #main} prints it at the end of each
 * module's {@code verify}, so the last lines before Maven's reactor summary list every suite the
 * build skipped and why.
 */
public final class SkippedSuites {

    static final String FILE_PROPERTY = "sentinel.skipped-suites.file";
    static final String BUILD_PROPERTY = "sentinel.build.id";

    private SkippedSuites() {
    }

    /** One line per skipped test: build id, suite, test (empty for a whole suite), reason. No file property (an IDE run): nothing. */
    static void append(String suite, String test, String reason) {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        String line = String.join("\t", System.getProperty(BUILD_PROPERTY, ""), field(suite), field(test), field(reason)) + "\n";
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            // one write with APPEND: the line lands whole even if two test JVMs write at once
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a skipped test in " + file, e);
        }
    }

    /** {@code SkippedSuites FILE BUILD_ID}: prints the suites this build skipped so far. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String buildId = args[1];
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        // suite and reason -> number of tests skipped for it
        Map<String, Integer> skipped = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && fields[0].equals(buildId)) {
                skipped.merge(fields[1] + ": " + fields[3], 1, Integer::sum);
            }
        }
        if (skipped.isEmpty()) {
            System.out.println("[SKIPPED] No test suite skipped in this build so far.");
            return;
        }
        System.out.println("[SKIPPED] Suites skipped in this build so far (" + skipped.size()
                + "); each needs what this machine lacks, and runs (must pass) under CI=true, as in .ci/run:");
        skipped.forEach((suiteAndReason, tests) ->
                System.out.println("[SKIPPED]   " + suiteAndReason + (tests > 1 ? " [" + tests + " tests]" : "")));
    }

    private static String field(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
