package org.heritagesentinel.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs beyond a JDK 17. Outside CI a missing need skips the test (aborted, with the
 * reason) and {@link SkipRecorder} prints one line saying what it needs and how to install it;
 * the build lists it again at its end. Under {@code CI=true} ({@code .ci/run} installs everything)
 * a missing need fails the test: there, nothing is skipped.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * The program {@code name} found on PATH, e.g.
     * {@code Prerequisites.program("promtool", "apt-get install -y prometheus")}.
     */
    public static Path program(String name, String install) {
        Optional<Path> found = onPath(name);
        if (found.isPresent()) {
            return found.get();
        }
        return missing(name + " on PATH", install);
    }

    /** For a need that is not one program on PATH (binaries for this platform, a device): checked by the caller. */
    public static void require(boolean available, String what, String install) {
        if (!available) {
            missing(what, install);
        }
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static <T> T missing(String what, String install) {
        String reason = "needs " + what + " (install: " + install + ")";
        if (underCi()) {
            throw new IllegalStateException(reason + "; mandatory under CI=true");
        }
        return Assumptions.abort(reason);
    }

    private static Optional<Path> onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
