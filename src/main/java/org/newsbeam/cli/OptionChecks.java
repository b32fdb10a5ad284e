package org.newsbeam.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * Checks on the command line and the parsed options that must pass before anything touches the
 * output folder. Numbers are checked for every runner the jar carries, whichever runner is chosen,
 * so a typo fails the same way on a laptop and on a cluster.
 */
final class OptionChecks {
  private OptionChecks() {}

  /** Options Beam itself takes more than once (lists). */
  private static final Set<String> REPEATABLE = Set.of("experiments");

  /** A duplicated option is an error that names it: which of the two values was meant is unknowable. */
  static void noDuplicates(String[] args) {
    Map<String, String> seen = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
      if (name.isEmpty() || REPEATABLE.contains(name)) {
        continue;
      }
      String before = seen.putIfAbsent(name, a);
      if (before != null) {
        throw new UsageException("--" + name + " is given twice (" + before + " and " + a + "); give it once");
      }
    }
  }

  /** Numbers every runner would take wrongly or only fail on late, with an unhelpful message. */
  static void numbers(NewsbeamOptions options, String[] args) {
    int target = options.as(DirectOptions.class).getTargetParallelism();
    if (target < 1) {
      throw new UsageException("--targetParallelism=" + target + " must be at least 1");
    }
    // Flink's options are read only where a Flink number can differ from its valid default: each
    // new options view costs Beam a check of all the views' methods (a tenth of a second or more
    // at start-up for Flink's hundred), which a DirectRunner run need not pay
    if (options.getRunner().getSimpleName().equals("FlinkRunner") || mentions(args, "parallelism")
        || mentions(args, "maxParallelism")) {
      FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
      autoOrPositive("parallelism", flink.getParallelism());
      autoOrPositive("maxParallelism", flink.getMaxParallelism());
    }
    int buckets = options.getKeyBuckets();
    if (buckets < 0) {
      throw new UsageException("--keyBuckets=" + buckets + " must be 0 (automatic) or more");
    }
    NewsbeamOptions own = options;
    if (own.getStallTimeoutSeconds() < 0) {
      throw new UsageException("--stallTimeoutSeconds=" + own.getStallTimeoutSeconds() + " must be 0 (no watchdog) or more");
    }
  }

  /** Whether the command line sets this option (--name=value, or --name value). */
  static boolean mentions(String[] args, String name) {
    for (String a : args) {
      if (a.equals("--" + name) || a.startsWith("--" + name + "=")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of the option's last {@code --name=value} on the command line, or {@code otherwise};
   * for choices made before Beam parses the options (the compilers, the study loaded ahead).
   */
  static String lastValue(String[] args, String name, String otherwise) {
    String prefix = "--" + name + "=";
    String value = otherwise;
    for (String a : args) {
      if (a.startsWith(prefix)) {
        value = a.substring(prefix.length());
      }
    }
    return value;
  }

  private static void autoOrPositive(String name, int value) {
    if (value != -1 && value < 1) {
      throw new UsageException("--" + name + "=" + value + " must be -1 (automatic) or at least 1");
    }
  }
}
