package org.newsbeam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.newsbeam.extract.PageAnalyzer;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.text.ContentExtractor;

/**
 * Single-thread throughput of the per-page core on the real benchmark pages, measured in one
 * run against a bare {@code Jsoup.parse} of the same pages: parse, {@link ContentExtractor}
 * alone, and {@link PageAnalyzer#analyze} (extraction, sentences, actors, events) with the
 * default study.
 *
 * <p>Pages are decompressed to memory first. After warm-up passes, each round times one pass of
 * each workload, rotating their order so a burst of load from other processes does not always
 * hit the same one. Rates are reported from wall time, from the process's CPU time (the bench
 * thread plus garbage collection and JIT threads) and from the bench thread's CPU time alone; on
 * a shared, loaded machine the process CPU figure is the steadier one, and it charges each
 * workload for its garbage.
 *
 * <p>Usage: {@code CoreThroughput [benchmark-dir] [--rounds=N] [--warmup=N] [--dump=FILE.json]};
 * {@code --dump} writes the extractor's text per page in the benchmark's ground-truth layout. Not a unit test.
 */
public final class CoreThroughput {
  private CoreThroughput() {}

  private static final String[] NAMES = {"jsoup.parse", "ContentExtractor", "PageAnalyzer"};

  public static void main(String[] args) throws IOException {
    String dirArg = null;
    int rounds = 7;
    int warmup = 5;
    String dump = null;
    for (String a : args) {
      if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(a.substring("--rounds=".length()));
      } else if (a.startsWith("--dump=")) {
        dump = a.substring("--dump=".length());
      } else if (a.startsWith("--warmup=")) {
        warmup = Integer.parseInt(a.substring("--warmup=".length()));
      } else {
        dirArg = a;
      }
    }
    RealPages pages = RealPages.loadOrExit(dirArg);
    Study study = StudyLoader.resolve(StudyLoader.DEFAULT_STUDY, Paths.get(""));
    PageAnalyzer analyzer = new PageAnalyzer(study);
    ContentExtractor extractor = new ContentExtractor();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < pages.size(); i++) {
      PageAnalyzer.Outcome o = analyzer.analyze(pages.record(i));
      outcomes.merge(o.page() != null ? "analysed" : "skipped:" + o.skipKind(), 1, Integer::sum);
    }

    if (dump != null) {
      // the extractor's text per page in the benchmark's own layout, for an outside scorer
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
      for (int i = 0; i < pages.size(); i++) {
        com.fasterxml.jackson.databind.node.ObjectNode e = root.putObject(pages.ids.get(i));
        e.put("url", pages.urls.get(i));
        e.put("articleBody", String.join("\n", extractor.extract(pages.htmls.get(i), pages.urls.get(i)).paragraphs()));
      }
      json.writeValue(Paths.get(dump).toFile(), root);
    }

    long[] sink = new long[1];
    Runnable[] work = {
      () -> {
        for (int i = 0; i < pages.size(); i++) {
          sink[0] += Jsoup.parse(pages.htmls.get(i), pages.urls.get(i)).childNodeSize();
        }
      },
      () -> {
        for (int i = 0; i < pages.size(); i++) {
          sink[0] += extractor.extract(pages.htmls.get(i), pages.urls.get(i)).paragraphs().size();
        }
      },
      () -> {
        for (int i = 0; i < pages.size(); i++) {
          sink[0] += analyzer.analyze(pages.record(i)).hashCode();
        }
      }
    };
    for (int w = 0; w < warmup; w++) {
      for (Runnable r : work) {
        r.run();
      }
    }
    double[][] wall = new double[3][rounds];
    double[][] cpu = new double[3][rounds];
    double[][] thread = new double[3][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < 3; k++) {
        int which = (round + k) % 3;
        System.gc();
        long p0 = os.getProcessCpuTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work[which].run();
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        long p1 = os.getProcessCpuTime();
        wall[which][round] = pages.size() / ((t1 - t0) / 1e9);
        cpu[which][round] = pages.size() / ((p1 - p0) / 1e9);
        thread[which][round] = pages.size() / ((c1 - c0) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "pages        %d (%.1f MB of HTML in memory); analyze outcomes %s%n",
        pages.size(), pages.totalChars() / 1e6, outcomes);
    System.out.printf(Locale.ROOT, "rounds       %d measured after %d warm-up passes, 1 thread%n", rounds, warmup);
    System.out.printf(Locale.ROOT, "%-18s %13s %13s %13s %11s %11s%n", "", "pages/s wall", "pages/s CPU",
        "(thread CPU)", "ratio wall", "ratio CPU");
    for (int k = 0; k < 3; k++) {
      System.out.printf(Locale.ROOT, "%-18s %13.1f %13.1f %13.1f %11.2f %11.2f%n", NAMES[k], median(wall[k]),
          median(cpu[k]), median(thread[k]), median(wall[k]) / median(wall[0]), median(cpu[k]) / median(cpu[0]));
    }
    double coreRatioWall = median(wall[2]) / median(wall[0]);
    double coreRatioCpu = median(cpu[2]) / median(cpu[0]);
    System.out.printf(Locale.ROOT, "core/parse   %.2f (wall), %.2f (CPU); target >= 0.60: %s%n", coreRatioWall,
        coreRatioCpu, coreRatioCpu >= 0.6 ? "met" : "MISSED");
    System.out.printf(Locale.ROOT, "RESULT parse_cpu=%.1f extract_cpu=%.1f core_cpu=%.1f parse_wall=%.1f extract_wall=%.1f core_wall=%.1f%s%n",
        median(cpu[0]), median(cpu[1]), median(cpu[2]), median(wall[0]), median(wall[1]), median(wall[2]),
        sink[0] == 42 ? " " : "");
  }

  static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
