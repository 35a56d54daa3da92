package org.heritagesentinel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.config.Topics;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the production classes of this module. Each rule
 * says why in its {@code because}; a failure names the class and the dependency that breaks it.
 */
class ArchitectureSpec {
    private static final String ROOT = "org.heritagesentinel";

    /** Screening, matching, scoring, lifecycle, routing and sharing, seizure intelligence, money and time: plain Java. */
    static final String[] CORE = {ROOT + ".screening..", ROOT + ".watchlist..", ROOT + ".alert..", ROOT + ".routing..",
        ROOT + ".seizure..", ROOT + ".money..", ROOT + ".time..", ROOT + ".retro..", ROOT + ".ondemand..",
        ROOT + ".register..", ROOT + ".contract..", ROOT + ".cache.."};

    /** What the core must not know: the transport, its encodings, HTTP, the command line, and their adapters. */
    static final String[] ADAPTERS = {"org.apache.kafka..", "io.apicurio..", "org.apache.avro.io..", "io.javalin..",
        "org.eclipse.jetty..", "picocli..", "io.micrometer..", ROOT + ".serde..", ROOT + ".topology..", ROOT + ".app..",
        ROOT + ".cli..", ROOT + ".http..", ROOT + ".metrics..", ROOT + ".reliability.."};

    /** Development tools: an in-JVM broker and registry, load generators, benchmarks, the name-matching harness. */
    static final String[] DEV_TOOLS = {ROOT + ".embedded..", ROOT + ".bench..", ROOT + ".demo..", ROOT + ".simulate..",
        ROOT + ".synthetic..", ROOT + ".screening.party.quality..", ROOT + ".screening.object.quality.."};

    /** A topic name (or per-authority pattern) as a class constant: {@code customs.declarations.v1}, {@code alerts.%s.v1}. */
    private static final Pattern TOPIC_NAME =
        Pattern.compile("(?<![A-Za-z0-9_.%/-])[a-z][a-z-]*(?:\\.[a-z%-]+)+\\.v[0-9]+(?![A-Za-z0-9_.%+-])");

    static final JavaClasses PRODUCTION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        // this module's classes only: a reactor build puts the test-scoped embedded/synthetic modules' classes
        // directories on the class path too
        .withImportOption(location -> location.contains("/streams-app/target/classes/"))
        .withImportOption(location -> !location.contains("/org/heritagesentinel/avro/"))
        .importPackages(ROOT);

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
            .because("a cycle makes every package in it one unit: none can be understood, tested or moved alone")
            .check(PRODUCTION);
    }

    @Test
    void theDomainCoreIsPlainJava() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("matching, rules, scoring and sharing are tested and reasoned about without a broker, "
                + "a registry, a web server or a command line; the topology adapts them to Kafka Streams")
            .check(PRODUCTION);
    }

    @Test
    void productionCodeDoesNotReachTheDevelopmentTools() {
        noClasses().that().resideOutsideOfPackages(DEV_TOOLS)
            .should().dependOnClassesThat().resideInAnyPackage(DEV_TOOLS)
            .because("the production jar must run without the embedded broker, the load generators and the benchmarks")
            .check(PRODUCTION);
    }

    @Test
    void topicNamesAreWrittenOnlyInTheCatalogue() {
        ArchRule rule = classes().that(not(belongToAnyOf(Topics.class, TopicCatalogue.class)))
            .should(new ArchCondition<>("not write a topic name (the catalogue names every topic)") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    Matcher names = TOPIC_NAME.matcher(constantsOf(javaClass));
                    while (names.find()) {
                        events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " writes the topic name \"" + names.group() + "\": read it from Topics / TopicCatalogue"));
                    }
                }
            })
            .because("a topic's name is configuration, and its contract is declared once, in config.TopicCatalogue");
        rule.check(PRODUCTION);
    }

    /** The class file as Latin-1 text: its string constants are in it verbatim (modified UTF-8). */
    private static String constantsOf(JavaClass javaClass) {
        try (InputStream in = javaClass.getSource().orElseThrow().getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
