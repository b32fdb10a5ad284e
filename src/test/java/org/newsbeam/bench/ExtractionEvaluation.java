package org.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.newsbeam.text.ContentExtractor;
import org.newsbeam.text.ExtractedPage;
import org.newsbeam.text.ExtractionMethod;

/**
 * Scores {@link ContentExtractor} on the Scrapinghub article-extraction benchmark (181 real news
 * pages with hand-marked article text) using the benchmark's own metric: word 4-gram multisets,
 * per-page precision and recall averaged over pages, F1 of the two means. Also times the
 * extractor against a bare {@code Jsoup.parse} of the same pages.
 *
 * <p>Usage: {@code ExtractionEvaluation [benchmark-dir] [--verbose] [--rounds=N]} ({@code --rounds=0}: quality
 * only, no timing); the directory
 * defaults to {@code ../shared/benchmarks/article-extraction}. Not a unit test: the data is not
 * part of the repository.
 */
public final class ExtractionEvaluation {
  private ExtractionEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get("../shared/benchmarks/article-extraction");
    boolean verbose = false;
    int rounds = 3;
    boolean explicitDir = false;
    String onlyPage = null;
    for (String a : args) {
      if (a.equals("--verbose")) {
        verbose = true;
      } else if (a.startsWith("--page=")) {
        onlyPage = a.substring("--page=".length());
      } else if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(a.substring("--rounds=".length()));
      } else {
        dir = Paths.get(a);
        explicitDir = true;
      }
    }
    if (!explicitDir && !Files.isDirectory(dir)) {
      // from a git worktree nested one level deeper than the main checkout
      Path deeper = Paths.get("../../shared/benchmarks/article-extraction");
      if (Files.isDirectory(deeper)) {
        dir = deeper;
      }
    }
    Path truthFile = dir.resolve("ground-truth.json");
    Path htmlDir = dir.resolve("html");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
      System.err.println(
          "Benchmark folder not found: " + dir.toAbsolutePath().normalize()
              + " (expected ground-truth.json and html/). Pass its path as the first argument.");
      System.exit(2);
      return;
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    // WCXB keeps the URLs in pages.json; the Scrapinghub truth carries them itself
    Path pagesFile = dir.resolve("pages.json");
    JsonNode pages = Files.isRegularFile(pagesFile) ? new ObjectMapper().readTree(pagesFile.toFile()) : null;
    List<String> ids = new ArrayList<>();
    List<String> htmls = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      Path f = htmlDir.resolve(id + ".html.gz");
      if (!Files.isRegularFile(f)) {
        System.err.println("missing page " + f);
        continue;
      }
      ids.add(id);
      htmls.add(readGz(f));
      String url = truth.get(id).path("url").asText("");
      if (url.isEmpty() && pages != null) {
        url = pages.path(id).path("url").asText("");
      }
      urls.add(url);
      expected.add(truth.get(id).path("articleBody").asText(""));
    }

    ContentExtractor extractor = new ContentExtractor();
    if (onlyPage != null) {
      int i = ids.indexOf(onlyPage);
      if (i < 0) {
        for (int k = 0; k < ids.size(); k++) {
          if (ids.get(k).startsWith(onlyPage)) {
            i = k;
          }
        }
      }
      explain(extractor.extract(htmls.get(i), urls.get(i)), expected.get(i));
      System.out.println("---- how the body was found (extract --explain):");
      extractor.explain(htmls.get(i), urls.get(i)).forEach(line -> System.out.println("  " + line));
      return;
    }
    double sumP = 0;
    int nP = 0;
    double sumR = 0;
    int nR = 0;
    List<String[]> perPage = new ArrayList<>();
    Map<String, Integer> methods = new java.util.TreeMap<>();
    int empties = 0;
    for (int i = 0; i < ids.size(); i++) {
      ExtractedPage page = extractor.extract(htmls.get(i), urls.get(i));
      // a page classified as no article is skipped by the pipeline: it scores as empty
      String predicted = page.isArticle() ? String.join("\n", page.paragraphs()) : "";
      methods.merge(page.method().label(), 1, Integer::sum);
      if (page.method() == ExtractionMethod.NOT_AN_ARTICLE) {
        methods.merge("skipped as " + page.pageType().label(), 1, Integer::sum);
      }
      if (predicted.isBlank()) {
        empties++;
      }
      Map<List<String>, Integer> want = shingles(expected.get(i));
      Map<List<String>, Integer> got = shingles(predicted);
      int tp = 0;
      int totalGot = 0;
      int totalWant = 0;
      for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
        totalGot += e.getValue();
        tp += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
      }
      for (int v : want.values()) {
        totalWant += v;
      }
      int fp = totalGot - tp;
      int fn = totalWant - tp;
      double p = Double.NaN;
      double r = Double.NaN;
      if (tp + fp > 0) {
        p = (double) tp / (tp + fp);
        sumP += p;
        nP++;
      }
      if (tp + fn > 0) {
        r = (double) tp / (tp + fn);
        sumR += r;
        nR++;
      }
      perPage.add(new String[] {ids.get(i), fmt(p), fmt(r), Integer.toString(tp), Integer.toString(fp), Integer.toString(fn), urls.get(i), page.method().label()});
    }
    double precision = nP == 0 ? 0 : sumP / nP;
    double recall = nR == 0 ? 0 : sumR / nR;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    if (verbose) {
      perPage.sort((a, b) -> Double.compare(score(a), score(b)));
      for (String[] row : perPage) {
        System.out.println(String.join("\t", row));
      }
    }

    if (rounds == 0) { // quality only, for comparing rules quickly
      printQuality(ids.size(), nR, nP, precision, recall, f1, empties, methods);
      return;
    }
    // timing: warm up, then alternate parse-only and full extraction rounds
    for (int i = 0; i < ids.size(); i++) {
      Jsoup.parse(htmls.get(i), urls.get(i));
      extractor.extract(htmls.get(i), urls.get(i));
    }
    // wall-clock rates suffer from other processes on a shared machine; the thread's CPU time
    // does not, so both are reported
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] parseRates = new double[rounds];
    double[] extractRates = new double[rounds];
    double[] parseCpuRates = new double[rounds];
    double[] extractCpuRates = new double[rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      ContentExtractor.clearCaches(); // every round sees the sites as new
      // page by page, parse and extract alternate, so both see the same load from other processes
      long parseNanos = 0;
      long extractNanos = 0;
      long parseCpu = 0;
      long extractCpu = 0;
      for (int i = 0; i < ids.size(); i++) {
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink += Jsoup.parse(htmls.get(i), urls.get(i)).childNodeSize();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        sink += extractor.extract(htmls.get(i), urls.get(i)).paragraphs().size();
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        parseNanos += t1 - t0;
        extractNanos += t2 - t1;
        parseCpu += c1 - c0;
        extractCpu += c2 - c1;
      }
      parseRates[round] = ids.size() / (parseNanos / 1e9);
      extractRates[round] = ids.size() / (extractNanos / 1e9);
      parseCpuRates[round] = ids.size() / (parseCpu / 1e9);
      extractCpuRates[round] = ids.size() / (extractCpu / 1e9);
    }
    double parseRate = median(parseRates);
    double extractRate = median(extractRates);
    double parseCpu = median(parseCpuRates);
    double extractCpu = median(extractCpuRates);
    printQuality(ids.size(), nR, nP, precision, recall, f1, empties, methods);
    System.out.printf(Locale.ROOT, "speed, 1 thread, median of %d rounds:  wall-clock pages/s | CPU-time pages/s%n", rounds);
    System.out.printf(Locale.ROOT, "  extract (parse included)  %8.1f | %8.1f%n", extractRate, extractCpu);
    System.out.printf(Locale.ROOT, "  bare Jsoup.parse          %8.1f | %8.1f%n", parseRate, parseCpu);
    System.out.printf(Locale.ROOT, "  ratio extract/parse       %8.2f | %8.2f%s%n", extractRate / parseRate, extractCpu / parseCpu, sink == 42 ? " " : "");
  }

  private static void printQuality(int pages, int nR, int nP, double precision, double recall, double f1,
      int empties, Map<String, Integer> methods) {
    System.out.printf(Locale.ROOT, "pages       %d (truth: %d, predicted non-empty: %d)%n", pages, nR, nP);
    System.out.printf(Locale.ROOT, "precision   %.4f%n", precision);
    System.out.printf(Locale.ROOT, "recall      %.4f%n", recall);
    System.out.printf(Locale.ROOT, "F1          %.4f%n", f1);
    System.out.printf(Locale.ROOT, "empty       %d of %d (%.1f%%)%n", empties, pages, 100.0 * empties / pages);
    System.out.println("methods     " + methods);
  }

  /** Prints each predicted block with the share of its 4-grams found in the truth, then truth lines missed. */
  private static void explain(ExtractedPage page, String truth) {
    Map<List<String>, Integer> want = shingles(truth);
    String predicted = String.join("\n", page.paragraphs());
    Map<List<String>, Integer> got = shingles(predicted);
    System.out.println("title: " + page.title() + " | date " + page.structuredDate() + " | lang " + page.language());
    for (String p : page.paragraphs()) {
      System.out.println(mark(p, want) + " " + abbreviate(p));
    }
    System.out.println("---- truth lines missed:");
    for (String line : truth.split("\n")) {
      String m = mark(line, got);
      if (m.equals("  -") || m.equals("  ?") && !predicted.contains(line.trim())) {
        System.out.println("  ! " + abbreviate(line));
      }
    }
  }

  /** "+" when most of the text's 4-grams are in the other side, "-" when not, "?" when too short. */
  private static String mark(String text, Map<List<String>, Integer> other) {
    int n = 0;
    int hit = 0;
    for (Map.Entry<List<String>, Integer> e : shingles(text).entrySet()) {
      n += e.getValue();
      hit += Math.min(e.getValue(), other.getOrDefault(e.getKey(), 0));
    }
    return n == 0 ? "  ?" : hit * 2 >= n ? "  +" : "  -";
  }

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  private static double score(String[] row) {
    double p = row[1].equals("-") ? 0 : Double.parseDouble(row[1]);
    double r = row[2].equals("-") ? 0 : Double.parseDouble(row[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    java.util.Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }

  /** Multiset of word 4-grams, words being \w+ runs as in the benchmark's Python scorer. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (isWordChar(text.charAt(i))) {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        words.add(text.substring(start, i));
      } else {
        i++;
      }
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int k = 0; k + 4 <= words.size(); k++) {
      out.merge(List.copyOf(words.subList(k, k + 4)), 1, Integer::sum);
    }
    return out;
  }

  /** Python's Unicode \w: letters, digits, marks, connector punctuation. */
  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c) || c == '_') {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK || t == Character.CONNECTOR_PUNCTUATION;
  }

  private static String readGz(Path f) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
