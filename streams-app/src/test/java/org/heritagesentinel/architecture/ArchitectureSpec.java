package org.heritagesentinel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.heritagesentinel.architecture.ArchitectureRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the production classes of this module (the console and
 * the connectors check theirs with the same {@link ArchitectureRules}). Each rule says why in its
 * {@code because}; a failure names the class and the dependency that breaks it.
 */
class ArchitectureSpec {
    /** Screening, matching, scoring, lifecycle, routing and sharing, seizure intelligence, money and time: plain Java. */
    static final String[] CORE = {ROOT + ".screening..", ROOT + ".watchlist..", ROOT + ".alert..", ROOT + ".routing..",
        ROOT + ".seizure..", ROOT + ".money..", ROOT + ".time..", ROOT + ".retro..", ROOT + ".ondemand..",
        ROOT + ".register..", ROOT + ".contract..", ROOT + ".cache.."};

    /** What the core must not know: the transport, its encodings, HTTP, the command line, and their adapters. */
    static final String[] ADAPTERS = {"org.apache.kafka..", "io.apicurio..", "org.apache.avro.io..", "io.javalin..",
        "org.eclipse.jetty..", "picocli..", "io.micrometer..", ROOT + ".serde..", ROOT + ".topology..", ROOT + ".app..",
        ROOT + ".cli..", ROOT + ".http..", ROOT + ".metrics..", ROOT + ".reliability.."};

    static final JavaClasses PRODUCTION = ArchitectureRules.productionClassesOf("streams-app");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.packagesFormNoCycle(ROOT + ".(**)").check(PRODUCTION);
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
        ArchitectureRules.productionCodeDoesNotReachTheDevelopmentTools().check(PRODUCTION);
    }

    @Test
    void topicNamesAreWrittenOnlyInTheCatalogue() {
        ArchitectureRules.topicNamesAreWrittenOnlyInTheCatalogue().check(PRODUCTION);
    }
}
