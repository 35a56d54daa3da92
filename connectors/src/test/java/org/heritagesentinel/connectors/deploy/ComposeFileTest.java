package org.heritagesentinel.connectors.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production stack's docker-compose.yml, validated offline by Debian's Compose v1
 * (deploy/check-compose.sh: parses, interpolates with .env.example, every image pinned).
 * In CI docker-compose is installed by .ci/install.d, so there the check always runs.
 */
class ComposeFileTest {

    private static final Path REPO = Path.of(System.getProperty("sentinel.connectors.dir", ".")).toAbsolutePath().getParent();

    @Test
    void shouldBeAValidComposeFileWithEveryImagePinned() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || onPath("docker-compose"), "docker-compose (Compose v1) not installed: apt-get install docker-compose");

        Process check = new ProcessBuilder("sh", REPO.resolve("deploy/check-compose.sh").toString())
                .directory(REPO.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("all images pinned");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
