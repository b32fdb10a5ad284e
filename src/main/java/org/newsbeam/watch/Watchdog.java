package org.newsbeam.watch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.function.LongSupplier;

/**
 * Decides when a run has stalled: the progress count has not moved for the time limit. Plain Java
 * with an injected clock, so the rule is tested without waiting.
 */
public final class Watchdog {
  private final long limitNanos;
  private final LongSupplier progress;
  private final LongSupplier clock;
  private long lastProgress;
  private long lastChange;

  /**
   * @param limitSeconds no progress for this long is a stall; 0 never stalls
   * @param progress a count that grows while any stage works
   * @param clock nanoseconds, e.g. {@code System::nanoTime}
   */
  public Watchdog(long limitSeconds, LongSupplier progress, LongSupplier clock) {
    this.limitNanos = limitSeconds * 1_000_000_000L;
    this.progress = progress;
    this.clock = clock;
    this.lastProgress = progress.getAsLong();
    this.lastChange = clock.getAsLong();
  }

  /** Seconds without progress when that exceeds the limit, else -1. */
  public long check() {
    long now = clock.getAsLong();
    long p = progress.getAsLong();
    if (p != lastProgress) {
      lastProgress = p;
      lastChange = now;
      return -1;
    }
    if (limitNanos > 0 && now - lastChange > limitNanos) {
      return (now - lastChange) / 1_000_000_000L;
    }
    return -1;
  }

  /** Stack traces of every live thread, for the log of a stalled run. */
  public static String threadDump() {
    StringBuilder sb = new StringBuilder();
    for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      sb.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState()).append('\n');
      for (StackTraceElement e : t.getStackTrace()) {
        sb.append("    at ").append(e).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
