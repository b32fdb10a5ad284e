package org.newsbeam.pipeline;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsbeam.ingest.ReadLimits;

/**
 * What one run reads, writes and keeps, already checked.
 *
 * @param inputs file patterns (globs) to read
 * @param output output folder
 * @param since first publication date kept (ISO), or ""
 * @param until last publication date kept (ISO), or ""
 * @param safeCsv neutralise formula-like cells
 * @param limits caps on file and record sizes
 * @param options the run's options as written to run_summary.json
 */
public record RunConfig(
    List<String> inputs,
    String output,
    String since,
    String until,
    boolean safeCsv,
    ReadLimits limits,
    Map<String, String> options)
    implements Serializable {
  public RunConfig {
    inputs = List.copyOf(inputs);
    options = Map.copyOf(options);
  }

  public boolean hasDateRange() {
    return !since.isEmpty() || !until.isEmpty();
  }

  /** Whether a publication date (ISO, maybe "") lies in the range. */
  public boolean inRange(String published) {
    if (!hasDateRange()) {
      return true;
    }
    if (published.isEmpty()) {
      return false;
    }
    return (since.isEmpty() || published.compareTo(since) >= 0) && (until.isEmpty() || published.compareTo(until) <= 0);
  }
}
