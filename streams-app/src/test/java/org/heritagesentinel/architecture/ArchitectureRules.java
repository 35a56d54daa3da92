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
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

/**
 * The rules of docs/architecture.md that hold in every production module, as ArchUnit rules a module's spec checks
 * on its own classes ({@code ArchitectureSpec} here, {@code ConsoleArchitectureSpec}, {@code ConnectorsArchitectureSpec};
 * they reach this class through the streams-app test-jar, test scope).
 */
public final class ArchitectureRules {
    public static final String ROOT = "org.heritagesentinel";

    /** Development tools: an in-JVM broker and registry, load generators, benchmarks, the name-matching harness. */
    public static final String[] DEV_TOOLS = {ROOT + ".embedded..", ROOT + ".bench..", ROOT + ".demo..", ROOT + ".simulate..",
        ROOT + ".synthetic..", ROOT + ".screening.party.quality..", ROOT + ".screening.object.quality.."};

    /** A topic name (or per-authority pattern) as a class constant: {@code alerts.v1}, {@code customs.declarations.v1}, {@code alerts.%s.v1}. */
    private static final Pattern TOPIC_NAME =
        Pattern.compile("(?<![A-Za-z0-9_.%/-])[a-z][a-z-]*(?:\\.[a-z%-]+)*\\.v[0-9]+(?![A-Za-z0-9_.%+-])");

    private ArchitectureRules() {
    }

    /** The production classes of one module: those compiled to {@code <module>/target/classes/}, generated Avro aside. */
    public static JavaClasses productionClassesOf(String module) {
        return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            // this module's classes only: a reactor build puts the other modules' classes directories on the class path
            .withImportOption(location -> location.contains("/" + module + "/target/classes/"))
            .withImportOption(location -> !location.contains("/org/heritagesentinel/avro/"))
            .importPackages(ROOT);
    }

    /** No cycle among the packages {@code slices} matches (e.g. {@code org.heritagesentinel.(**)}). */
    public static ArchRule packagesFormNoCycle(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles()
            .because("a cycle makes every package in it one unit: none can be understood, tested or moved alone");
    }

    public static ArchRule productionCodeDoesNotReachTheDevelopmentTools() {
        return noClasses().that().resideOutsideOfPackages(DEV_TOOLS)
            .should().dependOnClassesThat().resideInAnyPackage(DEV_TOOLS)
            .because("the production jar must run without the embedded broker, the load generators and the benchmarks");
    }

    /** For modules that run with the catalogue on their class path: a topic name is read from it, never written. */
    public static ArchRule topicNamesAreWrittenOnlyInTheCatalogue() {
        return classes().that(not(belongToAnyOf(Topics.class, TopicCatalogue.class)))
            .should(writeNoTopicName("not write a topic name (the catalogue names every topic)",
                name -> false, "read it from Topics / TopicCatalogue"))
            .because("a topic's name is configuration, and its contract is declared once, in config.TopicCatalogue");
    }

    /**
     * For modules deployed without the application (a Kafka Connect plugin): the topic names they must write as
     * their own configuration's defaults are the catalogue's default names, so both sides meet on the same topic.
     */
    public static ArchRule topicNamesAreTheCataloguesDefaults() {
        Topics defaults = Topics.defaults();
        Set<String> catalogued = TopicCatalogue.ALL.stream().map(topic -> topic.configuredName().apply(defaults))
            .collect(Collectors.toUnmodifiableSet());
        return classes().should(writeNoTopicName("write only topic names of the catalogue", catalogued::contains,
                "the catalogue's default names are " + catalogued))
            .because("a connector's default topic must be the one the application reads (config.TopicCatalogue)");
    }

    private static ArchCondition<JavaClass> writeNoTopicName(String description, Predicate<String> allowed, String hint) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Matcher names = TOPIC_NAME.matcher(constantsOf(javaClass));
                while (names.find()) {
                    if (!allowed.test(names.group())) {
                        events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " writes the topic name \"" + names.group() + "\": " + hint));
                    }
                }
            }
        };
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
