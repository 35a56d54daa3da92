package org.heritagesentinel.screening.object;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated table shipped as a class-path resource beside this package.
 * Lines starting with '#' (source and licence headers, comments) and blank lines are skipped.
 * A missing or unreadable table is a packaging error, so it fails loudly at class load.
 */
final class ResourceTable {

  private ResourceTable() {}

  static List<String[]> rows(String name, int columns) {
    try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource not found beside " + ResourceTable.class.getPackageName() + ": " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(name + ":" + number + ": expected " + columns + " tab-separated columns, found " + cells.length);
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
