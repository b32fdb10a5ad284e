package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path tmp;

  @Test
  void aSentenceShowsItsActorsWithTheWordsThatNamedThemAndItsEvents() {
    CheckCommandTest.Captured c = CheckCommandTest.run("explain", "--date=2025-06-02",
        "--text", "Russia launched 96 drones at Kharkiv overnight, the regional governor said.");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("article dated 2025-06-02"), c.out());
    assertTrue(c.out().matches("(?s).*actor\\s+Russia\\s+from \"Russia\".*"), c.out());
    assertTrue(c.out().matches("(?s).*event\\s+drone_strike, trigger \"launched\", asserted, quantity 96.*"), c.out());
  }

  @Test
  void theDateDecidesWhoARoleIs() {
    String before = CheckCommandTest.run("explain", "--date=2024-06-01", "--text", "The US president spoke by phone with the Ukrainian leader.").out();
    String after = CheckCommandTest.run("explain", "--date=2025-06-01", "--text", "The US president spoke by phone with the Ukrainian leader.").out();
    assertTrue(before.contains("Joe Biden") && after.contains("Donald Trump"), before + "\n" + after);
  }

  @Test
  void aFileIsReadAndBadArgumentsExitTwo() throws Exception {
    Path f = tmp.resolve("note.txt");
    Files.writeString(f, "Ukraine and Russia exchanged 150 prisoners each on Friday.\n");
    CheckCommandTest.Captured c = CheckCommandTest.run("explain", "--file", f.toString(), "--date=2025-05-30");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("prisoner_exchange"), c.out());
    assertEquals(2, CheckCommandTest.run("explain").code());
    assertEquals(2, CheckCommandTest.run("explain", "--text", "x", "--date=yesterday").code());
  }
}
