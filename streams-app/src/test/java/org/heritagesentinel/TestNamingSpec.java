package org.heritagesentinel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parent pom's one naming convention, over every module: surefire runs {@code *Spec} and
 * failsafe runs {@code *IT}, so a test class named otherwise would never run, silently.
 */
class TestNamingSpec {

    private static final Pattern HOLDS_TESTS = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest)\\b", Pattern.MULTILINE);

    @Test
    void shouldNameEveryClassHoldingTestsSpecOrIT() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertThat(repository.resolve("pom.xml")).as("the parent pom above streams-app").exists();

        List<String> misnamed;
        try (Stream<Path> files = Files.walk(repository, 12)) {
            misnamed = files
                    .filter(f -> f.toString().contains("/src/test/java/") && f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/"))
                    .filter(TestNamingSpec::holdsTests)
                    .map(f -> repository.relativize(f).toString())
                    .filter(name -> !name.endsWith("Spec.java") && !name.endsWith("IT.java"))
                    .sorted()
                    .toList();
        }

        assertThat(misnamed).as("test classes that neither surefire (*Spec) nor failsafe (*IT) would run").isEmpty();
    }

    @Test
    void shouldNotPassAClassWithTestsUnderAnotherName() {
        assertThat(holdsTests("class FooTest {\n    @Test\n    void shouldWork() {}\n}")).isTrue();
        assertThat(holdsTests("/** calls the method under @Test elsewhere */\nclass Helper {}")).isFalse();
        // ArchUnit rules are fields, not methods: a class of them is a test class all the same
        assertThat(holdsTests("class LayersTest {\n    @ArchTest\n    static final ArchRule noCycles = null;\n}")).isTrue();
    }

    private static boolean holdsTests(Path file) {
        try {
            return holdsTests(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsTests(String source) {
        return HOLDS_TESTS.matcher(source).find();
    }
}
