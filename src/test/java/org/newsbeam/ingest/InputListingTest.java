package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
  static final class Collected implements InputListing.Sink {
    final List<String> files = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void file(String path) {
      files.add(path);
    }

    @Override
    public void skipped(String path, String reason) {
      skipped.add(path + " | " + reason);
    }
  }

  static Collected list(String pattern, Set<Path> exclude) throws IOException {
    Collected c = new Collected();
    long n = InputListing.list(pattern, exclude, c);
    assertEquals(c.files.size() + c.skipped.size(), n, "entries reported = files + skipped");
    return c;
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMissingInputFailsAtOnceInsteadOfWalkingTheRoot() {
    InputListing.Missing e = assertThrows(InputListing.Missing.class, () -> list("/does-not-exist-typo", Set.of()));
    assertTrue(e.getMessage().contains("/does-not-exist-typo does not exist"), e.getMessage());
    InputListing.Missing g = assertThrows(InputListing.Missing.class, () -> list("/does-not-exist-typo/**/*.html", Set.of()));
    assertTrue(g.getMessage().contains("folder /does-not-exist-typo does not exist"), g.getMessage());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSymlinkLoopIsListedOnceAndReported(@TempDir Path tmp) throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(a.resolve("story.txt"), "A story about a council.");
    Files.createSymbolicLink(a.resolve("up"), tmp.resolve("a"));
    Files.createSymbolicLink(tmp.resolve("a/self"), tmp.resolve("a"));
    Collected c = list(tmp + "/**", Set.of());
    assertEquals(List.of(tmp + "/a/b/story.txt"), c.files);
    assertEquals(2, c.skipped.size(), c.skipped.toString());
    assertTrue(c.skipped.get(0).contains("already listed"), c.skipped.toString());
  }

  @Test
  void aFolderLinkedFromOutsideIsFollowedAndFilesLinkedTwiceAreReadOnce(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("one.jsonl"), "{}\n");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.createSymbolicLink(in.resolve("feeds"), elsewhere);
    Files.createSymbolicLink(in.resolve("copy1.jsonl"), elsewhere.resolve("one.jsonl"));
    Files.createSymbolicLink(in.resolve("copy2.jsonl"), elsewhere.resolve("one.jsonl"));
    Collected c = list(in + "/**", Set.of());
    assertEquals(List.of(in + "/copy1.jsonl", in + "/feeds/one.jsonl"), c.files);
    assertEquals(1, c.skipped.size());
    assertTrue(c.skipped.get(0).startsWith(in + "/copy2.jsonl | symbolic link to a file already read"), c.skipped.toString());
  }

  @Test
  void danglingLinksFifosAndNewlineNamesEachGetAnEntry(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("line\nbreak.txt"), "A story.");
    Files.createSymbolicLink(tmp.resolve("gone.html"), tmp.resolve("nowhere.html"));
    Process mkfifo = new ProcessBuilder("mkfifo", tmp.resolve("pipe.jsonl").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Collected c = list(tmp + "/**", Set.of());
    assertEquals(List.of(tmp + "/line\nbreak.txt"), c.files);
    assertEquals(2, c.skipped.size(), c.skipped.toString());
    assertTrue(c.skipped.get(0).startsWith(tmp + "/gone.html | dangling symbolic link"), c.skipped.toString());
    assertTrue(c.skipped.get(1).startsWith(tmp + "/pipe.jsonl | not a regular file"), c.skipped.toString());
  }

  @Test
  void globsStayWithinTheirDepthAndTheOutputFolderIsNeverEntered(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("deep/er"));
    Files.writeString(tmp.resolve("top.html"), "<p>x</p>");
    Files.writeString(tmp.resolve("deep/er/low.html"), "<p>x</p>");
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("articles.html"), "<p>ours</p>");
    assertEquals(List.of(tmp + "/top.html"), list(tmp + "/*.html", Set.of()).files);
    assertEquals(List.of(tmp + "/top.html", tmp + "/deep/er/low.html"),
        list(tmp + "/**", Set.of(out.toRealPath())).files);
  }

  @Test
  void globPartsMatchAsBeamDoes(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("x/y"));
    for (String f : List.of("a.html", "b.htm", "c.txt", "x/d.html", "x/y/e.html", "x/y/f\ng.html")) {
      Files.writeString(tmp.resolve(f), "text");
    }
    assertEquals(List.of(tmp + "/a.html", tmp + "/b.htm"), list(tmp + "/*.{html,htm}", Set.of()).files);
    assertEquals(List.of(tmp + "/x/d.html", tmp + "/x/y/e.html", tmp + "/x/y/f\ng.html"),
        list(tmp + "/**/*.html", Set.of()).files);
    assertEquals(List.of(tmp + "/c.txt"), list(tmp + "/[c]?txt", Set.of()).files);
  }

  @Test
  void listingLinesKeepNewlinesTabsAndBackslashesInNames() {
    String name = "/in/a\nb\tc\\d.txt";
    assertEquals(new ListingFile.Entry(name, null), ListingFile.parse(ListingFile.fileLine(name)));
    assertEquals(new ListingFile.Entry(name, "why\nnot"), ListingFile.parse(ListingFile.skippedLine(name, "why\nnot")));
    assertTrue(!ListingFile.fileLine(name).contains("\n"));
  }
}
