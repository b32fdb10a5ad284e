package org.newsbeam.watch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Files and records read and tables written in this JVM, for the console's progress line. The DirectRunner and an
 * embedded Flink run their workers in the launcher's JVM, so these counts are live, while runner
 * metrics arrive per finished bundle (DirectRunner) or not at all until the job ends (Flink's
 * batch mode). A run on a cluster reads the cluster's metrics instead ({@code FlinkProgress}).
 */
public final class RunCounts {
  private RunCounts() {}

  private static final AtomicLong FILES = new AtomicLong();
  private static final AtomicLong RECORDS = new AtomicLong();
  private static final AtomicLong TABLES = new AtomicLong();

  public static void fileRead() {
    FILES.incrementAndGet();
  }

  public static void recordRead() {
    RECORDS.incrementAndGet();
  }

  public static void tableWritten() {
    TABLES.incrementAndGet();
  }

  /** The counts so far; subtract a run's starting snapshot when one JVM runs several pipelines. */
  public static Snapshot now() {
    return new Snapshot(FILES.get(), RECORDS.get(), TABLES.get());
  }

  public record Snapshot(long files, long records, long tables) {
    public Snapshot since(Snapshot start) {
      return new Snapshot(files - start.files, records - start.records, tables - start.tables);
    }
  }
}
