package org.newsbeam.bench;

import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/**
 * The core ({@code PageAnalyzer.analyze}) of two builds in one JVM, for a change that must not
 * alter output but should cost less: each build's classes load in their own class loader, and
 * every round times a bare {@code Jsoup.parse} pass and one pass of each build over the
 * benchmark pages, alternating their order. On a machine shared with other work both builds meet
 * the same load, so the per-round ratio of the two is steadier than two separate runs.
 * Rates are by the bench thread's CPU time.
 *
 * <p>Usage: {@code CoreAB BENCHMARK_DIR BASE_CLASSES NEW_CLASSES ROUNDS TEST_CLASSES [extract]}, where the
 * class folders are {@code target/classes} of the two builds (copied aside) and TEST_CLASSES holds
 * {@link RealPages}; the libraries come from the classpath. With {@code extract} the two builds'
 * {@code ContentExtractor.extract} (parse included) are timed instead of the whole core. Not a unit test.
 */
public final class CoreAB {
  private CoreAB() {}

  /** Loads newsbeam's classes from its own folders first, whatever the classpath holds; libraries from the classpath. */
  static final class OwnBuild extends URLClassLoader {
    OwnBuild(URL[] urls) {
      super(urls, CoreAB.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.newsbeam.") || name.startsWith(CoreAB.class.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  static final class Side {
    final String name; final Object analyzer; final Method analyze; final Object[] records;
    final boolean extractOnly; Object extractor; Method extract; String[] htmls, urls;
    Side(String name, Path classes, Path testClasses, Path pagesDir, boolean extractOnly) throws Exception {
      this.extractOnly = extractOnly;
      this.name = name;
      ClassLoader cl = new OwnBuild(new URL[] {classes.toUri().toURL(), testClasses.toUri().toURL()});
      Class<?> rp = cl.loadClass("org.newsbeam.bench.RealPages");
      Method load = rp.getDeclaredMethod("load", Path.class); load.setAccessible(true);
      Object pages = load.invoke(null, pagesDir);
      Method size = rp.getDeclaredMethod("size"); size.setAccessible(true);
      Method record = rp.getDeclaredMethod("record", int.class); record.setAccessible(true);
      int n = (int) size.invoke(pages);
      records = new Object[n];
      for (int i = 0; i < n; i++) records[i] = record.invoke(pages, i);
      Class<?> sl = cl.loadClass("org.newsbeam.study.StudyLoader");
      Class<?> study = cl.loadClass("org.newsbeam.study.Study");
      Object st = sl.getMethod("resolve", String.class, Path.class).invoke(null, "ukraine-war", Paths.get(""));
      Class<?> pa = cl.loadClass("org.newsbeam.extract.PageAnalyzer");
      analyzer = pa.getConstructor(study).newInstance(st);
      analyze = pa.getMethod("analyze", cl.loadClass("org.newsbeam.ingest.RawRecord"));
      Class<?> ce = cl.loadClass("org.newsbeam.text.ContentExtractor");
      extractor = ce.getConstructor().newInstance();
      extract = ce.getMethod("extract", String.class, String.class);
      htmls = new String[n]; urls = new String[n];
      for (int i = 0; i < n; i++) {
        htmls[i] = (String) records[i].getClass().getMethod("body").invoke(records[i]);
        urls[i] = (String) records[i].getClass().getMethod("url").invoke(records[i]);
      }
    }
    long run() throws Exception {
      long s = 0;
      if (extractOnly) { for (int i = 0; i < htmls.length; i++) s += System.identityHashCode(extract.invoke(extractor, htmls[i], urls[i])); return s; }
      for (Object r : records) s += analyze.invoke(analyzer, r).hashCode(); return s;
    }
  }
  public static void main(String[] a) throws Exception {
    Path pagesDir = Paths.get(a[0]);
    int rounds = Integer.parseInt(a[3]);
    boolean extractOnly = a.length > 5 && a[5].equals("extract");
    Side A = new Side("base", Paths.get(a[1]), Paths.get(a[4]), pagesDir, extractOnly);
    Side B = new Side("new", Paths.get(a[2]), Paths.get(a[4]), pagesDir, extractOnly);
    System.out.println(extractOnly ? "timing ContentExtractor.extract (parse included)" : "timing PageAnalyzer.analyze");
    // html for bare parse
    List<String> htmls = new ArrayList<>(), urls = new ArrayList<>();
    for (Object r : A.records) { htmls.add((String) r.getClass().getMethod("body").invoke(r)); urls.add((String) r.getClass().getMethod("url").invoke(r)); }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w < 4; w++) { sink += A.run(); sink += B.run(); }
    int n = htmls.size();
    if (extractOnly) {
      extractPageByPage(A, B, htmls, urls, rounds, mx);
      return;
    }
    double[][] t = new double[3][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 3; k++) {
        int which = (r % 2 == 0) ? k : 2 - k;
        System.gc();
        long c0 = mx.getCurrentThreadCpuTime();
        if (which == 0) { for (int i = 0; i < n; i++) sink += org.jsoup.Jsoup.parse(htmls.get(i), urls.get(i)).childNodeSize(); }
        else if (which == 1) sink += A.run(); else sink += B.run();
        long c1 = mx.getCurrentThreadCpuTime();
        t[which][r] = n / ((c1 - c0) / 1e9);
      }
      System.out.printf(Locale.ROOT, "round %d parse %.1f base %.1f new %.1f  (new/base %.3f)%n", r, t[0][r], t[1][r], t[2][r], t[2][r] / t[1][r]);
    }
    double p = med(t[0]), b = med(t[1]), nw = med(t[2]);
    double[] rel = new double[rounds]; for (int r = 0; r < rounds; r++) rel[r] = t[2][r] / t[1][r];
    System.out.printf(Locale.ROOT, "MEDIAN pages/s thread CPU: parse %.1f base %.1f (%.3f of parse) new %.1f (%.3f of parse); per-round new/base median %.3f%s%n",
        p, b, b / p, nw, nw / p, med(rel), sink == 42 ? " " : "");
  }
  /**
   * The extractors page by page: each page is parsed bare, then extracted by both builds, in an
   * order that rotates from page to page, so a burst of load from other processes falls on all
   * three alike. Each call is timed by the thread's CPU clock and summed per round.
   */
  static void extractPageByPage(Side a, Side b, List<String> htmls, List<String> urls, int rounds, ThreadMXBean mx) throws Exception {
    int n = htmls.size();
    long sink = 0;
    for (int w = 0; w < 3; w++) { sink += a.run(); sink += b.run(); }
    double[][] t = new double[3][rounds];
    for (int r = 0; r < rounds; r++) {
      long[] ns = new long[3];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < 3; k++) {
          int which = (i + r + k) % 3;
          long c0 = mx.getCurrentThreadCpuTime();
          if (which == 0) sink += org.jsoup.Jsoup.parse(htmls.get(i), urls.get(i)).childNodeSize();
          else sink += System.identityHashCode((which == 1 ? a : b).extract.invoke((which == 1 ? a : b).extractor, htmls.get(i), urls.get(i)));
          ns[which] += mx.getCurrentThreadCpuTime() - c0;
        }
      }
      for (int k = 0; k < 3; k++) t[k][r] = n / (ns[k] / 1e9);
      System.out.printf(Locale.ROOT, "round %d parse %.1f base %.1f new %.1f  (base/parse %.3f new/parse %.3f new/base %.3f; beyond the parse new/base %.3f)%n", r, t[0][r], t[1][r], t[2][r],
          t[1][r] / t[0][r], t[2][r] / t[0][r], t[2][r] / t[1][r], (double) (ns[2] - ns[0]) / (ns[1] - ns[0]));
    }
    double p = med(t[0]), bs = med(t[1]), nw = med(t[2]);
    System.out.printf(Locale.ROOT, "MEDIAN pages/s thread CPU: parse %.1f base %.1f (%.3f of parse) new %.1f (%.3f of parse)%s%n",
        p, bs, bs / p, nw, nw / p, sink == 42 ? " " : "");
  }

  static double med(double[] v) { double[] c = v.clone(); Arrays.sort(c); return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2; }
}
