package org.newsbeam.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.output.CsvReader;
import org.newsbeam.output.Table;

/** The built jar, as a user runs it from the repository root. */
class JarSampleIT {
  static final Path JAR = Paths.get("target", "newsbeam.jar").toAbsolutePath();

  record Run(int exit, String out, String err) {}

  static Run java(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("jar did not finish in 10 minutes: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  static Run defaultRun;

  @BeforeAll
  static void runDefaultJob() throws Exception {
    Path repo = Paths.get("").toAbsolutePath();
    Path out = repo.resolve("target/it-output");
    deleteTree(out);
    defaultRun = java(repo, "--output=" + out);
  }

  @Test
  void defaultJobWritesEveryTableAndSuccessLast() throws Exception {
    assertEquals(0, defaultRun.exit(), defaultRun.err());
    Path out = Paths.get("target/it-output").toAbsolutePath();
    for (Table t : Table.values()) {
      List<List<String>> rows = CsvReader.read(out.resolve(t.fileName()));
      assertEquals(t.columns(), rows.get(0), t.fileName());
    }
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertTrue(Files.exists(out.resolve("run_summary.json")));
    assertTrue(Files.getLastModifiedTime(out.resolve("_SUCCESS")).compareTo(Files.getLastModifiedTime(out.resolve("actors.csv"))) >= 0);
    try (var s = Files.list(out)) {
      assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".tmp-")), "no temporary files left");
    }
  }

  @Test
  void printsASummary() {
    assertTrue(defaultRun.out().contains("files"), defaultRun.out());
    assertTrue(defaultRun.out().contains("top actors:"), defaultRun.out());
    assertTrue(defaultRun.out().contains("top events"), defaultRun.out());
    assertTrue(defaultRun.out().contains("rejected"), defaultRun.out());
    assertTrue(defaultRun.out().contains("actors.csv"), defaultRun.out());
  }

  @Test
  void runsFromAnotherFolderWithTheEmbeddedStudy(@TempDir Path elsewhere) throws Exception {
    Path archive = Paths.get("sample-data/archive/text").toAbsolutePath();
    Run r = java(elsewhere, "--input=" + archive, "--output=" + elsewhere.resolve("out"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(elsewhere.resolve("out/_SUCCESS")));
  }

  @Test
  void sinceAndUntilKeepOnlyThatRange(@TempDir Path tmp) throws Exception {
    Path archive = Paths.get("sample-data/archive").toAbsolutePath();
    Run r = java(tmp, "--input=" + archive, "--output=" + tmp.resolve("out"), "--since=2025-03-01", "--until=2025-03-31");
    assertEquals(0, r.exit(), r.err());
    List<List<String>> articles = CsvReader.read(tmp.resolve("out/articles.csv"));
    assertTrue(articles.size() > 3, "some March articles");
    for (List<String> a : articles.subList(1, articles.size())) {
      assertTrue(a.get(3).startsWith("2025-03-"), "only March: " + a);
    }
    List<List<String>> daily = CsvReader.read(tmp.resolve("out/actor_daily.csv"));
    for (List<String> d : daily.subList(1, daily.size())) {
      assertTrue(d.get(0).startsWith("2025-03-"), d.toString());
    }
    String summary = Files.readString(tmp.resolve("out/run_summary.json"));
    assertTrue(summary.matches("(?s).*\"out_of_range\" : [1-9].*"), summary);
  }

  @Test
  void helpListsEveryOptionWithItsDefault() throws Exception {
    Run r = java(Paths.get("").toAbsolutePath(), "--help");
    assertEquals(0, r.exit());
    for (String o : List.of("--input", "--output", "--pipeline", "--since", "--until", "--overwrite", "--safeCsv")) {
      assertTrue(r.out().contains(o), o + " in\n" + r.out());
    }
    assertTrue(r.out().contains("sample-data/archive"), r.out());
  }

  @Test
  void badOptionsFailBeforeTheRun(@TempDir Path tmp) throws Exception {
    Run noMatch = java(tmp, "--input=" + tmp.resolve("nothing-here/*.html"), "--output=" + tmp.resolve("o"));
    assertEquals(2, noMatch.exit());
    assertTrue(noMatch.err().contains("no file matches"), noMatch.err());

    Run badStudy = java(tmp, "--pipeline=no-such-study", "--input=" + Paths.get("sample-data/archive/text").toAbsolutePath(),
        "--output=" + tmp.resolve("o"));
    assertEquals(2, badStudy.exit());
    assertTrue(badStudy.err().contains("no-such-study"), badStudy.err());

    Run badDate = java(tmp, "--since=March", "--input=" + Paths.get("sample-data/archive/text").toAbsolutePath(),
        "--output=" + tmp.resolve("o"));
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("--since"), badDate.err());

    Path aFile = Files.writeString(tmp.resolve("report.txt"), "a file, not a folder");
    Run notAFolder = java(tmp, "--input=" + Paths.get("sample-data/archive/text").toAbsolutePath(), "--output=" + aFile);
    assertEquals(2, notAFolder.exit());
    assertTrue(notAFolder.err().contains("is a file"), notAFolder.err());

    Path badStudyDir = Files.createDirectories(tmp.resolve("study"));
    Files.writeString(badStudyDir.resolve("actors.yaml"), "actors:\n  - name: A\n    type: person\n    alises: [B]\n");
    Files.writeString(badStudyDir.resolve("events.yaml"), "types: []\npatterns: []\n");
    Run badYaml = java(tmp, "--pipeline=" + badStudyDir, "--input=" + Paths.get("sample-data/archive/text").toAbsolutePath(),
        "--output=" + tmp.resolve("o2"));
    assertEquals(2, badYaml.exit());
    assertTrue(badYaml.err().contains("actors.yaml:4"), "names the file and line: " + badYaml.err());

    Path foreign = tmp.resolve("mine");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("thesis.docx"), "not ours");
    Run refused = java(tmp, "--input=" + Paths.get("sample-data/archive/text").toAbsolutePath(), "--output=" + foreign);
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("--overwrite"), refused.err());
    assertTrue(Files.exists(foreign.resolve("thesis.docx")));
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
