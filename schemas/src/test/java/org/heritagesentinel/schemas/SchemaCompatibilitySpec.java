package org.heritagesentinel.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.SeizureReport;
import org.heritagesentinel.avro.WatchlistEntry;
import org.junit.jupiter.api.Test;

/**
 * The contracts keep their promises to every released version in schemas/released/:
 * alerts FULL_TRANSITIVE (old and new readers read everything), declarations, seizures and
 * watchlist entries BACKWARD_TRANSITIVE (the current reader reads every record ever written).
 */
class SchemaCompatibilitySpec {
    private static final Path RELEASED = Paths.get("released");

    @Test
    void alertsShouldBeFullyCompatibleWithEveryReleasedVersion() throws IOException {
        for (Schema released : released("Alert")) {
            assertCompatible(Alert.getClassSchema(), released);
            assertCompatible(released, Alert.getClassSchema());
        }
    }

    @Test
    void declarationsSeizuresAndWatchlistShouldReadEveryReleasedVersion() throws IOException {
        for (Schema released : released("CustomsDeclaration")) {
            assertCompatible(CustomsDeclaration.getClassSchema(), released);
        }
        for (Schema released : released("SeizureReport")) {
            assertCompatible(SeizureReport.getClassSchema(), released);
        }
        for (Schema released : released("WatchlistEntry")) {
            assertCompatible(WatchlistEntry.getClassSchema(), released);
        }
    }

    @Test
    void shouldDetectABreakingChangeSuchAsANewRequiredField() throws IOException {
        Schema released = released("Alert").get(0);
        String withRequiredField = Alert.getClassSchema().toString()
            .replaceFirst("\"fields\":\\[", "\"fields\":[{\"name\":\"caseNumber\",\"type\":\"string\"},");
        Schema broken = new Schema.Parser().parse(withRequiredField);

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(broken, released).getType())
            .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void everyEnumShouldHaveADefaultSoNewSymbolsDoNotBreakOldReaders() {
        for (Schema contract : List.of(Alert.getClassSchema(), CustomsDeclaration.getClassSchema(),
            SeizureReport.getClassSchema(), WatchlistEntry.getClassSchema())) {
            for (Schema e : enums(contract, new HashSet<>())) {
                assertThat(e.getEnumDefault()).as("default of enum %s", e.getFullName()).isNotNull();
            }
        }
    }

    private static void assertCompatible(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertThat(result.getType()).as("%s reading %s: %s", reader.getName(), writer.getName(), result.getDescription())
            .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static List<Schema> released(String name) throws IOException {
        List<Schema> schemas = new ArrayList<>();
        try (Stream<Path> files = Files.list(RELEASED)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + "-v")).sorted().toList()) {
                schemas.add(new Schema.Parser().parse(file.toFile()));
            }
        }
        assertThat(schemas).as("released versions of %s", name).isNotEmpty();
        return schemas;
    }

    private static List<Schema> enums(Schema schema, Set<String> seen) {
        List<Schema> found = new ArrayList<>();
        switch (schema.getType()) {
            case ENUM -> found.add(schema);
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    schema.getFields().forEach(f -> found.addAll(enums(f.schema(), seen)));
                }
            }
            case UNION -> schema.getTypes().forEach(t -> found.addAll(enums(t, seen)));
            case ARRAY -> found.addAll(enums(schema.getElementType(), seen));
            case MAP -> found.addAll(enums(schema.getValueType(), seen));
            default -> {
            }
        }
        return found;
    }
}
