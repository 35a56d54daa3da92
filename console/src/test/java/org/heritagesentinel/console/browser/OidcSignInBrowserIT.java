package org.heritagesentinel.console.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritagesentinel.alert.AlertIdentity;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.contract.RecordKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor of the customs' identity provider (a stub issuer: discovery, JWKS, code flow with PKCE) signs
 * in, decides an alert as herself, reads the rule performance and the register, and exports the audit.
 */
class OidcSignInBrowserIT {
    private static final Duration SCREENED = Duration.ofSeconds(30);
    private static ConsoleStack stack;
    private static ChromeDriver browser;

    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1366, 768);

    @BeforeAll
    static void start() throws Exception {
        stack = ConsoleStack.get();
        browser = CHROMIUM.driver();
    }

    private static void signInThroughTheProvider(String user, String... roles) {
        stack.issuer.signInAs(Map.of("preferred_username", user, "sentinel_authority", "JO",
            "realm_access", Map.of("roles", List.of(roles)), "locale", "en-GB", "zoneinfo", "Asia/Amman"));
        browser.get(stack.url("/login"));
        browser.manage().deleteAllCookies();
        browser.get(stack.url("/login"));
        browser.findElement(By.id("oidc-signin")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/queue$"));
    }

    @Test
    void aSupervisorOfTheIdentityProviderDecidesReadsThePerformanceAndTheRegisterAndExportsTheAudit() throws Exception {
        CustomsDeclaration declaration = stack.declaration("JO", "OIDU" + (1000000 + (int) (Math.random() * 8999999)),
            "Nour Trading Est.", "SY", "970500", "Roman bronze coins, lot " + UUID.randomUUID());
        String alertId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(declaration));
        signInThroughTheProvider("rania.supervisor", "SUPERVISOR", "ANALYST", "offline_access");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("rania.supervisor", "JO");

        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + alertId));
            return !browser.findElements(By.id("hits")).isEmpty();
        });
        new Select(browser.findElement(By.id("reason-code"))).selectByValue("DOCUMENTS_OK");
        browser.findElement(By.id("reason")).sendKeys("=HYPERLINK(\"http://evil.example\") licence seen");
        Chromium.clickAndWait(browser, browser.findElement(By.id("dismiss")));
        AlertDecision decision = stack.decisions("JO").stream().filter(d -> d.getAlertId().equals(alertId)).findFirst()
            .orElseThrow();
        assertThat(decision.getAnalyst()).isEqualTo("rania.supervisor");

        browser.get(stack.url("/performance"));
        WebElement embargo = browser.findElement(By.cssSelector("#rule-performance tr[data-rule='EMBARGO_ORIGIN']"));
        assertThat(Integer.parseInt(embargo.findElements(By.tagName("td")).get(3).getText())).isPositive();
        assertThat(browser.findElements(By.cssSelector("#rule-chart rect"))).isNotEmpty();
        Chromium.screenshot(browser, "performance", 900);

        browser.get(stack.url("/register?kind=PARTY_NAME&q=" + UUID.randomUUID()));
        assertThat(browser.findElement(By.id("register-problem")).getText()).contains("Nothing found");

        String today = LocalDate.now(ZoneId.of("Asia/Amman")).toString();
        HttpResponse<byte[]> csv = get("/audit.csv?from=" + LocalDate.parse(today).minusDays(1) + "&to=" + today);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"time (UTC)\",\"user\"");
        assertThat(text).contains("\"rania.supervisor\",\"JO\",\"decision DISMISSED\",\"" + alertId + "\","
            + "\"DOCUMENTS_OK: =HYPERLINK(\"\"http://evil.example\"\") licence seen\"");
    }

    @Test
    void anAnalystOfTheProviderMayNotExportAndACallbackOfNoSignInIsRefused() throws Exception {
        signInThroughTheProvider("omar.analyst", "ANALYST");
        assertThat(get("/audit.csv?from=2026-01-01&to=2026-12-31").statusCode()).isEqualTo(403);

        browser.manage().deleteAllCookies();
        browser.get(stack.url("/oidc/callback?code=stolen&state=forged"));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("refused");
        browser.get(stack.url("/queue"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("sentinel_session");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url(path)))
            .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
