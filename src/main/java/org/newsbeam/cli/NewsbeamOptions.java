package org.newsbeam.cli;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** The options of a newsbeam run. Beam's own options (runner, parallelism, ...) come on top. */
public interface NewsbeamOptions extends PipelineOptions, org.newsbeam.aggregate.Buckets.Options {
  @Description("Input files: one or more globs or folders, comma-separated; any Beam filesystem path. "
      + "Supported: .html .htm .jsonl .ndjson .json .txt .warc, each optionally .gz")
  @Default.String("sample-data/archive")
  String getInput();

  void setInput(String value);

  @Description("Output folder for the CSV tables, run_summary.json and the _SUCCESS marker")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Study: a name under pipelines/ (or embedded in the jar), or a folder path")
  @Default.String(org.newsbeam.study.StudyLoader.DEFAULT_STUDY)
  String getPipeline();

  void setPipeline(String value);

  @Description("Only articles published on or after this date (YYYY-MM-DD); undated articles are then left out")
  @Default.String("")
  String getSince();

  void setSince(String value);

  @Description("Only articles published on or before this date (YYYY-MM-DD); undated articles are then left out")
  @Default.String("")
  String getUntil();

  void setUntil(String value);

  @Description("Write into an output folder that holds files other than a previous newsbeam run's (they are left alone)")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Neutralise CSV cells a spreadsheet would run as formulas (=, +, -, @); turn off for machine consumers")
  @Default.Boolean(true)
  boolean getSafeCsv();

  void setSafeCsv(boolean value);

  @Description("Fail the run when no stage makes progress for this many seconds (thread dumps go to the log); 0 turns the watchdog off")
  @Default.Integer(900)
  int getStallTimeoutSeconds();

  void setStallTimeoutSeconds(int value);

  @Description("Write report.html, co_mentions.gexf and co_mentions.graphml next to the tables; false for machine consumers")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);
}
