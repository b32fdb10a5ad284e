package org.newsbeam.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.newsbeam.ingest.ReadArchive;
import org.newsbeam.watch.Heartbeat;
import org.newsbeam.watch.RunCounts;
import org.newsbeam.watch.Watchdog;

/**
 * Long runs report progress on the console every ten seconds: files and records read so far and
 * the rate. Runners whose workers share the launcher's JVM (the DirectRunner, an embedded Flink)
 * report the in-process counts of {@link RunCounts}; a Flink cluster reports its job's metrics
 * ({@code FlinkProgress}). Flink's {@code run()} blocks until the job ends, so for an embedded
 * Flink the lines come from a background thread ({@link #whileBlocked}).
 */
final class Progress {
  private Progress() {}

  static final Duration EVERY = Duration.standardSeconds(10);

  /** The run made no progress for the watchdog's limit and was cancelled. */
  static final class Stalled extends RuntimeException {
    Stalled(String message) {
      super(message);
    }
  }

  /**
   * Waits for the run, printing progress; with a stall limit (seconds, 0 for none), a run whose
   * stages stop working for that long is cancelled, with thread dumps on stderr.
   */
  static PipelineResult.State waitReporting(PipelineResult result, long startNanos, PrintStream out, int stallSeconds) {
    return waitReporting(result, startNanos, RunCounts.now(), out, stallSeconds);
  }

  static PipelineResult.State waitReporting(
      PipelineResult result, long startNanos, RunCounts.Snapshot counted, PrintStream out, int stallSeconds) {
    Watchdog watchdog = new Watchdog(stallSeconds,
        () -> Heartbeat.count() + counter(result, "files") + counter(result, "records"), System::nanoTime);
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(EVERY);
      if (state != null && state.isTerminal()) {
        return state;
      }
      out.println(line(startNanos, System.nanoTime(), RunCounts.now().since(counted)));
      long idle = watchdog.check();
      if (idle >= 0) {
        System.err.println("newsbeam: no stage made progress for " + idle + " s; thread dumps follow");
        System.err.print(Watchdog.threadDump());
        try {
          result.cancel();
        } catch (java.io.IOException | RuntimeException e) {
          // the process ends anyway
        }
        throw new Stalled("the run stalled: no stage made progress for " + idle + " s (limit --stallTimeoutSeconds="
            + stallSeconds + "); it was stopped, thread dumps are in the log above; no _SUCCESS written");
      }
    }
  }

  static String line(long startNanos, long nowNanos, RunCounts.Snapshot read) {
    double seconds = (nowNanos - startNanos) / 1e9;
    String line = String.format(Locale.ROOT, "progress: %.0f s, %d files and %d records read (%.1f records/s)", seconds,
        read.files(), read.records(), seconds > 0 ? read.records() / seconds : 0);
    // tables are written last: once one is, the run is in its final stage
    return read.tables() == 0 ? line : line + ", " + read.tables() + (read.tables() == 1 ? " table" : " tables") + " written";
  }

  /**
   * Prints a progress line every ten seconds from a daemon thread until closed: for runners whose
   * {@code run()} blocks while their workers run in this JVM (an embedded Flink).
   */
  static Ticker whileBlocked(long startNanos, PrintStream out) {
    return whileBlocked(startNanos, out, EVERY.getMillis());
  }

  static Ticker whileBlocked(long startNanos, PrintStream out, long every) {
    RunCounts.Snapshot counted = RunCounts.now();
    java.util.concurrent.ScheduledExecutorService timer =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "newsbeam-progress");
          t.setDaemon(true);
          return t;
        });
    timer.scheduleAtFixedRate(() -> out.println(line(startNanos, System.nanoTime(), RunCounts.now().since(counted))),
        every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    return () -> {
      timer.shutdownNow();
      try {
        // no line after the run's own summary
        timer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** A progress printer that stops when closed. */
  interface Ticker extends AutoCloseable {
    @Override
    void close();
  }

  static long counter(PipelineResult result, String name) {
    try {
      MetricQueryResults q = result.metrics().queryMetrics(
          MetricsFilter.builder().addNameFilter(MetricNameFilter.named(ReadArchive.class, name)).build());
      long sum = 0;
      for (MetricResult<Long> c : q.getCounters()) {
        sum += c.getAttempted();
      }
      return sum;
    } catch (RuntimeException e) {
      return 0; // a runner without live metrics: progress shows zeros, the run is unaffected
    }
  }
}
