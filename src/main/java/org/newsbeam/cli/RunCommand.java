package org.newsbeam.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsbeam.ingest.ReadLimits;
import org.newsbeam.output.RunFolder;
import org.newsbeam.output.CsvReader;
import org.newsbeam.output.OutputFiles;
import org.newsbeam.output.RunSummary;
import org.newsbeam.output.Table;
import org.newsbeam.pipeline.NewsbeamPipeline;
import org.newsbeam.pipeline.RunConfig;
import org.newsbeam.report.RunReport;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.study.StudyOrigin;
import org.newsbeam.output.NewsbeamVersion;

/** The default command: checks options, runs the pipeline, then finishes the output folder. */
public final class RunCommand {
  private RunCommand() {}

  public static final String SUCCESS = RunFolder.SUCCESS;

  public static int run(String[] args) {
    for (String a : args) {
      if (a.startsWith("--help=")) {
        return Help.printInterface(a.substring("--help=".length()), System.out);
      }
      if (a.equals("--help") || a.equals("-h")) {
        printHelp(System.out);
        return 0;
      }
    }
    // first: the compilers' choice matters from the run's first second on
    QuickCompiler.applyFor(args);
    // the study loads on a second thread while Beam's options start up on this one
    StudyAhead ahead = StudyAhead.start(args, StudyLoader.DEFAULT_STUDY);
    // every check before anything touches the output folder
    OptionChecks.noDuplicates(args);
    PipelineOptionsFactory.register(NewsbeamOptions.class);
    NewsbeamOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsbeamOptions.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    OptionChecks.numbers(options, args);
    FileSystems.setDefaultPipelineOptions(options);
    try {
      FlinkJobSettings.apply(options, mentions(args, "useDataStreamForBatch"));
    } catch (IOException e) {
      System.err.println("newsbeam: could not write the Flink job settings: " + e.getMessage());
      return 1;
    }
    Prepared prepared = prepare(options, ahead);
    String output = prepared.config.output();
    if (output.contains("://")) {
      // object stores: no lock or atomic move there; the run writes in place, _SUCCESS last
      return runPipeline(options, args, prepared, output, output);
    }
    try (RunFolder folder = openFolder(output, options.getOverwrite())) {
      String staging = folder.staging().toString();
      String listing = Inputs.writeListing(prepared.config.inputs(), output, folder.staging());
      RunConfig config = prepared.config.staged(staging, listing);
      int code = runPipeline(options, args, new Prepared(prepared.study, config), staging, output);
      if (code != 0) {
        return code; // the staging folder goes with close(); the previous run stays as it was
      }
      try {
        folder.publish();
      } catch (IOException e) {
        System.err.println("newsbeam: could not publish the run into " + output + ": " + e.getMessage());
        return 1;
      }
      printPaths(output, System.out);
      return 0;
    }
  }

  /**
   * Runs the pipeline into {@code runDir} and finishes it there (summary with timings, then
   * _SUCCESS). Files written into {@code runDir} before _SUCCESS are published with the run.
   */
  private static int runPipeline(NewsbeamOptions options, String[] args, Prepared prepared, String runDir, String output) {
    options.setJobName(jobName(prepared.study.name()));
    Map<String, String> provenance = new LinkedHashMap<>(prepared.config.provenance());
    provenance.put("job_name", options.getJobName());
    prepared = new Prepared(prepared.study, prepared.config.withProvenance(provenance));
    if (options.getRunner().getSimpleName().equals("FlinkRunner")) {
      System.out.println("newsbeam: " + FlinkJobSettings.describe(options) + "; job " + options.getJobName());
    }
    long start = System.nanoTime();
    Pipeline p = Pipeline.create(options);
    NewsbeamPipeline.build(p, prepared.study, prepared.config);
    PipelineResult result;
    PipelineResult.State state;
    String jobId = null;
    try {
      if (options.getRunner().getSimpleName().equals("DirectRunner")) {
        org.apache.beam.runners.direct.DirectOptions direct = options.as(org.apache.beam.runners.direct.DirectOptions.class);
        // return at once so the launcher can report progress while the run goes on
        direct.setBlockOnRun(false);
        // the DirectRunner's element checks encode every element twice more; the test suite runs
        // with them on, production runs need not pay for them unless asked
        if (!mentions(args, "enforceImmutability")) {
          direct.setEnforceImmutability(false);
        }
        if (!mentions(args, "enforceEncodability")) {
          direct.setEnforceEncodability(false);
        }
      }
      String cluster = FlinkJobSettings.clusterMaster(options);
      // Flink's run() returns when the job has ended: its progress comes from the cluster.
      boolean embeddedFlink = cluster == null && options.getRunner().getSimpleName().equals("FlinkRunner");
      try (FlinkProgress onCluster = cluster == null ? null
          : FlinkProgress.start(cluster, options.getJobName(), System.out, start);
          Progress.Ticker inProcess = embeddedFlink ? Progress.whileBlocked(start, System.out) : null) {
        result = p.run();
        jobId = onCluster == null ? null : onCluster.jobId();
      }
      state = Progress.waitReporting(result, start, System.out, options.getStallTimeoutSeconds());
    } catch (Progress.Stalled e) {
      System.err.println("newsbeam: " + e.getMessage());
      System.err.println(ConsoleLog.where());
      return 1;
    } catch (RuntimeException e) {
      System.err.println("newsbeam: the run failed: " + rootMessage(e));
      System.err.println(ConsoleLog.where());
      return 1;
    }
    if (state != PipelineResult.State.DONE) {
      System.err.println("newsbeam: the run ended in state " + state + "; no _SUCCESS written");
      System.err.println(ConsoleLog.where());
      return 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      finish(runDir, seconds, options.getReport(), System.out, jobId);
    } catch (IOException e) {
      System.err.println("newsbeam: could not finish the output folder: " + e.getMessage());
      return 1;
    }
    if (runDir.equals(output)) {
      printPaths(output, System.out);
    }
    return 0;
  }

