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
 * @param listing the launcher's listing of the input files ({@code ingest.ListingFile}), read
 *     instead of matching {@code inputs}; "" to match them
 * @param provenance what made the run (newsbeam's version, the study's path and hash, the
 *     runner and its settings), written to run_summary.json with the input globs
 */
public record RunConfig(
    List<String> inputs,
    String output,
    String since,
    String until,
    boolean safeCsv,
    ReadLimits limits,
    Map<String, String> options,
    String listing,
    Map<String, String> provenance)
    implements Serializable {
  public RunConfig {
    inputs = List.copyOf(inputs);
    options = Map.copyOf(options);
    provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
  }

  public RunConfig(List<String> inputs, String output, String since, String until, boolean safeCsv, ReadLimits limits,
      Map<String, String> options) {
    this(inputs, output, since, until, safeCsv, limits, options, "", Map.of());
  }

  public RunConfig(List<String> inputs, String output, String since, String until, boolean safeCsv, ReadLimits limits,
      Map<String, String> options, String listing) {
    this(inputs, output, since, until, safeCsv, limits, options, listing, Map.of());
  }

  /** The same run with what made it. */
  public RunConfig withProvenance(Map<String, String> p) {
    return new RunConfig(inputs, output, since, until, safeCsv, limits, options, listing, p);
  }

  /** The same run writing into a staging folder and reading a listing. */
  public RunConfig staged(String stagingDir, String listingFile) {
    return new RunConfig(inputs, stagingDir, since, until, safeCsv, limits, options, listingFile, provenance);
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
