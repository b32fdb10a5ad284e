package org.newsbeam.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  /** Publishes one run with the given files (name to content) and _SUCCESS. */
  static List<String> publishRun(Path out, boolean overwrite, Map<String, String> files) throws IOException {
    try (RunFolder folder = RunFolder.open(out, overwrite)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = folder.staging().resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
      Files.writeString(folder.staging().resolve(".runs-articles.csv-3"), "spill");
      Files.writeString(folder.staging().resolve(RunFolder.SUCCESS), "{}");
      return folder.publish();
    }
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theUsersOwnFilesAreNotTakenForAPreviousRun(@TempDir Path out) throws IOException {
    Files.writeString(out.resolve("articles.csv"), "my,own\n");
    Files.writeString(out.resolve("run_summary.json"), "{\"mine\": true}");
    Files.writeString(out.resolve("_SUCCESS"), "mine");
    RunFolder.Refused e = assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out, false));
    assertTrue(e.getMessage().contains("no newsbeam_manifest.json names them: _SUCCESS, articles.csv, run_summary.json"),
        e.getMessage());
    assertEquals("my,own\n", Files.readString(out.resolve("articles.csv")));
    assertEquals("mine", Files.readString(out.resolve("_SUCCESS")));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "run_summary.json"), names(out));
  }

  @Test
  void aRunReplacesOnlyTheFilesItsManifestNames(@TempDir Path out) throws IOException {
    publishRun(out, false, Map.of("articles.csv", "a1\n", "old_table.csv", "o\n", "report/index.html", "<p>r</p>"));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "newsbeam_manifest.json", "old_table.csv", "report"),
        names(out));
    Manifest m = Manifest.read(out);
    assertTrue(m.complete());
    assertEquals(Manifest.sha256(out.resolve("report/index.html")), m.files().get("report/index.html"));
    assertEquals(3, m.files().size(), "spill files and _SUCCESS are not run files");

    // a second run needs no --overwrite: every file there is the first run's
    publishRun(out, false, Map.of("articles.csv", "a2\n"));
    assertEquals("a2\n", Files.readString(out.resolve("articles.csv")));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "newsbeam_manifest.json"), names(out));

    // the user's file beside a run is refused, and left alone under --overwrite
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out, false));
    publishRun(out, true, Map.of("articles.csv", "a3\n"));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertEquals(List.of("articles.csv"), List.copyOf(Manifest.read(out).files().keySet()));
  }

  @Test
  void aTableEditedAfterTheRunIsNotReplacedWithoutOverwrite(@TempDir Path out) throws IOException {
    publishRun(out, false, Map.of("articles.csv", "a1\n"));
    Files.writeString(out.resolve("articles.csv"), "a1\nmy note\n");
    RunFolder.Refused e = assertThrows(RunFolder.Refused.class, () -> RunFolder.open(out, false));
    assertTrue(e.getMessage().contains("articles.csv was changed after the run"), e.getMessage());
    assertEquals("a1\nmy note\n", Files.readString(out.resolve("articles.csv")));
  }

  @Test
  void aFailedRunLeavesTheEarlierRunAsItWas(@TempDir Path out) throws IOException {
    publishRun(out, false, Map.of("articles.csv", "a1\n"));
    try (RunFolder folder = RunFolder.open(out, false)) {
      Files.writeString(folder.staging().resolve("articles.csv"), "half a tab");
      // the run fails: no publish
    }
    assertEquals("a1\n", Files.readString(out.resolve("articles.csv")));
    assertTrue(Files.exists(out.resolve(RunFolder.SUCCESS)));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "newsbeam_manifest.json"), names(out));
  }

  @Test
  void leftoversOfAKilledRunAreRemovedByTheNextRun(@TempDir Path out) throws IOException {
    publishRun(out, false, Map.of("articles.csv", "a1\n"));
    Path killed = Files.createDirectories(out.resolve(RunFolder.STAGING_PREFIX + "killed/sub"));
    Files.writeString(killed.resolve(".runs-events.csv-1"), "spill");
    Files.writeString(out.resolve(Manifest.TEMP), "{");
    publishRun(out, false, Map.of("articles.csv", "a2\n"));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "newsbeam_manifest.json"), names(out));
  }

  @Test
  void aPublishCutShortIsStillRecognisedAsNewsbeams(@TempDir Path out) throws IOException {
    publishRun(out, false, Map.of("articles.csv", "a1\n"));
    // as publish leaves it when killed after moving one table: no _SUCCESS, manifest incomplete
    new Manifest(Map.of("articles.csv", "0000", "events.csv", "1111"), false).write(out);
    Files.delete(out.resolve(RunFolder.SUCCESS));
    Files.writeString(out.resolve("events.csv"), "e\n");
    publishRun(out, false, Map.of("articles.csv", "a2\n"));
    assertEquals(List.of(".newsbeam.lock", "_SUCCESS", "articles.csv", "newsbeam_manifest.json"), names(out));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSecondProcessIsRefusedAtOnceWhileARunHoldsTheFolder(@TempDir Path out) throws Exception {
    try (RunFolder held = RunFolder.open(out, false)) {
      Process other = probe(out);
      String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(3, other.waitFor(), said);
      assertTrue(said.contains("is in use by another newsbeam run (pid " + ProcessHandle.current().pid()), said);
      assertTrue(Files.isDirectory(held.staging()), "the holder's staging folder is untouched");
    }
    // freed when the holder closes: the next process gets it
    Process after = probe(out);
    String said = new String(after.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, after.waitFor(), said);
  }

  private static Process probe(Path out) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), out.toString())
        .redirectErrorStream(true).start();
  }

  /** A second process trying the folder: exit 0 when it got it, 3 when refused. */
  public static final class LockProbe {
    public static void main(String[] args) {
      try (RunFolder f = RunFolder.open(Paths.get(args[0]), false)) {
        System.out.println("got " + f.dir());
      } catch (RunFolder.Refused e) {
        System.out.println(e.getMessage());
        System.exit(3);
      }
    }
  }

  @Test
  void manifestNamesThatLeaveTheFolderAreIgnored() {
    assertFalse(Manifest.safeName("../etc/passwd"));
    assertFalse(Manifest.safeName("/etc/passwd"));
    assertFalse(Manifest.safeName("a//b"));
    assertTrue(Manifest.safeName("report/index.html"));
  }
}
