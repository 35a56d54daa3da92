package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.money.ExchangeRates;
import org.heritagesentinel.screening.DeclarationRule;
import org.heritagesentinel.screening.ParsedPeriods;
import org.heritagesentinel.screening.object.ConceptExtractor;
import org.heritagesentinel.screening.object.PeriodParser;
import org.junit.jupiter.api.Test;

/**
 * Adding a stateless rule is a class in {@code screening} and one line in {@code ScreeningParts.rules}:
 * a rule class written but not registered would never screen anything, silently.
 */
class RuleRegistrationSpec {

    @Test
    void shouldScreenWithEveryConcreteRuleOfTheScreeningPackageOnce() throws Exception {
        SentinelConfig config = ConfigLoader.defaultsOnly();
        List<Class<?>> registered = ScreeningParts.rules(config, ScreeningParts.emptyIndex(), ScreeningParts.partyMatcher(config),
                new ExchangeRates(),
                new ParsedPeriods(PeriodParser.standard()), ConceptExtractor.standard()::concepts)
            .stream().<Class<?>>map(Object::getClass).toList();

        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ruleClasses());
    }

    /** The concrete {@link DeclarationRule} classes compiled into the screening package. */
    private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(DeclarationRule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(DeclarationRule.class.getPackageName().replace('.', '/'));
        List<Class<?>> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(DeclarationRule.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                if (DeclarationRule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    rules.add(type);
                }
            }
        }
        assertThat(rules).as("rule classes found in " + folder).hasSizeGreaterThanOrEqualTo(10);
        return rules;
    }
}
