package org.heritagesentinel.screening.object;

import java.util.List;

/**
 * The table of named periods, dynasties and cultures ({@value #RESOURCE}): "Ottoman",
 * "Old Babylonian", "عثماني", "âge du bronze"... Loaded once.
 */
final class NamedPeriods {

  static final String RESOURCE = "named-periods.tsv";
  private static final String OPEN = "open";
  private static final String NOW = "now";

  /**
   * A named period; words that state an age ("antique") end a number of years before the date
   * of parsing, so their end is relative.
   */
  record NamedPeriod(String name, int earliest, int latest, boolean latestBeforeNow) {
    YearRange range(int currentYear) {
      int end = latestBeforeNow ? currentYear - latest : latest;
      return new YearRange(Math.min(earliest, end), end);
    }
  }

  static final PhraseIndex<NamedPeriod> INDEX = load();

  private NamedPeriods() {}

  private static PhraseIndex<NamedPeriod> load() {
    PhraseIndex<NamedPeriod> index = new PhraseIndex<>();
    for (String[] row : ResourceTable.rows(RESOURCE, 4)) {
      NamedPeriod period = parse(row);
      for (String term : row[3].split("\\|")) {
        if (!term.isBlank()) {
          index.add(term.strip(), period);
        }
      }
    }
    return index;
  }

  private static NamedPeriod parse(String[] row) {
    String name = row[0].strip();
    String start = row[1].strip();
    String end = row[2].strip();
    int earliest = start.equals(OPEN) ? YearRange.OPEN_PAST : YearRange.fromHistorical(Integer.parseInt(start));
    if (end.equals(NOW)) {
      return new NamedPeriod(name, earliest, 0, true);
    }
    if (end.startsWith(NOW + "-")) {
      return new NamedPeriod(name, earliest, Integer.parseInt(end.substring(NOW.length() + 1)), true);
    }
    int latest = YearRange.fromHistorical(Integer.parseInt(end));
    if (latest < earliest) {
      throw new IllegalStateException(RESOURCE + ": " + name + " ends before it starts");
    }
    return new NamedPeriod(name, earliest, latest, false);
  }

  /** Named periods of the longest phrase at {@code start}; returns the tokens it covers. */
  static int longestAt(List<String> tokens, int start, List<NamedPeriod> found) {
    return INDEX.longestAt(tokens, start, found);
  }
}
