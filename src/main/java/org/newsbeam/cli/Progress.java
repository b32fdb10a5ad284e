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
import org.newsbeam.watch.Watchdog;

/**
 * Long runs report progress on the console every ten seconds: files and records read so far and
 * the rate, from the pipeline's own counters. Runners that block in {@code run()} until the end
 * (Flink in batch mode) show progress in their own UI instead.
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
    Watchdog watchdog = new Watchdog(stallSeconds,
        () -> Heartbeat.count() + counter(result, "files") + counter(result, "records"), System::nanoTime);
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(EVERY);
      if (state != null && state.isTerminal()) {
        return state;
      }
      long files = counter(result, "files");
      long records = counter(result, "records");
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      out.printf(Locale.ROOT, "progress: %.0f s, %d files and %d records read (%.1f records/s)%n", seconds, files, records,
          seconds > 0 ? records / seconds : 0);
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
