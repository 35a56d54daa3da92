package org.heritagesentinel.console.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.heritagesentinel.alert.AlertIdentity;
import org.heritagesentinel.alert.DecisionBasis;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.ChangeAction;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.SubjectType;
import org.heritagesentinel.avro.WatchlistChange;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.contract.RecordKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst console in a real headless Chromium, against a real broker, registry, screening
 * application and console: what an analyst does, click by click.
 */
class ConsoleBrowserIT {
    private static final Duration LIVE = Duration.ofSeconds(5);
    /** Where the test is not about the live queue's delay, only that the alert is screened at all. */
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

    @BeforeEach
    void signedOut() {
        browser.get(stack.url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aSuspiciousDeclarationAppearsLiveShowsItsGoodsAndEvidenceAndLeavesTheQueueWhenDismissed() throws Exception {
        signIn("analyst.jo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Alert queue");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        // goods of their own: the dismissal below suppresses this (item, profile) pair for the other tests' declarations
        CustomsDeclaration declaration = stack.declaration("JO", "MSCU" + (1000000 + (int) (Math.random() * 8999999)),
            "Nour Trading Est.", "SY", "970500", "Roman bronze coins, hoard");
        String alertId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(declaration));
        By row = By.cssSelector("tr[data-alert='" + alertId + "']");
        await().atMost(LIVE).ignoreExceptions().until(() -> !browser.findElements(row).isEmpty());
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        String lane = browser.findElement(row).findElement(By.cssSelector(".badge")).getText();
        assertThat(Integer.parseInt(browser.findElement(By.id("count-" + lane)).getText())).isPositive();
        screenshot("queue", 768);

        clickAndWait(browser.findElement(row).findElement(By.tagName("a")));
        assertThat(browser.findElement(By.id("items")).getText()).contains("970500", "Roman bronze coins", "SY", "18500 USD");
        assertThat(browser.findElement(By.id("parties")).getText()).contains("شركة الشام للتحف", "DECLARANT");
        assertThat(browser.findElement(By.id("hits")).getText()).contains("EMBARGO_ORIGIN", "PRF-UNSC-2199",
            "Legal basis: UNSC 2199 §17", "Listing authority: UNSC");
        screenshot("detail", 1500);

        new Select(browser.findElement(By.id("reason-code"))).selectByValue("DOCUMENTS_OK");
        browser.findElement(By.id("reason")).sendKeys("Jordanian import licence 2019 checked");
        clickAndWait(browser.findElement(By.id("dismiss")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("recorded");
        assertThat(browser.findElement(By.id("history")).getText()).contains("DISMISSED", "analyst.jo");

        AlertDecision decision = stack.decisions("JO").stream().filter(d -> d.getAlertId().equals(alertId)).findFirst()
            .orElseThrow();
        assertThat(decision.getKind()).isEqualTo(DecisionKind.DISMISSED);
        assertThat(decision.getAnalyst()).isEqualTo("analyst.jo");
        assertThat(decision.getAuthority()).isEqualTo("JO");
        assertThat(decision.getReason()).isEqualTo("DOCUMENTS_OK: Jordanian import licence 2019 checked");

        browser.get(stack.url("/queue?status=open"));
        assertThat(browser.findElements(row)).isEmpty();
        browser.get(stack.url("/queue?status=decided"));
        assertThat(browser.findElements(row)).hasSize(1);
    }

    @Test
    void aUserOfMoroccoNeitherSeesJordansAlertNorOpensItsUrl() throws Exception {
        CustomsDeclaration declaration = stack.syrianAntiquities("JO", "TGHU" + (1000000 + (int) (Math.random() * 8999999)));
        String alertId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(declaration));
        signIn("analyst.jo");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + alertId));
            return !browser.findElements(By.id("hits")).isEmpty();
        });
        browser.manage().deleteAllCookies();

        signIn("analyste.ma");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("File des alertes", "MA");
        assertThat(browser.findElements(By.cssSelector("tr[data-alert='" + alertId + "']"))).isEmpty();
        browser.get(stack.url("/alerts/" + alertId));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Introuvable");
        assertThat(status("/alerts/" + alertId)).isEqualTo(404);
        assertThat(status("/alerts/no-such-alert")).isEqualTo(404);
    }

    @Test
    void theArabicInterfaceRendersRightToLeftWithTranslatedLabels() throws Exception {
        CustomsDeclaration declaration = stack.syrianAntiquities("JO", "CAIU" + (1000000 + (int) (Math.random() * 8999999)));
        String alertId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(declaration));
        signIn("muhallil.jo");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("قائمة التنبيهات");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + alertId));
            return !browser.findElements(By.id("hits")).isEmpty();
        });
        assertThat(browser.findElement(By.id("decl-title")).getText()).isEqualTo("التصريح كما تم فحصه");
        WebElement main = browser.findElement(By.id("main"));
        assertThat(main.getCssValue("direction")).isEqualTo("rtl");
        screenshot("detail-ar", 1500);
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        signIn("analyst.jo");
        Cookie session = browser.manage().getCookieNamed("sentinel_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        String csrf = browser.findElement(By.cssSelector("form[action='/logout'] input[name=csrf]")).getAttribute("value");

        assertThat(post("/alerts/any/decisions", session, "kind=ACKNOWLEDGED&basis=0")).isEqualTo(403);
        assertThat(post("/alerts/any/decisions", session, "kind=ACKNOWLEDGED&basis=0&csrf=forged")).isEqualTo(403);
        // the same request with the session's token passes the check and meets the next one: no such alert
        assertThat(post("/alerts/any/decisions", session, "kind=ACKNOWLEDGED&basis=0&csrf=" + csrf)).isEqualTo(404);
    }

    @Test
    void fiveWrongPasswordsThrottleTheAccountEvenForTheRightOne() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("target.jo", "wrong password " + attempt);
            assertThat(browser.findElement(By.id("login-error")).getText())
                .contains(attempt < 5 ? "wrong" : "throttled");
        }
        signIn("target.jo", ConsoleStack.PASSWORD);
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("throttled");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theAuthorOfADraftCannotApproveItASecondSupervisorCanAndTheEntryRetroScreens() throws Exception {
        String importer = "Khalid Nasser Al-Masri";
        CustomsDeclaration earlier = stack.declaration("JO", "MEDU" + (1000000 + (int) (Math.random() * 8999999)), importer,
            "IT", "420221", "Leather handbags");
        String retroAlertId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(earlier));
        String entryId = "PTY-JO-IT-" + Long.toString(System.nanoTime(), 36);

        signIn("supervisor.jo");
        browser.get(stack.url("/watchlist"));
        browser.findElement(By.id("entryId")).sendKeys(entryId);
        browser.findElement(By.id("names")).sendKeys(importer + "\nخالد ناصر المصري");
        browser.findElement(By.id("country")).sendKeys("JO");
        browser.findElement(By.id("legalBasis")).sendKeys("Customs Law 20/1998 art. 204");
        browser.findElement(By.id("reason")).sendKeys("intelligence report 2026/117: buyer of looted coins");
        clickAndWait(browser.findElement(By.id("save-draft")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("second supervisor");
        By row = By.cssSelector("tr[data-entry='" + entryId + "']");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist?q=" + entryId));
            return browser.findElement(row).getText().contains("DRAFT");
        });
        assertThat(browser.findElement(row).findElements(By.cssSelector("button.approve"))).isEmpty();
        String csrf = browser.findElement(By.cssSelector("form[action='/logout'] input[name=csrf]")).getAttribute("value");
        Cookie author = browser.manage().getCookieNamed("sentinel_session");
        assertThat(post("/watchlist/" + entryId + "/approve", author, "csrf=" + csrf)).isEqualTo(403);
        browser.manage().deleteAllCookies();

        signIn("second.supervisor.jo");
        browser.get(stack.url("/watchlist?q=" + entryId));
        assertThat(browser.findElement(row).getText()).contains("supervisor.jo", "DRAFT");
        screenshot("approval", 768);
        clickAndWait(browser.findElement(row).findElement(By.cssSelector("button.approve")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("approved");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist?q=" + entryId));
            return browser.findElement(row).getText().contains("ACTIVE");
        });
        assertThat(browser.findElement(row).getText()).contains("second.supervisor.jo");

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + retroAlertId));
            return browser.findElement(By.id("hits")).getText().contains(entryId);
        });
        assertThat(browser.findElement(By.id("hits")).getText()).contains("PARTY_WATCHLIST");
    }

    @Test
    void aDraftIsRefusedFieldByFieldThenRejectedWithAReasonOnTheAuditTrailAndTheAuthorsForgedApprovalIsRefused()
        throws Exception {
        String entryId = "OBJ-JO-IT-" + Long.toString(System.nanoTime(), 36);
        signIn("supervisor.jo");
        browser.get(stack.url("/watchlist?kind=OBJECT"));
        browser.findElement(By.id("entryId")).sendKeys(entryId);
        browser.findElement(By.id("legalBasis")).sendKeys("Antiquities Law 21/1988 art. 26");
        WebElement weight = browser.findElement(By.id("riskWeight"));
        weight.clear();
        weight.sendKeys("140");
        clickAndWait(browser.findElement(By.id("save-draft")));
        assertThat(browser.findElement(By.id("error-riskWeight")).getText()).contains("riskWeight must be within 0..100");
        assertThat(browser.findElement(By.id("error-description")).getText()).contains("OBJECT entry needs");
        assertThat(browser.findElement(By.id("entryId")).getAttribute("value")).isEqualTo(entryId);
        assertThat(browser.findElement(By.id("legalBasis")).getAttribute("value")).isEqualTo("Antiquities Law 21/1988 art. 26");
        weight = browser.findElement(By.id("riskWeight"));
        weight.clear();
        weight.sendKeys("85");
        browser.findElement(By.id("description")).sendKeys("Nabataean stele, sandstone, Petra inscription");
        clickAndWait(browser.findElement(By.id("save-draft")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("second supervisor");

        // "test this draft": a profile tried on the authority's declarations, nothing published
        CustomsDeclaration manuscripts = stack.declaration("JO", "TCLU" + (1000000 + (int) (Math.random() * 8999999)),
            "Dar Al-Kutub Trading", "YE", "970600", "Antique manuscripts, bound");
        browser.get(stack.url("/watchlist?kind=RISK_PROFILE"));
        browser.findElement(By.id("entryId")).sendKeys(entryId + "-PRF");
        new Select(browser.findElement(By.id("ruleType"))).selectByValue("EMBARGO_ORIGIN");
        browser.findElement(By.id("hsPrefixes")).sendKeys("9706");
        browser.findElement(By.id("countries")).sendKeys("YE");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            clickAndWait(browser.findElement(By.id("run-trial")));
            return browser.findElement(By.id("trial-result")).getText().contains(RecordKeys.declaration(manuscripts));
        });
        assertThat(stack.app.watchlist().get(entryId + "-PRF")).isNull();
        browser.manage().deleteAllCookies();

        signIn("second.supervisor.jo");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist/" + entryId));
            return browser.findElement(By.id("entry-status")).getText().contains("DRAFT");
        });
        screenshot("review", 900);
        clickAndWait(browser.findElement(By.id("reject")));
        assertThat(browser.findElement(By.id("error-reason")).getText()).contains("reason");
        browser.findElement(By.id("reject-reason")).sendKeys("no police report cited: attach the theft report");
        clickAndWait(browser.findElement(By.id("reject")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("rejected");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stack.audit())
            .filteredOn(c -> c.getEntryId().equals(entryId) && c.getAction() == ChangeAction.REJECTED)
            .singleElement().satisfies(c -> {
                assertThat(c.getApprover()).isEqualTo("second.supervisor.jo");
                assertThat(c.getReason()).isEqualTo("no police report cited: attach the theft report");
            }));

        // the author approving their own listing, produced straight to the submission topic
        String forgedId = entryId + "-FORGED";
        stack.submit(WatchlistEntry.newBuilder().setEntryId(forgedId).setKind(EntryKind.PARTY).setStatus(EntryStatus.ACTIVE)
            .setListingAuthority("JO").setAuthor("supervisor.jo").setApprover("supervisor.jo")
            .setParty(ListedParty.newBuilder().setNames(List.of("Forged Listing Co.")).build()).build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stack.deadLetters())
            .filteredOn(r -> forgedId.equals(r.key())).singleElement().satisfies(r -> assertThat(new String(
                r.headers().lastHeader(ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME).value(),
                StandardCharsets.UTF_8)).contains("the author of an entry cannot approve it")));
        assertThat(stack.app.watchlist().get(forgedId)).isNull();
        assertThat(stack.audit()).noneMatch(c -> c.getEntryId().equals(forgedId));
    }

    @Test
    void aDelistingRequestedByOneSupervisorKeepsTheEntryUntilASecondApprovesItWithBothOnTheAuditTrail() throws Exception {
        String entryId = "PTY-JO-DL-" + Long.toString(System.nanoTime(), 36);
        stack.submit(WatchlistEntry.newBuilder().setEntryId(entryId).setKind(EntryKind.PARTY).setStatus(EntryStatus.ACTIVE)
            .setListingAuthority("JO").setLegalBasis("Customs Law 20/1998 art. 204").setAuthor("analyst.jo")
            .setApprover("head.rac.jo").setParty(ListedParty.newBuilder().setNames(List.of("Yousef Barakat Trading")).build())
            .build());
        String reason = "court order 2026/88 lifted the listing";

        signIn("supervisor.jo");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist/" + entryId));
            return browser.findElement(By.id("entry-status")).getText().contains("ACTIVE");
        });
        clickAndWait(browser.findElement(By.id("request-delisting")));
        assertThat(browser.findElement(By.id("error-delist-reason")).getText()).contains("reason");
        browser.findElement(By.id("delist-reason")).sendKeys(reason);
        clickAndWait(browser.findElement(By.id("request-delisting")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("second supervisor");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist/" + entryId));
            return browser.findElement(By.id("entry-status")).getText().contains("DELISTING_REQUESTED");
        });
        assertThat(stack.app.watchlist().get(entryId)).as("still listed, still matching").isNotNull();
        assertThat(browser.findElements(By.id("approve"))).as("the requester has no approve button").isEmpty();
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("requested a delisting cannot approve it");
        String csrf = browser.findElement(By.cssSelector("form[action='/logout'] input[name=csrf]")).getAttribute("value");
        assertThat(post("/watchlist/" + entryId + "/approve", browser.manage().getCookieNamed("sentinel_session"),
            "csrf=" + csrf)).isEqualTo(403);
        browser.manage().deleteAllCookies();

        signIn("second.supervisor.jo");
        browser.get(stack.url("/watchlist/" + entryId));
        assertThat(browser.findElement(By.id("delisting-request")).getText()).contains("supervisor.jo", reason);
        screenshot("delisting", 900);
        clickAndWait(browser.findElement(By.id("approve")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("delisting is approved");
        await().atMost(SCREENED).untilAsserted(() -> assertThat(stack.audit())
            .filteredOn(c -> c.getEntryId().equals(entryId) && c.getAction() == ChangeAction.DELISTED)
            .singleElement().satisfies(c -> {
                assertThat(c.getAuthor()).isEqualTo("supervisor.jo");
                assertThat(c.getApprover()).isEqualTo("second.supervisor.jo");
                assertThat(c.getReason()).isEqualTo(reason);
            }));
        await().atMost(SCREENED).untilAsserted(() -> assertThat(stack.app.watchlist().get(entryId)).isNull());
        assertThat(stack.audit()).filteredOn(c -> c.getEntryId().equals(entryId)).extracting(WatchlistChange::getAction)
            .containsExactly(ChangeAction.ACCEPTED, ChangeAction.DELISTING_REQUESTED, ChangeAction.DELISTED);
    }

    @Test
    void twoDecisionsTakenAtOnceOnOneAlertApplyOnlyTheFirstInTheApplicationToo() throws Exception {
        // goods of their own: no other test's dismissal suppresses them
        String goods = "Roman bronze coins, lot " + Long.toString(System.nanoTime(), 36);
        CustomsDeclaration declaration = stack.declaration("JO", "BMOU" + (1000000 + (int) (Math.random() * 8999999)),
            "Nour Trading Est.", "SY", "970500", goods);
        String key = RecordKeys.declaration(declaration);
        String alertId = AlertIdentity.alertId(SubjectType.DECLARATION, key);
        signIn("analyst.jo");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + alertId));
            return !browser.findElements(By.id("hits")).isEmpty();
        });
        // one client, one connection: the ops server closes a client's connections beyond a few
        HttpClient ops = HttpClient.newHttpClient();
        double notAppliedBefore = decisionsNotApplied(ops);

        // two consoles publish before either reads the other's back: both decided on no decision (basis 0)
        try (KafkaProducer<String, AlertDecision> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.config.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), stack.serdes.value(AlertDecision.class).serializer())) {
            for (AlertDecision decision : List.of(
                onBasisZero(alertId, DecisionKind.ACKNOWLEDGED, "analyst.jo", null),
                onBasisZero(alertId, DecisionKind.DISMISSED, "target.jo", "NAMESAKE: decided a moment too late"))) {
                ProducerRecord<String, AlertDecision> record = new ProducerRecord<>(stack.config.topics().decisionsFor("JO"),
                    key, decision);
                record.headers().add(DecisionBasis.HEADER, DecisionBasis.encode(0));
                producer.send(record).get();
            }
        }

        // the application counts the dismissal as not applied and dead-letters nothing; the console says the same
        await().atMost(SCREENED).until(() -> decisionsNotApplied(ops) == notAppliedBefore + 1);
        assertThat(stack.deadLetters()).noneMatch(r -> key.equals(r.key()));
        await().atMost(LIVE).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + alertId));
            return browser.findElement(By.id("history")).getText().contains("target.jo");
        });
        assertThat(browser.findElement(By.id("history")).getText()).contains("ACKNOWLEDGED", "DISMISSED", "not applied");

        // and it suppressed nothing: the same goods declared again raise the embargo hit
        CustomsDeclaration again = stack.declaration("JO", "BMOU" + (1000000 + (int) (Math.random() * 8999999)),
            "Nour Trading Est.", "SY", "970500", goods);
        String againId = AlertIdentity.alertId(SubjectType.DECLARATION, RecordKeys.declaration(again));
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/alerts/" + againId));
            return browser.findElement(By.id("hits")).getText().contains("PRF-UNSC-2199");
        });
    }

    @Test
    void aDraftEditedBySomeoneElseShowsTheChangeAndItsNewAuthorInItsNextRevision() throws Exception {
        String entryId = "OBJ-JO-EDIT-" + Long.toString(System.nanoTime(), 36);
        signIn("supervisor.jo");
        browser.get(stack.url("/watchlist?kind=OBJECT"));
        browser.findElement(By.id("entryId")).sendKeys(entryId);
        browser.findElement(By.id("legalBasis")).sendKeys("Antiquities Law 21/1988 art. 26");
        browser.findElement(By.id("description")).sendKeys("Nabataean stele, sandstone");
        clickAndWait(browser.findElement(By.id("save-draft")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("second supervisor");
        browser.manage().deleteAllCookies();

        signIn("analyst.jo");
        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist/" + entryId));
            return browser.findElement(By.id("entry-status")).getText().contains("DRAFT");
        });
        clickAndWait(browser.findElement(By.id("edit")));
        WebElement description = browser.findElement(By.id("description"));
        assertThat(description.getAttribute("value")).isEqualTo("Nabataean stele, sandstone");
        description.clear();
        description.sendKeys("Nabataean stele, sandstone, Petra inscription");
        clickAndWait(browser.findElement(By.id("save-draft")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("second supervisor");

        await().atMost(SCREENED).ignoreExceptions().until(() -> {
            browser.get(stack.url("/watchlist/" + entryId));
            return browser.findElement(By.id("entry-status")).getText().endsWith(" 2");
        });
        String shown = browser.findElement(By.id("entry")).getText();
        assertThat(browser.findElement(By.id("entry-status")).getText()).contains("DRAFT");
        assertThat(shown).contains("Petra inscription", "analyst.jo").doesNotContain("supervisor.jo");
    }

    private static AlertDecision onBasisZero(String alertId, DecisionKind kind, String analyst, String reason) {
        return AlertDecision.newBuilder().setAlertId(alertId).setKind(kind).setAnalyst(analyst).setAuthority("JO")
            .setReason(reason).setDecidedAt(java.time.Instant.now()).build();
    }

    /** The application's own count, as Prometheus scrapes it. */
    private static double decisionsNotApplied(HttpClient ops) throws IOException, InterruptedException {
        String scraped = ops.send(HttpRequest.newBuilder(stack.app.httpUri().resolve("/metrics")).GET()
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        return scraped.lines().filter(l -> l.startsWith("sentinel_alert_decisions_not_applied_total{")
                && l.contains("authority=\"JO\""))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private void signIn(String user) {
        signIn(user, ConsoleStack.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/queue");
    }

    private void signIn(String user, String password) {
        browser.get(stack.url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(browser.findElement(By.id("signin")));
    }

    /** Clicks a link or submit button and waits for the page it leads to: the old page must not be read as the new one. */
    private static void clickAndWait(WebElement target) {
        Chromium.clickAndWait(browser, target);
    }

    private int status(String path) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("sentinel_session");
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(path)))
            .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String path, Cookie session, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(path)))
            .header("Cookie", session.getName() + "=" + session.getValue())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Kept in docs/console/ for docs/console.md. */
    private static void screenshot(String name, int height) throws IOException {
        Chromium.screenshot(browser, name, height);
    }
}
