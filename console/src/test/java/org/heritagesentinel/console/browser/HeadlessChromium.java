package org.heritagesentinel.console.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for the tests of a class, registered as a static field with {@code @RegisterExtension}: started
 * before the class's own {@code @BeforeAll} (so a machine without Chromium skips before any stack starts) and quit after
 * its last test.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {
    private final int width;
    private final int height;
    private ChromeDriver driver;
    private Path profile;

    HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.requireInstalled();
        profile = Files.createTempDirectory("console-chromium-");
        driver = Chromium.start(width, height, profile);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            // a browser profile is megabytes of files: a run must not leave one behind per test class
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            profile = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }
}
