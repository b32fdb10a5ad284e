package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  @Test
  void theDefaultStudyIsValidAndListsItsParts() {
    Captured c = run("check");
    assertEquals(0, c.code, c.err);
    assertTrue(c.out.startsWith("study ukraine-war: valid"), c.out);
    assertTrue(c.out.matches("(?s).*actors: \\d+ \\(.*person.*\\).*"), c.out);
    assertTrue(c.out.contains("air_defence_interception"), c.out);
    // weapons with what they are a kind of, and where casualties are read
    assertTrue(c.out.matches("(?s).*weapons: \\d+, .*\\n    Shahed drones +a kind of drones; for drone_strike.*"), c.out);
    assertTrue(c.out.matches("(?s).*casualties read for: [a-z_, ]*missile_strike.*"), c.out);
  }

  @Test
  void aBrokenStudyFailsWithFileAndLineAndExitTwo() throws Exception {
    Path study = tmp.resolve("broken");
    Files.createDirectories(study);
    Files.writeString(study.resolve("actors.yaml"), "actors:\n  - name: Somebody\n    type: wizard\n");
    Files.writeString(study.resolve("events.yaml"), "event_types: []\n");
    Captured c = run("check", "--pipeline=" + study);
    assertEquals(2, c.code, c.out);
    assertTrue(c.err.contains("actors.yaml:3: unknown actor type 'wizard'"), c.err);
  }

  record Captured(int code, String out, String err) {}

  static Captured run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
