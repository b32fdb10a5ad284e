package org.newsbeam.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * A short run uses only the JVM's quick compiler (C1), under {@code java -jar} as under {@code
 * bin/newsbeam}: on the DirectRunner a local input under 512 MB in fewer than 20,000 files, on
 * Flink one under 64 MB. The launcher does it with {@code -XX:TieredStopAtLevel=1}; a plain
 * {@code java -jar} cannot pass JVM flags, so the run asks the JVM itself, through its diagnostic
 * command for compiler directives, to leave every method to C1. On two cores the optimising
 * compiler (C2) spends about half the CPU of a one-article run on start-up code that runs once and
 * is never paid back. A run's length follows its records more than its bytes: the 1,810 real pages
 * (300 MB) took 40 % less CPU with C1 alone, while 100,000 generated articles (330 MB in 70,000
 * files) ran 7 % faster on the DirectRunner and 40 % faster on embedded Flink with C2, whose
 * serialising exchanges reward its inlining (BENCHMARKS.md, "Quiet machine, 2 December 15:21").
 * Larger or remote inputs keep both compilers, and so does any JVM where the command is not
 * there: then nothing changes.
 *
 * <p>{@code NEWSBEAM_JIT} decides as in the launcher: {@code quick} always, {@code full} never,
 * anything else by the input's size.
 */
final class QuickCompiler {
  private QuickCompiler() {}

  /** The launcher's limits: under this many bytes of local files an input is small... */
  static final long SMALL_INPUT_BYTES = 512_000_000L;

  /** ...on Flink, under this many... */
  static final long SMALL_FLINK_INPUT_BYTES = 64_000_000L;

  /** ...and in fewer files than this (each file is one record or more). */
  static final int SMALL_INPUT_FILES = 20_000;

  private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  /** Leaves compiling to C1 when the run's input is small; true when the JVM took the directive. */
  static boolean applyFor(String[] args) {
    if (!wanted(args, System.getenv("NEWSBEAM_JIT"))) {
      return false;
    }
    return excludeC2();
  }

  /** Whether the run should use C1 only: by NEWSBEAM_JIT, else by its runner and the size of its input. */
  static boolean wanted(String[] args, String jit) {
    if ("full".equals(jit)) {
      return false;
    }
    if ("quick".equals(jit)) {
      return true;
    }
    String input = OptionChecks.lastValue(args, "input", "sample-data/archive");
    boolean flink = OptionChecks.lastValue(args, "runner", "").toLowerCase(java.util.Locale.ROOT).contains("flink");
    return isSmall(input, flink ? SMALL_FLINK_INPUT_BYTES : SMALL_INPUT_BYTES, SMALL_INPUT_FILES);
  }

  /**
   * Whether every pattern of a comma-separated input is local and all their files together stay
   * under both limits. A glob is measured from its folder before the first wildcard (an upper
   * bound); the walk stops as soon as a limit is passed.
   */
  static boolean isSmall(String input, long limit, int maxFiles) {
    long[] total = {0};
    int[] files = {0};
    for (String raw : input.split(",")) {
      String pattern = raw.trim();
      if (pattern.isEmpty()) {
        continue;
      }
      if (pattern.contains("://")) {
        return false;
      }
      Path root = Paths.get(rootOf(pattern));
      if (!Files.exists(root)) {
        return false; // the run reports it; no reason to choose for it
      }
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              total[0] += attrs.size();
              files[0]++;
            }
            return total[0] > limit || files[0] >= maxFiles ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        return false;
      }
      if (total[0] > limit || files[0] >= maxFiles) {
        return false;
      }
    }
    return true;
  }

  /** The folder a glob is listed from: the path up to the last separator before the first wildcard. */
  static String rootOf(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        int slash = pattern.lastIndexOf('/', i);
        return slash < 0 ? "." : slash == 0 ? "/" : pattern.substring(0, slash);
      }
    }
    return pattern;
  }

  /**
   * Adds a compiler directive that excludes every method from C2; methods then stay compiled by C1
   * without profiling, as with {@code -XX:TieredStopAtLevel=1}. Needs HotSpot and the jar's
   * {@code Add-Opens} for jdk.management; false (and nothing changed) without them.
   */
  static boolean excludeC2() {
    Path file = null;
    try {
      var hotspot = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
      if (hotspot == null) {
        return false;
      }
      if (Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) < 4) {
        return true; // the launcher has chosen C1 already
      }
      Method get = Class.forName("com.sun.management.internal.DiagnosticCommandImpl")
          .getDeclaredMethod("getDiagnosticCommandMBean");
      get.setAccessible(true);
      javax.management.DynamicMBean commands = (javax.management.DynamicMBean) get.invoke(null);
      file = Files.createTempFile("newsbeam-c1", ".json");
      Files.writeString(file, NO_C2);
      Object reply = commands.invoke("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
          new String[] {String[].class.getName()});
      return String.valueOf(reply).contains("1 compiler directives added");
    } catch (Exception | LinkageError e) {
      return false; // another JVM, or the package not opened (tests, IDEs): both compilers, as before
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a few bytes in the temporary folder
        }
      }
    }
  }
}
