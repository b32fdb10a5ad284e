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
    assertTrue(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_200));
    assertFalse(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000));
  }

  @Test
  void allPatternsOfAnInputCountTogether() throws Exception {
    file("a/one.html", 600);
    file("b/two.html", 600);
    String both = dir.resolve("a") + "," + dir.resolve("b");
    assertTrue(QuickCompiler.isSmall(dir.resolve("a").toString(), 1_000));
    assertFalse(QuickCompiler.isSmall(both, 1_000));
  }

  @Test
  void aGlobIsMeasuredFromItsFolder() throws Exception {
    file("a/one.html", 600);
    file("a/two.jsonl", 600);
    assertEquals(dir.resolve("a").toString(), QuickCompiler.rootOf(dir.resolve("a") + "/*.html"));
    assertEquals(".", QuickCompiler.rootOf("*.html"));
    assertEquals("/", QuickCompiler.rootOf("/*.html"));
    // an upper bound: the other file in the folder counts too
    assertFalse(QuickCompiler.isSmall(dir.resolve("a") + "/*.html", 1_000));
    assertTrue(QuickCompiler.isSmall(dir.resolve("a") + "/*.html", 1_300));
  }

  @Test
  void remoteOrMissingInputsKeepBothCompilers() {
    assertFalse(QuickCompiler.isSmall("gs://bucket/archive/*.warc.gz", Long.MAX_VALUE));
    assertFalse(QuickCompiler.isSmall(dir.resolve("nothing-here").toString(), Long.MAX_VALUE));
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
