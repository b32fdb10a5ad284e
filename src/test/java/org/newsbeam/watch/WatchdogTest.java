package org.newsbeam.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WatchdogTest {
  static final long SECOND = 1_000_000_000L;

  @Test
  void noProgressForTheLimitIsAStallAndAnyProgressResetsIt() {
    AtomicLong clock = new AtomicLong();
    AtomicLong work = new AtomicLong();
    Watchdog w = new Watchdog(60, work::get, clock::get);
    clock.set(59 * SECOND);
    assertEquals(-1, w.check());
    work.incrementAndGet();
    clock.set(100 * SECOND);
    assertEquals(-1, w.check(), "progress since the last look");
    clock.set(159 * SECOND);
    assertEquals(-1, w.check());
    clock.set(161 * SECOND);
    assertEquals(61, w.check(), "61 s without progress");
  }

  @Test
  void aLimitOfZeroNeverStalls() {
    AtomicLong clock = new AtomicLong();
    Watchdog w = new Watchdog(0, () -> 7, clock::get);
    clock.set(100_000 * SECOND);
    assertEquals(-1, w.check());
  }

  @Test
  void theThreadDumpShowsEveryThreadWithItsStack() {
    String dump = Watchdog.threadDump();
    assertTrue(dump.contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE"), dump);
    assertTrue(dump.contains("org.newsbeam.watch.Watchdog.threadDump("), dump);
  }
}
