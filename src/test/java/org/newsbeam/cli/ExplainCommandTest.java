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

  @Test
  void aReportNamesItsPatternAndAHeldBackTriggerNamesTheRule() {
    CheckCommandTest.Captured c = CheckCommandTest.run("explain", "--date=2025-06-02", "--text",
        "Russia launched 40 drones at Sumy on Tuesday. The towns near the border have faced nightly drone attacks since spring."
            + " Officials said the drone attack damaged two houses. A man waved at the passing trucks.");
    assertEquals(0, c.code(), c.err());
    String out = c.out();
    assertTrue(out.matches("(?s).*event\\s+drone_strike, trigger \"launched\", asserted, quantity 40, .*\\(pattern events\\.yaml:\\d+\\).*"), out);
    // a habit is no act: the trigger is shown with the rule, and it is not counted
    assertTrue(out.matches("(?s).*held\\s+drone_strike, trigger \"[a-z ]*attacks\": (a habit|acts in general).*"), out);
    // the article step: "the attack" after a reported attack is that attack again
    assertTrue(out.contains("a reference back to an act the article reported before"), out);
    // every sentence is printed with its text, also one with nothing counted
    assertTrue(out.contains("] A man waved at the passing trucks.\n  (nothing counted)"), out);
    assertEquals(1, out.split("\n  event ", -1).length - 1, out);
  }

  @Test
  void aTriggerThatOnlyLacksAnotherPatternsObjectIsNotListed() {
    String out = CheckCommandTest.run("explain", "--date=2025-06-02", "--text", "Russia fired 30 drones at Odesa overnight.").out();
    // "fired" is a missile strike's trigger too, with no missile in the sentence: not worth a line
    assertTrue(!out.contains("missile_strike"), out);
    String bare = CheckCommandTest.run("explain", "--date=2025-06-02", "--text", "The attack damaged a school.").out();
    assertTrue(bare.matches("(?s).*held\\s+[a-z_ /]+, trigger \"attack\": no object of its pattern near the trigger.*"), bare);
  }
}
