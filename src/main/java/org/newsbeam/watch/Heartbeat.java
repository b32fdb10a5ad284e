package org.newsbeam.watch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Work done in this JVM: stages bump it as they process elements, and the launcher's watchdog reads
 * it. On the DirectRunner the workers share the launcher's JVM, so a run whose count stops moving
 * has stopped making progress. Runner metrics are no substitute there: the DirectRunner publishes
 * them only when a bundle ends, and one bundle may take minutes.
 */
public final class Heartbeat {
  private Heartbeat() {}

  private static final AtomicLong BEATS = new AtomicLong();

  public static void beat() {
    BEATS.incrementAndGet();
  }

  public static long count() {
    return BEATS.get();
  }
}
