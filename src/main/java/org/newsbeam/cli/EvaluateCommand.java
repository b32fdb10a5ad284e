package org.newsbeam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.newsbeam.evaluate.Evaluation;
import org.newsbeam.evaluate.Gold;

/**
 * {@code evaluate --run=DIR --gold=FILE [--details]}: precision and recall of a finished run
 * against a hand-made gold file.
 */
public final class EvaluateCommand {
  private EvaluateCommand() {}

  public static int run(String[] args) {
    String run = "output";
    String gold = "sample-data/gold.yaml";
    boolean details = false;
    for (String a : args) {
      if (a.startsWith("--run=")) {
        run = a.substring("--run=".length());
      } else if (a.startsWith("--gold=")) {
        gold = a.substring("--gold=".length());
      } else if (a.equals("--details")) {
        details = true;
      } else if (a.equals("--help")) {
        System.out.println("java -jar target/newsbeam.jar evaluate --run=OUTPUT_DIR --gold=GOLD.yaml [--details]");
        return 0;
      } else {
        throw new UsageException("evaluate: unknown option " + a + " (options: --run=DIR --gold=FILE --details)");
      }
    }
    Path goldFile = Paths.get(gold);
    Path runDir = Paths.get(run);
    if (!Files.isRegularFile(goldFile)) {
      throw new UsageException("evaluate: no gold file at " + goldFile.toAbsolutePath());
    }
    if (!Files.isRegularFile(runDir.resolve(RunCommand.SUCCESS))) {
      throw new UsageException("evaluate: " + runDir.toAbsolutePath() + " holds no finished run (no _SUCCESS)");
    }
    try {
      Evaluation ev = Evaluation.run(Gold.load(goldFile), runDir);
      System.out.println("newsbeam evaluate: " + runDir + " against " + goldFile);
      ev.print(System.out, details);
      return 0;
    } catch (IOException e) {
      throw new UsageException("evaluate: " + e.getMessage());
    }
  }
}
