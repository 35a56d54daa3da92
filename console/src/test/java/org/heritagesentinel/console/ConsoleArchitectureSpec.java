package org.heritagesentinel.console;

import static org.heritagesentinel.architecture.ArchitectureRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.heritagesentinel.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md that hold for every production module, on the console's classes: it runs in
 * the application's image with the catalogue on its class path, so it writes no topic name either.
 */
class ConsoleArchitectureSpec {
    private static final JavaClasses CONSOLE = ArchitectureRules.productionClassesOf("console");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.packagesFormNoCycle(ROOT + ".(**)").check(CONSOLE);
    }

    @Test
    void productionCodeDoesNotReachTheDevelopmentTools() {
        ArchitectureRules.productionCodeDoesNotReachTheDevelopmentTools().check(CONSOLE);
    }

    @Test
    void topicNamesAreWrittenOnlyInTheCatalogue() {
        ArchitectureRules.topicNamesAreWrittenOnlyInTheCatalogue().check(CONSOLE);
    }
}
