package org.heritagesentinel.connectors.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.heritagesentinel.testsupport.Prerequisites;
import org.junit.jupiter.api.Test;

/**
 * The production stack's docker-compose.yml, validated offline by Debian's Compose v1
 * (deploy/check-compose.sh: parses, interpolates with .env.example, every image pinned).
 * Skipped outside CI where docker-compose is missing; in CI .ci/install.d installs it and the check must pass.
 */
class ComposeFileSpec {

    private static final Path REPO = Path.of(System.getProperty("sentinel.connectors.dir", ".")).toAbsolutePath().getParent();

    @Test
    void shouldBeAValidComposeFileWithEveryImagePinned() throws IOException, InterruptedException {
        Prerequisites.program("docker-compose", "apt-get install -y docker-compose (Compose v1)");

        Process check = new ProcessBuilder("sh", REPO.resolve("deploy/check-compose.sh").toString())
                .directory(REPO.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("all images pinned");
    }
}