  record Prepared(Study study, RunConfig config) {}

  private static RunFolder openFolder(String output, boolean overwrite) {
    try {
      return RunFolder.open(Paths.get(output), overwrite);
    } catch (RunFolder.Refused e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** newsbeam-STUDY-yyyyMMdd-HHmmss (UTC): what a cluster's job list shows for the run. */
  static String jobName(String study) {
    String safe = study.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "newsbeam-" + (safe.isEmpty() ? "study" : safe) + "-"
        + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now());
  }

  private static boolean mentions(String[] args, String option) {
    for (String a : args) {
      if (a.startsWith("--" + option)) {
        return true;
      }
    }
    return false;
  }

  /** Every check that can fail before the pipeline starts; touches no file. */
  static Prepared prepare(NewsbeamOptions options) {
    return prepare(options, null);
  }

  static Prepared prepare(NewsbeamOptions options, StudyAhead ahead) {
    String output = absolute(options.getOutput());
    List<String> patterns = Inputs.patterns(options.getInput(), output);
    String since = checkDate("--since", options.getSince());
    String until = checkDate("--until", options.getUntil());
    if (!since.isEmpty() && !until.isEmpty() && since.compareTo(until) > 0) {
      throw new UsageException("--since=" + since + " is after --until=" + until);
    }
    StudyAhead.Loaded loaded = StudyAhead.get(ahead, options.getPipeline());
    StudyOrigin origin = loaded.origin();
    Study study = loaded.study();
    if (!output.contains("://")) {
      Path dir = Paths.get(output);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new UsageException("--output " + output + " is a file, not a folder");
      }
    }
    Map<String, String> recorded = new LinkedHashMap<>();
    recorded.put("input", String.join(",", patterns));
    recorded.put("output", output);
    recorded.put("pipeline", study.name());
    recorded.put("since", since);
    recorded.put("until", until);
    recorded.put("runner", options.getRunner().getSimpleName());
    recorded.put("safe_csv", Boolean.toString(options.getSafeCsv()));
    RunConfig config =
        new RunConfig(patterns, output, since, until, options.getSafeCsv(), ReadLimits.defaults(), recorded);
    String sha256 = loaded.sha256();
    List<Path> notUsed = StudyChoice.foldersNotUsed(origin, StudyChoice.codeLocation());
    System.out.println(StudyChoice.describe(study.name(), origin, sha256, notUsed));
    return new Prepared(study, config.withProvenance(provenance(options, study.name(), origin, sha256, notUsed)));
  }

