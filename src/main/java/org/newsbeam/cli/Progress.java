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

/**
 * Long runs report progress on the console every ten seconds: files and records read so far and
 * the rate, from the pipeline's own counters. Runners that block in {@code run()} until the end
 * (Flink in batch mode) show progress in their own UI instead.
 */
final class Progress {
  private Progress() {}

  static final Duration EVERY = Duration.standardSeconds(10);

  static PipelineResult.State waitReporting(PipelineResult result, long startNanos, PrintStream out) {
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
