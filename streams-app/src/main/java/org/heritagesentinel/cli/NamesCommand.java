package org.heritagesentinel.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.heritagesentinel.app.ScreeningParts;
import org.heritagesentinel.screening.party.PartyNameMatcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Party name tools for analysts and for checking the matcher on one's own data. */
@Command(name = "names", description = "Party name matching tools.", mixinStandardHelpOptions = true,
        subcommands = {NamesCommand.Score.class})
public final class NamesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NamesCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Scores name pairs read as TSV from standard input with the pipeline's matcher, under the configuration's party
     * scoring table ({@code matching.party.scoring}): what an analyst tunes is what they check here.
     */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Reads 'name1<TAB>name2' lines on standard input, writes 'name1<TAB>name2<TAB>score'.",
                "Scores with the party scoring table of the configuration (matching.party.scoring of --config and"
                    + " SENTINEL_MATCHING_PARTY_SCORING), as screening does.",
                "Scores without a watchlist: name parts weigh as the bundled frequency table says. Screening also"
                    + " weighs a part carried by many listed parties as common, so on a long list it can score a"
                    + " short form lower than this."})
    public static final class Score implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        ConfigOption config;

        private final InputStream input;

        public Score() {
            this(System.in);
        }

        Score(InputStream input) {
            this.input = input;
        }

        @Override
        public Integer call() throws Exception {
            PartyNameMatcher matcher = ScreeningParts.partyNameMatcher(config.load());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int malformed = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] names = line.split("\t", -1);
                    if (names.length != 2) {
                        malformed++;
                        continue;
                    }
                    double score = matcher.match(names[0], names[1]).score();
                    out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", names[0], names[1], score);
                }
            }
            out.flush();
            if (malformed > 0) {
                err.printf(Locale.ROOT, "skipped %d line(s) without exactly two tab-separated names%n", malformed);
                err.flush();
            }
            return malformed == 0 ? 0 : 1;
        }
    }
}
