package org.newsbeam.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The jar's help: each command's usage, and the run's options grouped by what a user wants to do,
 * newsbeam's first and Beam's runner options after, with the defaults that apply.
 */
final class Help {
  private Help() {}

  record Option(String name, String value, String text) {}

  record Group(String title, List<Option> options) {}

  /** The run's options; HelpTest checks that every option of NewsbeamOptions is here. */
  static final List<Group> RUN_GROUPS = List.of(
      new Group("What to read and where to write", List.of(
          new Option("input", "GLOB[,GLOB...]", "files or folders to read, comma-separated; any Beam filesystem path (default sample-data/archive)"),
          new Option("output", "DIR", "folder for the tables, run_summary.json and _SUCCESS (default output)"),
          new Option("overwrite", "true|false", "write into a folder that holds files other than a previous run's; they are left alone (default false)"),
          new Option("safeCsv", "true|false", "neutralise cells a spreadsheet would run as formulas (default true; false for machine consumers)"),
          new Option("report", "true|false", "write report.html, co_mentions.gexf and co_mentions.graphml with the tables (default true)"))),
      new Group("What to look for", List.of(
          new Option("pipeline", "NAME|DIR", "the study: a name under pipelines/ or built into the jar, or a folder (default ukraine-war)"),
          new Option("since", "YYYY-MM-DD", "keep articles published on or after this day; undated articles are then left out"),
          new Option("until", "YYYY-MM-DD", "keep articles published on or before this day"))),
      new Group("Where to run: on this machine (default)", List.of(
          new Option("runner", "DirectRunner|FlinkRunner", "the Beam runner (default DirectRunner)"),
          new Option("targetParallelism", "N", "DirectRunner threads (default: the machine's cores)"),
          new Option("keyBuckets", "N", "buckets keys are gathered into after each shuffle; 0 = 16 on the DirectRunner (4 for the tallies after folding), 256 elsewhere"),
          new Option("stallTimeoutSeconds", "N", "fail a run in which no stage makes progress for N seconds, thread dumps in the log; 0 = off (default 900)"))),
      new Group("Where to run: Flink (--runner=FlinkRunner)", List.of(
          new Option("flinkMaster", "HOST:PORT|[local]|[auto]", "a cluster's REST address; [local] or none: an embedded Flink in this process; [auto]: the cluster of `flink run`"),
          new Option("parallelism", "N", "parallel instances of each step (default: the cluster's parallelism.default)"),
          new Option("flinkConfDir", "DIR", "a Flink configuration folder for job settings; newsbeam adds hybrid shuffles unless it sets execution.batch-shuffle-mode"),
          new Option("useDataStreamForBatch", "true|false", "Beam's DataStream translation; default true on a cluster (it fits Flink's stock network memory), false embedded"))),
      new Group("Console", List.of(
          new Option("verbose", "", "show Beam's and Flink's logs on the console instead of a log file"),
          new Option("help", "", "this help; --help=<OptionsInterface> lists one of Beam's option interfaces in full"))));

  static void printRun(PrintStream out) {
    out.println("newsbeam: actors, co-mentions and events from archives of scraped news.");
    out.println();
    out.println("Usage:");
    out.println("  java -jar newsbeam.jar [run] [OPTIONS]          the pipeline (the default command)");
    out.println("  java -jar newsbeam.jar check --help             validate a study and list what it defines");
    out.println("  java -jar newsbeam.jar explain --help           what a run would count in one sentence or article");
    out.println("  java -jar newsbeam.jar extract --help           main text of HTML pages, for extraction benchmarks");
    out.println("  java -jar newsbeam.jar evaluate --help          a finished run against a hand-made gold file");
    out.println("  java -jar newsbeam.jar generate --help          an archive of any size with its exact gold");
    out.println("  java -jar newsbeam.jar report --help            report.html and the network files for a finished run");
    for (Group g : RUN_GROUPS) {
      out.println();
      out.println(g.title() + ":");
      for (Option o : g.options()) {
        String flag = "--" + o.name() + (o.value().isEmpty() ? "" : "=" + o.value());
        out.printf("  %-34s %s%n", flag, o.text());
      }
    }
    out.println();
    out.println("Examples:");
    out.println("  java -jar newsbeam.jar --input='/data/scrapes/**/*.html' --output=/data/out");
    out.println("  java -jar newsbeam.jar --runner=FlinkRunner --flinkMaster=flink-host:8081 --parallelism=4 --input=... --output=...");
  }

