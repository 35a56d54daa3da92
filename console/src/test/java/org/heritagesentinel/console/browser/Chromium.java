package org.heritagesentinel.console.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.heritagesentinel.testsupport.Prerequisites;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager cannot download here).
 * Missing Chromium skips the browser tests with one line saying how to install it, except under CI=true,
 * where it fails: CI installs it (.ci/install.d/chromium.sh).
 */
final class Chromium {
    private static final String OLD_PAGE_MARK = "sentinelPageBeforeClick";
    private static final String INSTALL = "apt-get install -y chromium chromium-driver, or .ci/install.d/chromium.sh";

    private Chromium() {
    }

    /** Found on PATH, like every other program the tests need: a PATH without them is a machine without them. */
    static void requireInstalled() {
        browser();
        driver();
    }

    private static Path browser() {
        return Prerequisites.program("chromium", INSTALL);
    }

    private static Path driver() {
        return Prerequisites.program("chromedriver", INSTALL);
    }

    /** A headless browser keeping its profile in {@code profile}, which the caller deletes after {@code quit()}. */
    static ChromeDriver start(int width, int height, Path profile) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=" + width + "," + height,
            "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
            .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Clicks a link or submit button and waits for the page it leads to be loaded: the old page must not be read as the
     * new one. The old document is marked by a script variable, gone once the browser has replaced it; while the
     * document is being replaced, chromedriver may answer any probe with an error ("Node with given id does not belong
     * to the document", a script run in the dying page), so such answers mean "not yet" and the probe is repeated.
     */
    static void clickAndWait(ChromeDriver browser, WebElement target) {
        browser.executeScript("window." + OLD_PAGE_MARK + " = true;");
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
            .until(page -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && window." + OLD_PAGE_MARK + " === undefined;")));
    }

    /** Kept in docs/console/ for docs/console.md, readable by everyone like the other documentation files. */
    static void screenshot(ChromeDriver browser, String name, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(1366, height));
        Path target = Path.of(System.getProperty("console.screenshots", "target/screenshots"), name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        target.toFile().setReadable(true, false);
        browser.manage().window().setSize(new Dimension(1366, 768));
    }
}