  /** What made the run, for run_summary.json (the input globs are added from the run's inputs). */
  static Map<String, String> provenance(NewsbeamOptions options, String studyName, StudyOrigin origin, String sha256,
      List<Path> notUsed) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("newsbeam_version", NewsbeamVersion.get());
    p.put("study", studyName);
    p.put("study_path", origin.path());
    p.put("study_sha256", sha256);
    if (!notUsed.isEmpty()) {
      p.put("study_folder_not_used", notUsed.get(0).toString());
    }
    String runner = options.getRunner().getSimpleName();
    p.put("runner", runner);
    if (runner.equals("FlinkRunner")) {
      org.apache.beam.runners.flink.FlinkPipelineOptions flink =
          options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class);
      p.put("flink_master", String.valueOf(flink.getFlinkMaster()));
      p.put("parallelism", Integer.toString(flink.getParallelism()));
    } else if (runner.equals("DirectRunner")) {
      p.put("target_parallelism",
          Integer.toString(options.as(org.apache.beam.runners.direct.DirectOptions.class).getTargetParallelism()));
    }
    p.put("job_name", String.valueOf(options.getJobName()));
    return p;
  }

  /** Local relative paths become absolute: workers of a cluster do not share our directory. */
  static String absolute(String path) {
    if (path.contains("://")) {
      return path;
    }
    return Paths.get(path).toAbsolutePath().normalize().toString() + (path.endsWith("/") ? "/" : "");
  }

  static String checkDate(String option, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    try {
      return LocalDate.parse(value.trim()).toString();
    } catch (DateTimeParseException e) {
      throw new UsageException(option + "=" + value + " is not a date (YYYY-MM-DD)");
    }
  }

  /** After a successful run: timings into run_summary.json, a console summary, _SUCCESS last. */
  static void finish(String output, double seconds, boolean report, PrintStream out) throws IOException {
    finish(output, seconds, report, out, null);
  }

  /** @param jobId the cluster's id of the job, where the launcher learnt it (null otherwise) */
  static void finish(String output, double seconds, boolean report, PrintStream out, String jobId) throws IOException {
    ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = (ObjectNode) om.readTree(OutputFiles.read(output, RunSummary.FILE));
    if (jobId != null && root.get("provenance") instanceof ObjectNode p) {
      p.put("job_id", jobId);
    }
    ObjectNode counters = (ObjectNode) root.get("counters");
    ObjectNode run = root.putObject("run");
    run.put("wall_seconds", Math.round(seconds * 100) / 100.0);
    long articles = counters.path("articles").asLong();
    run.put("articles_per_second", seconds > 0 ? Math.round(articles / seconds * 10) / 10.0 : 0);
    run.put("launcher_peak_heap_mb", peakHeapMb());
    String json = om.writeValueAsString(root);
    OutputFiles.writeAtomically(output, RunSummary.FILE, List.of(json));
    printSummary(output, root, out);
    if (report) { // the tables are complete: the report reads them
      RunReport.write(output);
    }
    // last: a folder with _SUCCESS is a finished run (publishing moves it in last too)
    OutputFiles.writeAtomically(output, SUCCESS, List.of(json));
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  static void printSummary(String dir, ObjectNode root, PrintStream out) throws IOException {
    var c = root.get("counters");
    out.printf("newsbeam: %d files, %d records: %d articles (%d snapshots folded, %d copies), %d skipped, %d rejected%n",
        c.path("files").asLong(), c.path("records").asLong(), c.path("articles").asLong(),
        c.path("snapshots_folded").asLong(), c.path("duplicates").asLong(), c.path("skipped").asLong(),
        c.path("rejected").asLong());
    if (c.path("undated").asLong() > 0) {
      out.printf("  %d articles have no date (kept, empty date)%n", c.path("undated").asLong());
    }
    List<List<String>> actors = CsvReader.parse(OutputFiles.read(dir, Table.ACTORS.fileName()));
    StringBuilder top = new StringBuilder();
    for (int i = 1; i < Math.min(actors.size(), 6); i++) {
      top.append(i > 1 ? ", " : "").append(actors.get(i).get(0)).append(" (").append(actors.get(i).get(3)).append(')');
    }
    out.println("  top actors: " + top);
    Map<String, Long> byType = new TreeMap<>();
    List<List<String>> counts = CsvReader.parse(OutputFiles.read(dir, Table.EVENT_COUNTS.fileName()));
    int typeColumn = counts.get(0).indexOf("event_type");
    int reportsColumn = counts.get(0).indexOf("reports");
    for (int i = 1; i < counts.size(); i++) {
      byType.merge(counts.get(i).get(typeColumn), Long.parseLong(counts.get(i).get(reportsColumn)), Long::sum);
    }
    StringBuilder ev = new StringBuilder();
    byType.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(5)
        .forEach(e -> ev.append(ev.length() > 0 ? ", " : "").append(e.getKey()).append(" (").append(e.getValue()).append(')'));
    out.println("  top events (reports): " + ev);
    out.printf("  wall time %.1f s%n", root.path("run").path("wall_seconds").asDouble());
  }

  static void printPaths(String dir, PrintStream out) {
    out.println("  outputs in " + dir + ":");
    for (Table t : Table.values()) {
      out.println("    " + OutputFiles.file(dir, t.fileName()));
    }
    out.println("    " + OutputFiles.file(dir, RunSummary.FILE));
    for (String f : RunReport.FILES) {
      if (dir.contains("://") || Files.exists(Paths.get(dir, f))) {
        out.println("    " + OutputFiles.file(dir, f));
      }
    }
    if (ConsoleLog.file() != null) {
      out.println(ConsoleLog.where());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  static void printHelp(PrintStream out) {
    Help.printRun(out);
  }

  static String readString(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
