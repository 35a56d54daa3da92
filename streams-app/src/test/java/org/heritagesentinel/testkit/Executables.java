package org.heritagesentinel.testkit;

import java.nio.file.Path;
import org.heritagesentinel.testsupport.Prerequisites;

/** The external programs some tests need: skipped outside CI when missing, mandatory under CI=true. */
public final class Executables {

    private Executables() {
    }

    /** {@code prometheus} and {@code promtool}: Debian package {@code prometheus} (monitoring/check.sh installs it). */
    public static Path requirePrometheusTool(String name) {
        return Prerequisites.program(name, "apt-get install -y prometheus");
    }
}
