package org.heritagesentinel.connectors;

import static org.heritagesentinel.architecture.ArchitectureRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.heritagesentinel.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md on the connectors' classes. A Kafka Connect plugin is installed in a Connect
 * worker without the application, so it cannot read the catalogue at run time: the topic names it writes as
 * defaults of its own configuration must be the catalogue's default names instead.
 */
class ConnectorsArchitectureSpec {
    private static final JavaClasses CONNECTORS = ArchitectureRules.productionClassesOf("connectors");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.packagesFormNoCycle(ROOT + ".(**)").check(CONNECTORS);
    }

    @Test
    void productionCodeDoesNotReachTheDevelopmentTools() {
        ArchitectureRules.productionCodeDoesNotReachTheDevelopmentTools().check(CONNECTORS);
    }

    @Test
    void topicNamesAreTheCataloguesDefaults() {
        ArchitectureRules.topicNamesAreTheCataloguesDefaults().check(CONNECTORS);
    }
}
