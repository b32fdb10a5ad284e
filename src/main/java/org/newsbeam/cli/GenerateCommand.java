package org.newsbeam.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.newsbeam.generate.ArchiveGenerator;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * {@code generate --articles=N --seed=S --output=DIR [--pipeline=NAME_OR_DIR]}: writes a generated
 * archive to DIR/archive with its exact gold in DIR/gold.yaml and DIR/gold_counts.json.
 */
public final class GenerateCommand {
  private GenerateCommand() {}

  static final String USAGE =
      "java -jar target/newsbeam.jar generate --articles=N --seed=S --output=DIR [--pipeline=NAME_OR_DIR]";

  public static int run(String[] args) {
    int articles = 1000;
    long seed = 1;
    String output = null;
    String pipeline = "ukraine-war";
    for (String a : args) {
      if (a.startsWith("--articles=")) {
        articles = parseInt("--articles", a.substring("--articles=".length()));
      } else if (a.startsWith("--seed=")) {
        seed = parseLong("--seed", a.substring("--seed=".length()));
      } else if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      } else if (a.startsWith("--pipeline=") || a.startsWith("--study=")) {
        pipeline = a.substring(a.indexOf('=') + 1);
      } else if (a.equals("--help") || a.equals("-h")) {
        System.out.println(USAGE);
        System.out.println("Writes DIR/archive/** (HTML, JSON lines, WARC), DIR/gold.yaml and DIR/gold_counts.json.");
        return 0;
      } else {
        throw new UsageException("generate: unknown option " + a + " (options: --articles=N --seed=S --output=DIR --pipeline=NAME_OR_DIR)");
      }
    }
    if (output == null || output.isBlank()) {
      throw new UsageException("generate: --output=DIR is required");
    }
    if (articles < 1) {
      throw new UsageException("generate: --articles must be at least 1");
    }
    Study study = StudyLoader.resolve(pipeline, Paths.get(""));
    Path out = Paths.get(output).toAbsolutePath().normalize();
    long start = System.nanoTime();
    ArchiveGenerator.Summary s;
    try {
      s = ArchiveGenerator.generate(articles, seed, out, study);
    } catch (IllegalArgumentException e) {
      throw new UsageException("generate: " + e.getMessage());
    } catch (UncheckedIOException e) {
      System.err.println("newsbeam: generate failed: " + e.getCause().getMessage());
      return 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "newsbeam generate: %d files, %d records: %d articles (%d copies), %d snapshots to fold, %d broken; %d event mentions (%.1f s)%n",
        s.files(), s.records(), s.articles(), s.duplicates(), s.snapshotsFolded(), s.rejected(), s.eventMentions(), seconds);
    System.out.println("  archive: " + s.archive());
    System.out.println("  gold:    " + s.gold());
    System.out.println("  counts:  " + s.counts());
    System.out.println("  run it:  java -jar target/newsbeam.jar --input=" + s.archive() + " --output=OUT");
    System.out.println("  check:   java -jar target/newsbeam.jar evaluate --run=OUT --gold=" + s.gold() + " --details");
    return 0;
  }

  private static int parseInt(String name, String v) {
    try {
      return Integer.parseInt(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("generate: " + name + "=" + v + " is not a whole number");
    }
  }

  private static long parseLong(String name, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UsageException("generate: " + name + "=" + v + " is not a whole number");
    }
  }
}
