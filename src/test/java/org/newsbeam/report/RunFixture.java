package org.newsbeam.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;

/** A small finished run written by hand: the tables and run summary the report reads. */
final class RunFixture {
  private RunFixture() {}

  /** Article text that tries to break out of the page: the report must show it as text. */
  static final String HOSTILE = "Officials said </script><img src=x onerror=\"document.title='pwned'\"> & <b>not</b> bold\u2028after";

  static Path write(Path dir, boolean weaponColumn) throws IOException {
    Files.createDirectories(dir);
    table(dir, Table.ARTICLES, List.of(
        List.of("a1", "https://one.example/a1", "one.example", "2025-03-01", "Drones over the city", "300", "meta", "", "1", "f1", ""),
        List.of("a2", "https://two.example/a2", "two.example", "2025-03-03", "Talks resume", "250", "meta", "", "1", "f2", ""),
        List.of("a3", "https://two.example/a3", "two.example", "2025-03-03", "Copy of talks", "250", "meta", "a2", "1", "f3", "")));
    table(dir, Table.ACTORS, List.of(
        List.of("Ukraine", "country", "UA", "9", "3", "2025-03-01", "2025-03-03", "true"),
        List.of("Russia", "country", "RU", "7", "2", "2025-03-01", "2025-03-03", "true"),
        List.of("Ukrainian military", "military", "UA", "5", "2", "2025-03-01", "2025-03-03", "true"),
        List.of("Tomas Varga", "person", "", "2", "1", "2025-03-03", "2025-03-03", "false")));
    table(dir, Table.CO_MENTIONS, List.of(
        List.of("Russia", "Ukraine", "4", "2", "0.4100", "3", "0.2000"),
        List.of("Russia", "Ukrainian military", "2", "1", "-0.0500", "2", "0.1000"),
        List.of("Tomas Varga", "Ukraine", "1", "1", "0.7000", "1", "0.6000")));
    // with the weapon column: today's table; without: an older run's
    List<String> countsHeader = weaponColumn
        ? new ArrayList<>(Table.EVENT_COUNTS.columns())
        : List.of("date", "event_type", "reports", "articles", "sources", "quantity", "events", "negated", "hypothetical", "claimed");
    List<List<String>> counts = new ArrayList<>();
    if (weaponColumn) {
      counts.add(List.of("2025-03-01", "drone_strike", "drone", "2", "2", "2", "50", "1", "0", "0", "1", "0"));
      counts.add(List.of("2025-03-01", "missile_strike", "missile", "1", "1", "1", "3", "1", "0", "1", "0", "0"));
    } else {
      counts.add(List.of("2025-03-01", "drone_strike", "2", "2", "2", "50", "1", "0", "0", "1"));
      counts.add(List.of("2025-03-01", "missile_strike", "1", "1", "1", "3", "1", "0", "1", "0"));
    }
    counts.add(weaponColumn
        ? List.of("2025-03-03", "talks", "", "1", "1", "1", "0", "1", "1", "0", "0", "0")
        : List.of("2025-03-03", "talks", "1", "1", "1", "0", "1", "1", "0", "0"));
    write(dir, Table.EVENT_COUNTS.fileName(), countsHeader, counts);
    table(dir, Table.EVENTS, List.of(
        List.of("a1", "https://one.example/a1", "2025-03-01", "drone_strike", "Russia;Ukraine", "50",
            "Russia launched 50 drones at Ukraine overnight.", "Russia", "Ukraine", "asserted", "ev-1", "launched"),
        List.of("a1", "https://one.example/a1", "2025-03-01", "drone_strike", "Russia;Ukraine", "",
            HOSTILE, "Russia", "Ukraine", "asserted", "ev-2", "launched"),
        List.of("a1", "javascript:alert(1)", "2025-03-01", "missile_strike", "Russia", "3",
            "Three missiles were fired, the army said.", "Russia", "", "claimed", "ev-3", "fired"),
        List.of("a2", "https://two.example/a2", "2025-03-03", "talks", "Tomas Varga;Ukraine", "",
            "Envoy Tomas Varga met Ukrainian officials in Geneva.", "Tomas Varga", "Ukraine", "asserted", "ev-4", "met")));
    table(dir, Table.ACTOR_DAILY, List.of(
        List.of("2025-03-01", "Russia", "4", "1"), List.of("2025-03-01", "Ukraine", "5", "1"),
        List.of("2025-03-03", "Russia", "3", "1"), List.of("2025-03-03", "Ukraine", "4", "2"),
        List.of("2025-03-03", "Tomas Varga", "2", "1"), List.of("2025-03-01", "Ukrainian military", "5", "2")));
    table(dir, Table.CANDIDATE_ACTORS, List.of(
        List.of("Tomas Varga", "special envoy", "2", "1", "Special envoy Tomas Varga said <i>talks</i> would go on.")));
    table(dir, Table.REJECTS, List.of(List.of("/data/feed.jsonl", "line 4", "malformed JSON")));
    table(dir, Table.ARTICLE_ACTORS, List.of());
    table(dir, Table.PLACES, List.of());
    Files.writeString(dir.resolve("run_summary.json"), """
        {"counters": {"files": 3, "records": 5, "pages": 4, "skipped": 0, "rejected": 1, "articles": 3,
          "snapshots_folded": 0, "duplicates": 1, "undated": 0, "out_of_range": 0, "sentences": 20,
          "actor_mentions": 23, "event_mentions": 4},
         "skipped_by_kind": {},
         "options": {"input": "/data/**", "pipeline": "ukraine-war", "runner": "DirectRunner", "since": "", "until": ""}}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_SUCCESS"), "{}");
    return dir;
  }

  /** Rows shorter than the table's header get empty cells for its later columns. */
  private static void table(Path dir, Table t, List<List<String>> rows) throws IOException {
    List<List<String>> padded = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> p = new ArrayList<>(r);
      while (p.size() < t.columns().size()) {
        p.add("");
      }
      padded.add(p);
    }
    write(dir, t.fileName(), t.columns(), padded);
  }

  private static void write(Path dir, String name, List<String> header, List<List<String>> rows) throws IOException {
    StringBuilder sb = new StringBuilder(Csv.SAFE.line(header)).append('\n');
    rows.forEach(r -> sb.append(Csv.SAFE.line(r)).append('\n'));
    Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
  }
}
