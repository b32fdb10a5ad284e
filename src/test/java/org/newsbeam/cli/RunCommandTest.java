package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.output.CsvReader;
import org.newsbeam.output.RunFolder;

class RunCommandTest {
  /** Exit code and what the command said on stderr. */
  record Outcome(int code, String err) {}

  static synchronized Outcome main(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Outcome(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  /** Every file under a folder with its content, to show a folder is untouched. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return m;
  }

  static Path earlierRun(Path out) throws IOException {
    try (RunFolder f = RunFolder.open(out, false)) {
      Files.writeString(f.staging().resolve("articles.csv"), "article_id\nearlier\n");
      Files.writeString(f.staging().resolve(RunFolder.SUCCESS), "{}");
      f.publish();
    }
    return out;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void badOptionsFailWithExit2NamingTheOptionAndLeaveTheEarlierRunUntouched(@TempDir Path tmp) throws IOException {
    Path out = earlierRun(tmp.resolve("out"));
    Map<String, String> before = snapshot(out);
    String o = "--output=" + out;
    String in = "--input=sample-data/archive";
    List<List<String>> cases = List.of(
        List.of(in, o, "--targetParallelism=-1", "targetParallelism=-1 must be at least 1"),
        List.of(in, o, "--targetParallelism=0", "targetParallelism=0 must be at least 1"),
        List.of(in, o, "--parallelism=0", "parallelism=0 must be -1 (automatic) or at least 1"),
        List.of(in, o, "--maxParallelism=-5", "maxParallelism=-5"),
        List.of(in, o, "--keyBuckets=-3", "keyBuckets=-3 must be 0"),
        List.of(in, o, "--stallTimeoutSeconds=-1", "stallTimeoutSeconds=-1"),
        List.of(in, o, "--output=/tmp/elsewhere", "--output is given twice"),
        List.of(in, in, o, "--input is given twice"),
        List.of(in, o, "--since=2025-13-01", "--since=2025-13-01 is not a date"),
        List.of("--input=/does-not-exist-typo", o, "no file matches --input /does-not-exist-typo: /does-not-exist-typo does not exist"),
        List.of("--input=/does-not-exist-typo/**/*.jsonl", o, "no file matches --input /does-not-exist-typo/**/*.jsonl: folder /does-not-exist-typo does not exist"),
        List.of(in, o, "--pipeline=no-such-study", "no-such-study"));
    for (List<String> c : cases) {
      String[] args = c.subList(0, c.size() - 1).toArray(new String[0]);
      Outcome r = main(args);
      assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
      assertTrue(r.err().contains(c.get(c.size() - 1)), "message names the option: " + r.err());
      assertEquals(before, snapshot(out), "the earlier run is untouched after " + String.join(" ", c));
    }
  }

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyListedEntryIsReadOrRejectedAndTheRunIsPublishedWithItsManifest(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"url\":\"https://example.org/a\",\"title\":\"Talks\",\"published\":\"2025-03-01\","
            + "\"text\":\"Ukraine and Russia held talks in Istanbul on Monday, officials said.\"}\n");
    Files.writeString(in.resolve("two\nlines.txt"),
        "Drone strike\n\nRussia launched 40 drones at Kyiv overnight, the Ukrainian air force said on Sunday.\n");
    Files.createSymbolicLink(in.resolve("gone.html"), in.resolve("nowhere.html"));
    assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.jsonl").toString()).start().waitFor());
    Path out = in.resolve("out"); // inside the input: never read back

    for (int run = 1; run <= 2; run++) {
      Outcome r = main("--input=" + in, "--output=" + out, "--targetParallelism=2");
      assertEquals(0, r.code(), "run " + run + ": " + r.err());
    }

    JsonNode summary = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    assertEquals(4, summary.path("counters").path("files").asLong(), summary.toString());
    assertEquals(2, summary.path("counters").path("pages").asLong(), summary.toString());
    List<List<String>> rejects = CsvReader.read(out.resolve("rejects.csv"));
    List<String> rejected = new ArrayList<>();
    for (List<String> row : rejects.subList(1, rejects.size())) {
      rejected.add(row.get(0).substring(in.toString().length()));
      assertFalse(row.get(0).contains("/out/"), "the run's own output is never read: " + row);
    }
    assertEquals(List.of("/gone.html", "/pipe.jsonl"), rejected);

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("newsbeam_manifest.json").toFile());
    assertTrue(manifest.path("complete").asBoolean());
    for (String table : List.of("actors.csv", "events.csv", "rejects.csv", "run_summary.json")) {
      assertEquals(64, manifest.path("files").path(table).path("sha256").asText().length(), table);
    }
    try (Stream<Path> s = Files.list(out)) {
      List<String> hidden = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertEquals(List.of(".newsbeam.lock"), hidden, "no staging, spill or temporary files stay behind");
    }
    assertTrue(Files.exists(out.resolve(RunFolder.SUCCESS)));
  }

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theSummarySaysWhatMadeTheRun(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"url\":\"https://example.org/a\",\"title\":\"Talks\",\"published\":\"2025-03-01\","
            + "\"text\":\"Ukraine and Russia held talks in Istanbul on Monday, officials said.\"}\n");
    Path study = Files.createDirectories(tmp.resolve("my-study"));
    for (String f : org.newsbeam.study.StudyOrigin.FILES) {
      Files.copy(Path.of("pipelines", "ukraine-war", f), study.resolve(f));
    }
    Path out = tmp.resolve("out");
    Outcome r = main("--input=" + in + "/*.jsonl", "--output=" + out, "--pipeline=" + study, "--targetParallelism=2", "--report=false");
    assertEquals(0, r.code(), r.err());

    JsonNode p = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile()).path("provenance");
    assertFalse(p.path("newsbeam_version").asText().isBlank(), p.toString());
    assertFalse(p.path("newsbeam_version").asText().contains("${"), p.toString());
    assertEquals("ukraine-war", p.path("study").asText(), "the name the study gives itself");
    assertEquals(study.toAbsolutePath().normalize().toString(), p.path("study_path").asText());
    assertEquals(org.newsbeam.study.StudyOrigin.sha256Of(Path.of("pipelines", "ukraine-war")), p.path("study_sha256").asText(),
        "a copy of the default study has its hash");
    assertEquals(List.of(in + "/*.jsonl"), List.of(p.path("input").get(0).asText()));
    assertEquals("DirectRunner", p.path("runner").asText());
    assertEquals("2", p.path("target_parallelism").asText());
    assertTrue(p.path("job_name").asText().startsWith("newsbeam-ukraine-war-"), p.toString());
  }
}