  /** --help=NAME: one of Beam's registered option interfaces, by full or simple name. */
  static int printInterface(String name, PrintStream out) {
    org.apache.beam.sdk.options.PipelineOptionsFactory.register(NewsbeamOptions.class);
    for (Class<? extends org.apache.beam.sdk.options.PipelineOptions> c :
        withSuperInterfaces(org.apache.beam.sdk.options.PipelineOptionsFactory.getRegisteredOptions())) {
      if (c.getName().equals(name) || c.getSimpleName().equals(name)) {
        org.apache.beam.sdk.options.PipelineOptionsFactory.printHelp(out, c);
        return 0;
      }
    }
    throw new UsageException("--help=" + name + ": no such options interface (e.g. FlinkPipelineOptions, DirectOptions)");
  }

  /**
   * The registered options interfaces and every options interface they extend: the jar registers
   * Beam's interfaces as one ({@link JarOptions}), and each of them is still asked for by name.
   */
  static java.util.Set<Class<? extends org.apache.beam.sdk.options.PipelineOptions>> withSuperInterfaces(
      java.util.Collection<? extends Class<?>> registered) {
    java.util.Set<Class<? extends org.apache.beam.sdk.options.PipelineOptions>> known = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(registered);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (org.apache.beam.sdk.options.PipelineOptions.class.isAssignableFrom(c)
          && known.add(c.asSubclass(org.apache.beam.sdk.options.PipelineOptions.class))) {
        todo.addAll(java.util.Arrays.asList(c.getInterfaces()));
      }
    }
    return known;
  }

  static final String CHECK =
      "usage: java -jar newsbeam.jar check [--pipeline=NAME_OR_DIR]\n"
          + "  Loads a study as a run would (errors name file and line; exit 2) and lists its actors,\n"
          + "  roles, places and event patterns, without starting a runner.";
  static final String EXPLAIN =
      "usage: java -jar newsbeam.jar explain (--text \"SENTENCES\" | --file PATH) [--date=YYYY-MM-DD] [--pipeline=NAME_OR_DIR]\n"
          + "  Analyses the text with the run's own rules, no runner, and prints each sentence's actors (and\n"
          + "  the words that named them), places and event reports; --date is the article's day (default today).";
  static final String EXTRACT =
      "usage: java -jar newsbeam.jar extract --input=GLOB --output=FILE.json [--explain]\n"
          + "  Writes {\"<file name>\": {\"url\": ..., \"articleBody\": ..., \"method\": ..., \"pageType\": ...}}\n"
          + "  for every .html/.htm(.gz) page, with exactly the pipeline's main-content extraction (for\n"
          + "  extraction benchmarks); --explain adds the container chosen and each dropped block with why.";
  static final String EVALUATE =
      "usage: java -jar newsbeam.jar evaluate --run=OUTPUT_DIR --gold=GOLD.yaml [--details]\n"
          + "  Precision and recall of a finished run's actors, co-mention pairs and event mentions\n"
          + "  against a hand-made gold file; --details lists every miss and false row.";
  static final String GENERATE =
      "usage: java -jar newsbeam.jar generate --articles=N --seed=S --output=DIR [--pipeline=NAME_OR_DIR]\n"
          + "  Writes DIR/archive/** (HTML, JSON lines, WARC), DIR/gold.yaml and DIR/gold_counts.json.";

  static final String REPORT =
      "usage: java -jar newsbeam.jar report --run=OUTPUT_DIR\n"
          + "  Writes report.html, co_mentions.gexf and co_mentions.graphml into a finished run's folder.";

  /** The usage of a command other than run, or null for an unknown one. */
  static String of(String command) {
    switch (command) {
      case "check":
        return CHECK;
      case "explain":
        return EXPLAIN;
      case "extract":
        return EXTRACT;
      case "evaluate":
        return EVALUATE;
      case "generate":
        return GENERATE;
      case "report":
        return REPORT;
      default:
        return null;
    }
  }
}
