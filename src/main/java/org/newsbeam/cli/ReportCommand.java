package org.newsbeam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.newsbeam.report.RunReport;

/**
 * {@code report --run=DIR}: writes report.html, co_mentions.gexf and co_mentions.graphml for a
 * finished run (for example one made with --report=false, or by an older newsbeam).
 */
public final class ReportCommand {
  private ReportCommand() {}

  public static int run(String[] args) {
    String run = "output";
    for (String a : args) {
      if (a.startsWith("--run=")) {
        run = a.substring("--run=".length());
      } else if (a.equals("--help")) {
        System.out.println("java -jar target/newsbeam.jar report --run=OUTPUT_DIR");
        return 0;
      } else {
        throw new UsageException("report: unknown option " + a + " (options: --run=DIR)");
      }
    }
    Path dir = Paths.get(run).toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve(RunCommand.SUCCESS))) {
      throw new UsageException("report: " + dir + " holds no finished run (no _SUCCESS)");
    }
    try {
      RunReport.write(dir.toString());
      org.newsbeam.output.Manifest.addFiles(dir, RunReport.FILES);
    } catch (IOException | RuntimeException e) {
      System.err.println("newsbeam: could not write the report: " + e.getMessage());
      return 1;
    }
    for (String name : RunReport.FILES) {
      System.out.println("newsbeam report: " + dir.resolve(name));
    }
    return 0;
  }
}
