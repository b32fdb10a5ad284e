package org.newsbeam.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the libraries' logs go. Beam and Flink log hundreds to thousands of INFO lines per run
 * (an embedded Flink about 8,000); an analyst wants newsbeam's progress and summary. Unless
 * {@code --verbose} is given, every library log line goes to a file in the temporary folder,
 * whose path the run prints, and only warnings of newsbeam's own code reach the console.
 *
 * <p>slf4j-simple reads its settings once, at the first logger: {@link #configure} runs first
 * thing in {@code main}.
 */
final class ConsoleLog {
  private ConsoleLog() {}

  private static Path logFile;

  /** Sets the log destination and returns the arguments without {@code --verbose}. */
  static String[] configure(String[] args) {
    boolean verbose = false;
    List<String> rest = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--verbose") || a.equals("--verbose=true")) {
        verbose = true;
      } else if (!a.equals("--verbose=false")) {
        rest.add(a);
      }
    }
    if (!verbose && System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
      String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
      logFile = Paths.get(System.getProperty("java.io.tmpdir"),
          "newsbeam-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
      System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
      System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
      System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss,SSS");
    }
    return rest.toArray(new String[0]);
  }

  /**
   * The file the library logs go to, or null when they go to the console (also under
   * {@code flink run}, whose own logging was set up before newsbeam's main ran).
   */
  static Path file() {
    return logFile != null && java.nio.file.Files.exists(logFile) ? logFile : null;
  }

  /** One line for the console: where to look for the details. */
  static String where() {
    Path f = file();
    return f == null ? "" : "  log of Beam and Flink: " + f + " (--verbose shows it on the console)";
  }
}
