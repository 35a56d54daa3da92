package org.heritagesentinel.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds the external programs some tests need, failing loudly: CI installs them, so absence is an error. */
public final class Executables {

    private Executables() {
    }

    /** {@code prometheus} and {@code promtool}: Debian package {@code prometheus}. */
    public static Path requirePrometheusTool(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(
                "'" + name + "' not found on PATH or in /usr/bin. Install the Debian package: "
                        + "apt-get update && apt-get install -y prometheus (monitoring/check.sh does it)."));
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
