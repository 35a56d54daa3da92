package org.heritagesentinel.console.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.heritagesentinel.testsupport.Prerequisites;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager cannot download here).
 * Missing Chromium skips the browser tests with one line saying how to install it, except under CI=true,
 * where it fails: CI installs it (.ci/install.d/chromium.sh).
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void requireInstalled() {
        Prerequisites.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
            "Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER + ")",
            "apt-get install -y chromium chromium-driver, or .ci/install.d/chromium.sh");
    }

    static ChromeDriver start(int width, int height) throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=" + width + "," + height,
            "--user-data-dir=" + Files.createTempDirectory("console-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
