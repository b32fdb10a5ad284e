package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilerTest {
  @TempDir Path dir;

  private Path file(String name, int bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[bytes]);
    return p;
  }

  @Test
  void smallFolderIsSmallAndLargerThanTheLimitIsNot() throws Exception {
    file("a/one.html", 600);
    file("a/deeper/two.html", 500);
    assertTrue(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_200, 100));
    assertFalse(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000, 100));
  }

  @Test
  void allPatternsOfAnInputCountTogether() throws Exception {
    file("a/one.html", 600);
    file("b/two.html", 600);
    String both = dir.resolve("a") + "," + dir.resolve("b");
    assertTrue(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000, 100));
    assertFalse(QuickCompiler.isSmall(both, 1_000, 100));
  }

  @Test
  void aGlobIsMeasuredFromItsFolder() throws Exception {
    file("a/one.html", 600);
    file("a/two.jsonl", 600);
    assertEquals(dir.resolve("a").toString(), QuickCompiler.rootOf(dir.resolve("a") + "/*.html"));
    assertEquals(".", QuickCompiler.rootOf("*.html"));
    assertEquals("/", QuickCompiler.rootOf("/*.html"));
    // an upper bound: the other file in the folder counts too
    assertFalse(QuickCompiler.isSmall(dir.resolve("a") + "/*.html", 1_000, 100));
    assertTrue(QuickCompiler.isSmall(dir.resolve("a") + "/*.html", 1_300, 100));
  }

  @Test
  void manyFilesAreNotSmallWhateverTheirBytes() throws Exception {
    for (int i = 0; i < 5; i++) {
      file("a/page" + i + ".html", 10);
    }
    assertTrue(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000, 6));
    assertFalse(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000, 5));
  }

  @Test
  void flinkRunsKeepBothCompilersSooner() throws Exception {
    Path big = dir.resolve("big");
    Files.createDirectories(big);
    try (var f = new java.io.RandomAccessFile(big.resolve("feed.jsonl").toFile(), "rw")) {
      f.setLength(100_000_000); // sparse: between Flink's limit and the DirectRunner's
    }
    assertTrue(QuickCompiler.wanted(new String[] {"--input=" + big}, null));
    assertTrue(QuickCompiler.wanted(new String[] {"--input=" + big, "--runner=DirectRunner"}, null));
    assertFalse(QuickCompiler.wanted(new String[] {"--input=" + big, "--runner=FlinkRunner"}, null));
    assertFalse(QuickCompiler.wanted(new String[] {"--runner=flink", "--input=" + big}, null));
  }

  @Test
  void remoteOrMissingInputsKeepBothCompilers() {
    assertFalse(QuickCompiler.isSmall("gs://bucket/archive/*.warc.gz", Long.MAX_VALUE, 100));
    assertFalse(QuickCompiler.isSmall(dir.resolve("nothing-here").toString(), Long.MAX_VALUE, 100));
  }

  @Test
  void theEnvironmentOverridesTheSize() throws Exception {
    file("a/one.html", 600);
    String[] small = {"--input=" + dir.resolve("a"), "--output=/tmp/x"};
    String[] remote = {"--input=gs://bucket/archive/*.warc.gz"};
    assertTrue(QuickCompiler.wanted(small, null));
    assertTrue(QuickCompiler.wanted(small, "auto"));
    assertFalse(QuickCompiler.wanted(small, "full"));
    assertFalse(QuickCompiler.wanted(remote, null));
    assertTrue(QuickCompiler.wanted(remote, "quick"));
  }

  @Test
  void theLastInputOptionCounts() throws Exception {
    file("a/one.html", 600);
    String[] args = {"--input=gs://bucket/x", "--input=" + dir.resolve("a")};
    assertTrue(QuickCompiler.wanted(args, null));
  }
}
