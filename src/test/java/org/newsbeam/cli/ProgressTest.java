package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsbeam.watch.RunCounts;

class ProgressTest {
  @Test
  void lineGivesElapsedTimeCountsAndRate() {
    String line = Progress.line(0, 20_000_000_000L, new RunCounts.Snapshot(3, 500, 0));
    assertEquals("progress: 20 s, 3 files and 500 records read (25.0 records/s)", line);
    assertEquals("progress: 30 s, 3 files and 500 records read (16.7 records/s), 4 tables written",
        Progress.line(0, 30_000_000_000L, new RunCounts.Snapshot(3, 500, 4)));
  }

  @Test
  void countsOfARunStartAtItsOwnSnapshot() {
    RunCounts.Snapshot start = RunCounts.now();
    RunCounts.fileRead();
    RunCounts.recordRead();
    RunCounts.recordRead();
    RunCounts.Snapshot read = RunCounts.now().since(start);
    assertEquals(1, read.files());
    assertEquals(2, read.records());
  }

  @Test
  void tickerPrintsWhileTheRunBlocksAndNothingAfterItIsClosed() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Progress.Ticker ticker = Progress.whileBlocked(System.nanoTime(), out, 20);
    RunCounts.recordRead();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!buffer.toString(StandardCharsets.UTF_8).contains("records read") && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    ticker.close();
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("progress: "), printed);
    int linesAtClose = printed.split("\n").length;
    Thread.sleep(100);
    assertEquals(linesAtClose, buffer.toString(StandardCharsets.UTF_8).split("\n").length);
  }
}
