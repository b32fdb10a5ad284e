package org.newsbeam.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.evaluate.Evaluation;
import org.newsbeam.evaluate.Gold;
import org.newsbeam.ingest.ReadLimits;
import org.newsbeam.output.CsvReader;
import org.newsbeam.pipeline.NewsbeamPipeline;
import org.newsbeam.pipeline.RunConfig;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * Generates an archive, runs the whole pipeline on it in-process (DirectRunner), and checks that
 * newsbeam reproduces the generator's gold exactly: every record placed, every actor, pair, event,
 * quantity and certainty, and the aggregate tables equal to gold_counts.json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedArchiveTest {
  /** Large enough for every site, format and trap to occur many times; small enough for CI. */
  static final int ARTICLES = 600;

  static final Study STUDY = StudyLoader.resolve("ukraine-war", Paths.get(""));

  Path dir;
  Path gen;
  Path run;
  ArchiveGenerator.Summary summary;

  @BeforeAll
  void generateAndRun(@TempDir Path tmp) {
    dir = tmp;
    gen = dir.resolve("gen");
    run = dir.resolve("run");
    summary = ArchiveGenerator.generate(ARTICLES, 20251127L, gen, STUDY);
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    // the element checks cost more than the pipeline on a few thousand records
    options.setEnforceImmutability(false);
    options.setEnforceEncodability(false);
    Pipeline p = Pipeline.create(options);
    RunConfig config = new RunConfig(List.of(summary.archive() + "/**"), run.toString(), "", "", true,
        ReadLimits.defaults(), Map.of("test", "generated"));
    NewsbeamPipeline.build(p, STUDY, config);
    PipelineResult.State state = p.run().waitUntilFinish();
    assertEquals(PipelineResult.State.DONE, state);
  }

  @Test
  void runMatchesGoldExactly() throws IOException {
    Evaluation ev = Evaluation.run(Gold.load(summary.gold()), run);
    String problems = ev.problems.stream().limit(20).collect(Collectors.joining("\n"));
    for (String what : List.of("actors", "co-mention pairs", "event mentions")) {
      Evaluation.Score s = ev.scores.get(what);
      assertEquals(1.0, s.precision(), what + " precision\n" + problems);
      assertEquals(1.0, s.recall(), what + " recall\n" + problems);
      assertTrue(s.tp() > 0, what + " were generated");
    }
    for (String what : List.of("records placed", "article dates", "event quantities", "event certainty", "event source/target")) {
      assertEquals(1.0, ev.agreements.get(what).rate(), what + "\n" + problems);
    }
    assertEquals(summary.records(), ev.agreements.get("records placed").total());
  }

  @Test
  void actorTableEqualsGoldCounts() throws IOException {
    JsonNode actors = counts().get("actors");
    Map<String, Map<String, String>> rows = rowsBy(run.resolve("actors.csv"), "actor");
    assertEquals(names(actors), rows.keySet(), "actors in actors.csv");
    actors.fields().forEachRemaining(e -> {
      Map<String, String> row = rows.get(e.getKey());
      JsonNode g = e.getValue();
      assertEquals(g.get("mentions").asLong(), Long.parseLong(row.get("mentions")), e.getKey() + " mentions");
      assertEquals(g.get("articles").asLong(), Long.parseLong(row.get("articles")), e.getKey() + " articles");
      assertEquals(g.get("first_seen").asText(), row.get("first_seen"), e.getKey() + " first seen");
      assertEquals(g.get("last_seen").asText(), row.get("last_seen"), e.getKey() + " last seen");
    });
  }

  @Test
  void eventTablesEqualGoldCounts() throws IOException {
    JsonNode events = counts().get("events");
    // rows are per day, type and weapon: a day's reports sum over weapons; articles and sites
    // are distinct per row, so their sum over weapons bounds the type's from above
    Map<String, List<Map<String, String>>> rows = new HashMap<>();
    for (Map<String, String> r : rows(run.resolve("event_counts.csv"))) {
      rows.computeIfAbsent(r.get("published") + "|" + r.get("event_type"), k -> new ArrayList<>()).add(r);
    }
    assertEquals(names(events), rows.keySet(), "(published, event type) rows of event_counts.csv");
    events.fields().forEachRemaining(e -> {
      List<Map<String, String>> weaponRows = rows.get(e.getKey());
      for (String f : List.of("reports", "negated", "hypothetical", "claimed")) {
        assertEquals(e.getValue().get(f).asLong(), weaponRows.stream().mapToLong(r -> Long.parseLong(r.get(f))).sum(),
            e.getKey() + " " + f);
      }
      for (String f : List.of("articles", "sites")) {
        long gold = e.getValue().get(f).asLong();
        long max = weaponRows.stream().mapToLong(r -> Long.parseLong(r.get(f))).max().orElse(0);
        long sum = weaponRows.stream().mapToLong(r -> Long.parseLong(r.get(f))).sum();
        if (weaponRows.size() == 1) {
          assertEquals(gold, sum, e.getKey() + " " + f);
        } else {
          assertTrue(max <= gold && gold <= sum, e.getKey() + " " + f + ": " + gold + " not within [" + max + ", " + sum + "]");
        }
      }
    });
    // quantities of the asserted reports, per day and type, as events.csv lists them
    Map<String, Long> sums = new TreeMap<>();
    for (Map<String, String> r : rows(run.resolve("events.csv"))) {
      if (r.get("certainty").equals("asserted") && !r.get("quantity").isEmpty()) {
        sums.merge(r.get("published") + "|" + r.get("event_type"), Long.parseLong(r.get("quantity")), Long::sum);
      }
    }
    events.fields().forEachRemaining(e -> assertEquals(e.getValue().get("quantity_sum").asLong(),
        sums.getOrDefault(e.getKey(), 0L), e.getKey() + " quantity"));
  }

  @Test
  void coMentionsAndSummaryEqualGoldCounts() throws IOException {
    JsonNode counts = counts();
    Map<String, Long> pairs = new TreeMap<>();
    for (Map<String, String> r : rows(run.resolve("co_mentions.csv"))) {
      String a = r.get("actor_a");
      String b = r.get("actor_b");
      pairs.put(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a, Long.parseLong(r.get("articles")));
    }
    Map<String, Long> gold = new TreeMap<>();
    counts.get("co_mentions").fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().get("articles").asLong()));
    assertEquals(gold, pairs);
    JsonNode c = new ObjectMapper().readTree(run.resolve("run_summary.json").toFile()).get("counters");
    assertEquals(counts.get("articles").asLong(), c.get("articles").asLong(), "articles");
    assertEquals(counts.get("snapshots_folded").asLong(), c.get("snapshots_folded").asLong(), "snapshots folded");
    assertEquals(counts.get("duplicates").asLong(), c.get("duplicates").asLong(), "syndicated copies");
    assertEquals(counts.get("rejected").asLong(), c.get("rejected").asLong(), "rejected");
    assertEquals(counts.get("event_mentions").asLong(), c.get("event_mentions").asLong(), "event mentions");
  }

  @Test
  void archiveHasEveryTrapAndFormat() {
    assertTrue(summary.snapshotsFolded() > 0, "live-blog snapshots");
    assertTrue(summary.duplicates() > 0, "syndicated copies");
    assertTrue(summary.rejected() > 0, "broken files");
    assertEquals(ARTICLES, summary.articles() - summary.duplicates(), "stories");
    Set<String> kinds = new HashSet<>();
    try (Stream<Path> files = Files.walk(summary.archive())) {
      files.filter(Files::isRegularFile).forEach(f -> {
        String n = f.getFileName().toString();
        kinds.add(n.substring(n.indexOf('.')));
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(kinds.containsAll(Set.of(".html", ".html.gz", ".jsonl", ".jsonl.gz", ".warc.gz")), kinds.toString());
  }

  @Test
  void recordsAreSpreadOverSmallFiles() throws IOException {
    List<Path> parts;
    try (Stream<Path> s = Files.walk(summary.archive().resolve("jsonl"))) {
      parts = s.filter(Files::isRegularFile).toList();
    }
    assertTrue(parts.size() >= 2, "JSON-lines parts: " + parts.size());
    for (Path p : parts) {
      try (InputStream in = open(p);
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        assertTrue(r.lines().count() <= ArchiveGenerator.PER_FILE, p.toString());
      }
    }
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherArchive() throws IOException {
    Path a = dir.resolve("det-a");
    Path b = dir.resolve("det-b");
    Path c = dir.resolve("det-c");
    ArchiveGenerator.generate(150, 7L, a, STUDY);
    ArchiveGenerator.generate(150, 7L, b, STUDY);
    ArchiveGenerator.generate(150, 8L, c, STUDY);
    Map<String, byte[]> fa = tree(a);
    Map<String, byte[]> fb = tree(b);
    assertEquals(fa.keySet(), fb.keySet());
    for (String f : fa.keySet()) {
      assertArrayEquals(fa.get(f), fb.get(f), f);
    }
    assertNotEquals(new String(fa.get("gold.yaml"), StandardCharsets.UTF_8),
        new String(tree(c).get("gold.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void refusesToWriteIntoAnArchiveThatIsThere() {
    Path d = dir.resolve("twice");
    ArchiveGenerator.generate(5, 1L, d, STUDY);
    assertFalse(tree(d).isEmpty());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ArchiveGenerator.generate(5, 1L, d, STUDY));
  }

  @Test
  void generateCommandWritesArchiveAndGold() {
    Path d = dir.resolve("cli");
    assertEquals(0, org.newsbeam.cli.GenerateCommand.run(new String[] {"--articles=4", "--seed=3", "--output=" + d}));
    assertTrue(Files.isRegularFile(d.resolve("gold.yaml")));
    assertTrue(Files.isRegularFile(d.resolve("gold_counts.json")));
    assertTrue(Files.isDirectory(d.resolve("archive")));
    org.junit.jupiter.api.Assertions.assertThrows(org.newsbeam.cli.UsageException.class,
        () -> org.newsbeam.cli.GenerateCommand.run(new String[] {"--articles=4"}));
    org.junit.jupiter.api.Assertions.assertThrows(org.newsbeam.cli.UsageException.class,
        () -> org.newsbeam.cli.GenerateCommand.run(new String[] {"--articles=many", "--output=" + d}));
  }

  // --- helpers -----------------------------------------------------------------------------

  JsonNode counts() throws IOException {
    return new ObjectMapper().readTree(summary.counts().toFile());
  }

  static Set<String> names(JsonNode obj) {
    Set<String> s = new HashSet<>();
    obj.fieldNames().forEachRemaining(s::add);
    return s;
  }

  static List<Map<String, String>> rows(Path csv) throws IOException {
    List<List<String>> all = CsvReader.read(csv);
    List<String> header = all.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : all.subList(1, all.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < r.size() ? r.get(i) : "");
      }
      out.add(m);
    }
    return out;
  }

  static Map<String, Map<String, String>> rowsBy(Path csv, String key) throws IOException {
    Map<String, Map<String, String>> m = new HashMap<>();
    for (Map<String, String> r : rows(csv)) {
      m.put(r.get(key), r);
    }
    return m;
  }

  static InputStream open(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    return p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return m;
  }
}
