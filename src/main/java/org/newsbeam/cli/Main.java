package org.newsbeam.cli;

import java.util.Arrays;
import org.newsbeam.study.StudyException;

/**
 * Entry point of the newsbeam jar.
 *
 * <pre>
 * java -jar newsbeam.jar [run] [--input=GLOB[,GLOB]] [--output=DIR] [--pipeline=NAME_OR_DIR] [--runner=...]
 * java -jar newsbeam.jar extract --input=GLOB --output=FILE.json
 * java -jar newsbeam.jar evaluate --run=DIR --gold=FILE [--details]
 * java -jar newsbeam.jar report --run=DIR
 * java -jar newsbeam.jar --help
 * </pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(ConsoleLog.configure(args)));
  }

  /** Runs a command and returns the process exit code: 0 done, 1 failed run, 2 bad usage. */
  public static int run(String[] args) {
    String command = "run";
    String[] rest = args;
    if (args.length > 0 && !args[0].startsWith("-")) {
      command = args[0];
      rest = Arrays.copyOfRange(args, 1, args.length);
    }
    if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h")) && Help.of(command) != null) {
      System.out.println(Help.of(command));
      return 0;
    }
    try {
      switch (command) {
        case "run":
          return RunCommand.run(rest);
        case "extract":
          return ExtractCommand.run(rest);
        case "evaluate":
          return EvaluateCommand.run(rest);
        case "generate":
          return GenerateCommand.run(rest);
        case "report":
          return ReportCommand.run(rest);
        case "check":
          return CheckCommand.run(rest);
        case "explain":
          return ExplainCommand.run(rest);
        case "help":
          RunCommand.printHelp(System.out);
          return 0;
        default:
          throw new UsageException("unknown command '" + command + "'; commands: run (default), check, explain, extract, evaluate, generate, report, help");
      }
    } catch (UsageException | StudyException e) {
      System.err.println("newsbeam: " + e.getMessage());
      System.err.println("Run with --help for the options.");
      return 2;
    }
  }
}
