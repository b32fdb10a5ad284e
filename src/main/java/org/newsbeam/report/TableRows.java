package org.newsbeam.report;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsbeam.output.CsvReader;
import org.newsbeam.output.OutputFiles;

/** Streams a finished run's CSV table row by row, with cells looked up by column name. */
final class TableRows {
  private TableRows() {}

  /** One row; a column the table lacks reads as empty (older runs, tables without a weapon column). */
  static final class Row {
    private final Map<String, Integer> index;
    private final List<String> cells;

    Row(Map<String, Integer> index, List<String> cells) {
      this.index = index;
      this.cells = cells;
    }

    String get(String column) {
      Integer i = index.get(column);
      return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    long count(String column) {
      String s = get(column);
      if (s.isEmpty()) {
        return 0;
      }
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    double decimal(String column) {
      String s = get(column);
      if (s.isEmpty()) {
        return 0;
      }
      try {
        return Double.parseDouble(s.startsWith("'") ? s.substring(1) : s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  /** Per table, columns renamed since earlier runs: old name to today's (see CODEBOOK.md). */
  static final Map<String, Map<String, String>> OLD_NAMES = Map.of(
      "articles.csv", Map.of("source", "file"),
      "rejects.csv", Map.of("source", "file"),
      "events.csv", Map.of("source", "source_actor"),
      "event_counts.csv", Map.of("date", "published", "sources", "sites"),
      "actor_daily.csv", Map.of("date", "published"),
      "candidate_actors.csv", Map.of("title", "role"));

  /**
   * Reads {@code name} in {@code folder}, handing each data row to {@code sink}; returns the header.
   * A table the run does not have (a run of an older newsbeam) reads as empty.
   */
  static List<String> forEach(String folder, String name, Consumer<Row> sink) throws IOException {
    if (!OutputFiles.exists(folder, name)) {
      return List.of();
    }
    Map<String, Integer> index = new HashMap<>();
    List<String>[] header = new List[1];
    try (Reader r = OutputFiles.open(folder, name)) {
      CsvReader.forEachRow(r, cells -> {
        if (header[0] == null) {
          header[0] = List.copyOf(cells);
          for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
          }
          // a run of an older newsbeam: its columns under today's names
          for (Map.Entry<String, String> e : OLD_NAMES.getOrDefault(name, Map.of()).entrySet()) {
            if (index.containsKey(e.getKey()) && !index.containsKey(e.getValue())) {
              index.put(e.getValue(), index.get(e.getKey()));
            }
          }
        } else if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
          sink.accept(new Row(index, cells));
        }
      });
    }
    return header[0] == null ? List.of() : header[0];
  }
}
