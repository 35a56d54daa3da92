package org.heritagesentinel.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.kafka.common.errors.InterruptException;
import org.heritagesentinel.alert.SuppressionPairs;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DecisionKind;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DetectionMethod;
import org.heritagesentinel.avro.Direction;
import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartyKind;
import org.heritagesentinel.avro.PartyRole;
import org.heritagesentinel.avro.Route;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SeizedObject;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.Transport;
import org.heritagesentinel.avro.TransportMode;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.screening.RandomSelectionRule;
import org.heritagesentinel.seizure.SeizureIntelligence;
import org.heritagesentinel.synthetic.SampleWatchlist;
import org.heritagesentinel.synthetic.TrafficGenerator;

/**
 * The story the demo tells on top of the background traffic, one step every {@code pace}: fuzzy and
 * cross-script party matches, stolen objects by reference and by description, a listed container and
 * licence, one declaration per risk profile, a split shipment, an overdue temporary export, a seizure
 * in Morocco that flags a later declaration in Jordan, an amendment, a withdrawal, and a namesake an
 * analyst dismisses whose next declaration stays quiet. Each step says on the console what it sends.
 */
public final class DemoScenario implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** How long a step waits for the application (seizure intelligence listed, an alert, a clearance): generous, for a loaded machine. */
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String SMUGGLER = "Karim Zouari";
    /** The smuggler Morocco seizes: the register query the demo prints asks for his history. */
    public static final String SMUGGLER_TIN = "TN-7712345";
    private static final String NAMESAKE_TIN = "EG-4455667";

    private final TrafficGenerator traffic;
    private final DemoPublisher publisher;
    private final AlertBoard alerts;
    private final Predicate<String> listed;
    private final Predicate<String> cleared;
    private final PrintStream out;
    private final Duration pace;
    private final BooleanSupplier running;
    /** Keys of the declarations sent by {@link #caughtBy}, in order: the amendment and the withdrawal pick from them. */
    private final List<String> sent = new ArrayList<>();

    /**
     * @param listed  whether the application's watchlist holds an entry (seizure intelligence is listed before the
     *                declaration that should meet it is sent)
     * @param cleared whether a (party or object, entry) pair an analyst cleared is known to every declaration task
     */
    public DemoScenario(TrafficGenerator traffic, DemoPublisher publisher, AlertBoard alerts, Predicate<String> listed,
                        Predicate<String> cleared, PrintStream out, Duration pace, BooleanSupplier running) {
        this.traffic = traffic;
        this.publisher = publisher;
        this.alerts = alerts;
        this.listed = listed;
        this.cleared = cleared;
        this.out = out;
        this.pace = pace;
        this.running = running;
    }

    @Override
    public void run() {
        try {
            for (Step step : steps()) {
                if (!running.getAsBoolean()) {
                    return;
                }
                TimeUnit.NANOSECONDS.sleep(pace.toNanos());
                step.run();
                publisher.flush();
            }
            say("scenario complete; the background traffic goes on (Ctrl-C stops)");
        } catch (InterruptedException | InterruptException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(() -> declareParty("JO", "محمد الوزاني", "MA", "exporter written in Arabic script; listed in Latin script as"
            + " Mohamed El Ouazzani"));
        steps.add(() -> declareParty("EG", "Hassan Abdullah Al-Jubouri", "IQ", "exporter written in Latin script; listed in"
            + " Arabic script as حسن عبدالله الجبوري"));
        steps.add(() -> declareParty("LB", "Abdulkarim Hadad", "LB", "exporter spelt Abdulkarim Hadad; listed as Abdelkarim Haddad"));
        steps.add(this::stolenTabletByReference);
        steps.add(this::stolenManuscriptByDescription);
        steps.add(() -> caughtBy(SampleWatchlist.CONTAINER, "a listed container"));
        steps.add(() -> caughtBy(SampleWatchlist.LICENCE, "a forged export licence"));
        for (String profile : SampleWatchlist.SINGLE_DECLARATION_PROFILES) {
            steps.add(() -> caughtBy(profile, "goods and route of profile " + profile));
        }
        steps.add(this::randomSelection);
        steps.add(this::splitShipment);
        steps.add(this::overdueTemporaryExport);
        steps.add(this::seizureThenRepeatOffender);
        steps.add(this::amendment);
        steps.add(this::withdrawal);
        steps.add(this::dismissedNamesake);
        return steps;
    }

    private void declareParty(String authority, String name, String country, String what) {
        CustomsDeclaration declaration = in(authority, traffic.ordinary(Instant.now()));
        declaration.getParties().set(0, party(name, country, null));
        String key = publisher.declare(declaration);
        say(key + ": " + what);
    }

    private void stolenTabletByReference() {
        CustomsDeclaration declaration = in("JO", traffic.ordinary(Instant.now()));
        DeclarationItem item = declaration.getItems().get(0);
        item.setHsCode("690721");
        item.setDescription("ceramic tile samples");
        item.setMarks("Inv. no. 2019-1234");
        say(publisher.declare(declaration) + ": 'ceramic tile samples' marked 'Inv. no. 2019-1234' (a stolen tablet's INTERPOL number)");
    }

    private void stolenManuscriptByDescription() {
        CustomsDeclaration declaration = in("AE", traffic.ordinary(Instant.now()));
        DeclarationItem item = declaration.getItems().get(0);
        item.setHsCode("490199");
        item.setDescription("مخطوطة قرآنية عثمانية على رق ٣٠ × ٢٠ سم");
        say(publisher.declare(declaration) + ": 'مخطوطة قرآنية عثمانية على رق' declared as printed books (a stolen manuscript)");
    }

    private void caughtBy(String entryId, String what) {
        String key = publisher.declare(traffic.caughtBy(SampleWatchlist.entry(entryId), Instant.now()));
        sent.add(key);
        say(key + ": " + what);
    }

    /** The random control draws by key: the first ordinary declaration it selects. */
    private void randomSelection() {
        double rate = SampleWatchlist.entry(SampleWatchlist.RANDOM).getProfile().getRate();
        CustomsDeclaration declaration = traffic.ordinary(Instant.now());
        while (RandomSelectionRule.draw(SampleWatchlist.RANDOM, RecordKeys.declaration(declaration)) >= rate) {
            declaration = traffic.ordinary(Instant.now());
        }
        say(publisher.declare(declaration) + ": an ordinary declaration the random control selects");
    }

    private void splitShipment() {
        List<String> keys = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            keys.add(publisher.declare(traffic.caughtBy(SampleWatchlist.entry(SampleWatchlist.SPLIT), Instant.now())));
        }
        say(String.join(", ", keys) + ": three consignments of coins for one importer");
    }

    /** Accepted long enough ago that the licence's re-import date has passed: flagged at the next wall-clock check. */
    private void overdueTemporaryExport() {
        Instant accepted = Instant.now().minus(Duration.ofDays(35));
        String key = publisher.declare(traffic.caughtBy(SampleWatchlist.entry(SampleWatchlist.TEMPORARY_EXPORT), accepted));
        say(key + ": a temporary export of 35 days ago, not re-imported (flagged at the next check, within a minute)");
    }

    private void seizureThenRepeatOffender() throws InterruptedException {
        Instant now = Instant.now();
        SeizureReport seizure = SeizureReport.newBuilder()
            .setSeizureId("S-" + TIME.format(now).replace(":", ""))
            .setAuthority("MA")
            .setSeizedAt(now)
            .setReportedAt(now)
            .setOffice("MA0301 Tanger Med")
            .setDirection(Direction.IMPORT)
            .setDetectionMethod(DetectionMethod.XRAY)
            .setConveyance(Transport.newBuilder().setMode(TransportMode.ROAD).setMeansId("TN-184-AB-22").build())
            .setRoute(Route.newBuilder().setOriginCountry("TN").setDestinationCountry("MA").build())
            .setParties(List.of(Party.newBuilder(party(SMUGGLER, "TN", SMUGGLER_TIN)).setRole(PartyRole.CONSIGNOR).build()))
            .setObjects(List.of(SeizedObject.newBuilder().setQuantity(14).setHsDeclared("830629").setHsActual("970531")
                .setCustodyLocation("Tanger Med customs warehouse")
                .setObject(ObjectDescription.newBuilder().setObjectType("coin").setMaterials(List.of("bronze"))
                    .setPeriod("Roman").setDescription("Roman bronze coins, 14 pieces, hidden in brass ornaments").build())
                .build()))
            .build();
        String seizureKey = publisher.report(seizure);
        publisher.flush();
        say(seizureKey + ": Morocco seizes 14 Roman coins from " + SMUGGLER + " (" + SMUGGLER_TIN + ")");
        String listedParty = SeizureIntelligence.entryPrefix(seizureKey) + "P0";
        if (!await(listed, List.of(listedParty))) {
            say("the seizure's parties are not listed yet after " + WAIT.toSeconds() + " s; sending the next declaration anyway");
        }
        CustomsDeclaration declaration = in("JO", traffic.ordinary(Instant.now()));
        declaration.getParties().set(0, party(SMUGGLER, "TN", SMUGGLER_TIN));
        say(publisher.declare(declaration) + ": Jordan receives a declaration from " + SMUGGLER + " (seized in Morocco)");
    }

    /** The container declaration, amended: a listed gallery now consigns it. */
    private void amendment() {
        CustomsDeclaration declaration = traffic.caughtBy(SampleWatchlist.entry(SampleWatchlist.CONTAINER), Instant.now());
        String original = sent.get(0);
        String[] key = original.split(":", 3);
        declaration.setAuthority(key[0]);
        declaration.setSourceSystem(key[1]);
        declaration.setDeclarationId(key[2]);
        declaration.setVersion(1);
        declaration.getParties().set(0, party("Galerie Orient Lumiere SARL", "FR", null));
        say(publisher.declare(declaration) + ": amended (version 1), now consigned by Galerie Orient Lumiere SARL");
    }

    private void withdrawal() {
        String key = sent.get(1);
        publisher.withdraw(key);
        say(key + ": withdrawn by the declarant (tombstone)");
    }

    private void dismissedNamesake() throws InterruptedException {
        CustomsDeclaration first = in("JO", traffic.ordinary(Instant.now()));
        first.getParties().set(0, party("Nabil Chaker", "EG", NAMESAKE_TIN));
        String key = publisher.declare(first);
        publisher.flush();
        say(key + ": exporter Nabil Chaker (" + NAMESAKE_TIN + "), a name on the watchlist");
        Optional<Alert> alert = alerts.await(key, WAIT);
        if (alert.isEmpty()) {
            say("no alert for " + key + " after " + WAIT.toSeconds() + " s; nothing to dismiss");
            return;
        }
        publisher.decide(alert.get(), AlertDecision.newBuilder()
            .setAlertId(alert.get().getAlertId())
            .setKind(DecisionKind.DISMISSED)
            .setAnalyst("r.haddad")
            .setAuthority("JO")
            .setReason("namesake: passport and trade register checked")
            .setDecidedAt(Instant.now())
            .build());
        say("analyst r.haddad (JO) dismisses " + alert.get().getAlertId() + ": namesake: passport and trade register checked");
        if (!await(cleared, SuppressionPairs.of(alert.get().getHits(), first))) {
            say("the dismissal is not applied yet after " + WAIT.toSeconds() + " s; sending the next declaration anyway");
        }
        CustomsDeclaration next = in("JO", traffic.ordinary(Instant.now()));
        next.getParties().set(0, party("Nabil Chaker", "EG", NAMESAKE_TIN));
        say(publisher.declare(next) + ": Nabil Chaker (" + NAMESAKE_TIN + ") declares again: his hit stays suppressed");
    }

    /** Waits until {@code condition} holds for every one of {@code values}, up to {@link #WAIT}. */
    private boolean await(Predicate<String> condition, List<String> values) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!values.stream().allMatch(condition)) {
            if (System.nanoTime() > deadline || !running.getAsBoolean()) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return true;
    }

    /** The same declaration received by {@code authority}. */
    private static CustomsDeclaration in(String authority, CustomsDeclaration declaration) {
        declaration.setDeclarationId(authority + declaration.getDeclarationId().substring(2));
        declaration.setAuthority(authority);
        declaration.setOfficeOfDeclaration(authority + "0001");
        return declaration;
    }

    private static Party party(String name, String country, String tin) {
        return Party.newBuilder()
            .setRole(PartyRole.EXPORTER)
            .setKind(PartyKind.PERSON)
            .setName(name)
            .setCountry(country)
            .setIdentifiers(tin == null ? List.of() : List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.TIN)
                .setValue(tin).setIssuingCountry(country).build()))
            .build();
    }

    private void say(String line) {
        out.printf("%n» %s %s%n", TIME.format(Instant.now()), line);
    }
}
