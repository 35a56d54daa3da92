package org.heritagesentinel.console.browser;

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

    HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.requireInstalled();
        driver = Chromium.start(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }
}
