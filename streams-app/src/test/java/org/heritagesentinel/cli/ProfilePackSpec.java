package org.heritagesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.io.WatchlistImport;
import org.heritagesentinel.watchlist.EntryValidator;
import org.heritagesentinel.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The starter profile pack from the ICOM Red Lists imports cleanly, every profile a DRAFT citing its Red List. */
class ProfilePackSpec {
    private static final Path PACK = Path.of("..", "deploy", "profiles", "icom-red-lists.csv");

    @Test
    void shouldImportThePackInADryRunWithoutARefusal() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SentinelCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));

        int code = cli.execute("watchlist", "import", PACK.toString(), "--dry-run");

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("dry run: 18 rows read, 18 entries would be imported, 0 refused");
    }

    @Test
    void shouldMakeEveryProfileADraftCitingItsRedList() throws IOException {
        List<WatchlistEntry> profiles = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(PACK)) {
            new WatchlistImport(new EntryValidator(ConfigLoader.defaultsOnly().limits().entry()), 1000, line -> { }).run(reader, WatchlistImport.Format.CSV, profiles::add);
        }

        assertThat(profiles).hasSize(18).allSatisfy(p -> {
            assertThat(p.getStatus()).isEqualTo(EntryStatus.DRAFT);
            assertThat(p.getSource()).isEqualTo(EntrySource.RED_LIST);
            assertThat(p.getLegalBasis()).contains("ICOM").contains("Red List");
            assertThat(p.getProfile().getRuleType()).isEqualTo(RuleType.REDLIST_NO_LICENCE);
            assertThat(p.getProfile().getHsPrefixes()).isNotEmpty();
            assertThat(p.getProfile().getCountries()).isNotEmpty();
        });
        assertThat(profiles).flatExtracting(p -> p.getProfile().getCountries())
            .contains("IQ", "SY", "LY", "YE", "EG", "AF", "ML", "NG");
    }
}
