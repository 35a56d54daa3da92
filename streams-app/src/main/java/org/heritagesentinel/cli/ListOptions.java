package org.heritagesentinel.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.heritagesentinel.watchlist.source.ListFormat;
import org.heritagesentinel.watchlist.source.SourceEdition;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of a published list's edition: which source it is, who imports it, its date, the weight of its hits. */
final class ListOptions {
    @Option(names = "--source", description = "Name of the source: entry ids are <source>:<its id> "
        + "(default per format: opensanctions, un-sc, ofac-sdn).")
    String source;
    @Option(names = "--authority", description = "Authority that imports the list: the entries' listing authority "
        + "(ISO alpha-2 or a regional body such as WCO-RILO). Required for a published list.")
    String authority;
    @Option(names = "--edition", description = "Publication date of the edition (yyyy-MM-dd) when the file states none "
        + "(FtM, OFAC delimited); default today (UTC).")
    LocalDate edition;
    @Option(names = "--risk-weight", defaultValue = "80", description = "Base weight of a hit on the list's entries (80).")
    int riskWeight;

    SourceEdition edition(ListFormat format) {
        if (authority == null) {
            throw new IllegalArgumentException("--authority is required for a published list (the authority that imports it)");
        }
        return new SourceEdition(source != null ? source : defaultSource(format),
            edition != null ? edition : LocalDate.now(ZoneOffset.UTC), authority, riskWeight);
    }

    private static String defaultSource(ListFormat format) {
        return switch (format) {
            case FTM -> "opensanctions";
            case UN -> "un-sc";
            case OFAC, OFAC_CSV -> "ofac-sdn";
        };
    }

    /** A published list's format named on the command line, or null for the project's own CSV/JSON. */
    static ListFormat listFormat(String format, CommandLine cli) {
        if (format == null) {
            return null;
        }
        String name = format.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (name.equals("CSV") || name.equals("JSON")) {
            return null;
        }
        try {
            return ListFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "unknown --format '" + format + "': CSV, JSON, FTM, UN, OFAC or OFAC_CSV");
        }
    }
}
