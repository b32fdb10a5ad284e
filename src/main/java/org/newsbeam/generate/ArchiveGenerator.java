package org.newsbeam.generate;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.newsbeam.generate.Sites.Site;
import org.newsbeam.study.Study;

/**
 * Writes a realistic archive of scraped news of any size, with its exact gold: HTML pages of four
 * outlets (one file a page, some gzipped), two JSON-lines feeds, and CC-NEWS-like WARC files, with
 * live blogs scraped several times, syndicated copies and a share of broken files. The gold is
 * exact by construction: the generator annotates every sentence as it writes it (see {@link
 * Prose}).
 *
 * <pre>
 * outDir/archive/html/SITE/YYYY-MM/SLUG.html[.gz]      one page a file
 * outDir/archive/jsonl/FEED/part-NNNNN.jsonl[.gz]      at most 200 lines a file
 * outDir/archive/warc/baltic-observer-NNNNN.warc.gz    at most 200 pages a file
 * outDir/gold.yaml                                     one record per input record
 * outDir/gold_counts.json                              what the aggregate tables must hold
 * </pre>
 *
 * Streaming: each story is written as soon as it is made; only per-actor, per-pair and per-day
 * totals stay in memory, so 100,000 articles need no more memory than 1,000. Deterministic: the
 * same article count and seed give the same bytes.
 */
public final class ArchiveGenerator {
  private ArchiveGenerator() {}

  /** What a run wrote. */
  public record Summary(
      Path archive,
      Path gold,
      Path counts,
      long files,
      long records,
      long articles,
      long snapshotsFolded,
      long duplicates,
      long rejected,
      long eventMentions) {}

  /** Share of stories that are live blogs scraped two or three times. */
  static final double LIVE_RATE = 0.05;
  /** Share of stories that another outlet reprints later. */
  static final double COPY_RATE = 0.05;
  /** Broken inputs per story (about 2% of records). */
  static final double BROKEN_RATE = 0.0225;
  /** Records per JSON-lines file and pages per WARC file. */
  static final int PER_FILE = 200;

  static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
  static final int DAYS = 304; // to the end of October

  private static final List<String> REPORTERS = List.of("Olha Savchuk", "Tom Ashby", "Ines Varga", "Pavlo Hrytsenko",
      "Claire Dumont", "Marta Nowak", "Jonas Lind", "Sofia Marin", "Daniel Okafor", "Hanna Ilves");

  public static Summary generate(int articles, long seed, Path outDir, Study study) {
    try {
      return new Run(articles, seed, outDir, study).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Run {
    final int articles;
    final long seed;
    final Path out;
    final Path archive;
    final Random rnd;
    final Prose prose;
    final GoldWriter gold;
    final Feed frontline;
    final Feed wire;
    final WarcOut warc;
    long files;

    Run(int articles, long seed, Path outDir, Study study) throws IOException {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be at least 1");
      }
      this.articles = articles;
      this.seed = seed;
      this.out = outDir;
      this.archive = outDir.resolve("archive");
      if (Files.isDirectory(archive)) {
        try (Stream<Path> s = Files.list(archive)) {
          if (s.findAny().isPresent()) {
            throw new IllegalArgumentException(archive + " is not empty; generate into a new folder");
          }
        }
      }
      Files.createDirectories(archive);
      this.rnd = new Random(seed);
      this.prose = new Prose(new Cast(study), new Random(seed * 31 + 7));
      this.gold = new GoldWriter(outDir.resolve("gold.yaml"));
      this.frontline = new Feed(archive.resolve("jsonl/frontline-digest"), false);
      this.wire = new Feed(archive.resolve("jsonl/wire-review"), true);
      this.warc = new WarcOut(archive.resolve("warc"), "baltic-observer", PER_FILE, seed);
    }

    Summary run() throws IOException {
      try (gold; frontline; wire; warc) {
        for (long i = 1; i <= articles; i++) {
          LocalDate day = FIRST_DAY.plusDays(rnd.nextInt(DAYS));
          double r = rnd.nextDouble();
          if (r < LIVE_RATE) {
            liveBlog(i, day);
          } else {
            Prose.Story story = prose.story(day, i);
            Site site = pickSite();
            writeArticle(site, story, story.slug(), day, story.title(), null);
            if (r < LIVE_RATE + COPY_RATE) {
              syndicate(site, story, i);
            }
          }
          if (rnd.nextDouble() < BROKEN_RATE) {
            broken(i, day);
          }
        }
      }
      files += frontline.parts + wire.parts + warcParts();
      gold.writeCounts(out.resolve("gold_counts.json"));
      return new Summary(archive, out.resolve("gold.yaml"), out.resolve("gold_counts.json"), files, gold.records,
          gold.articles, gold.snapshots, gold.duplicates, gold.rejects, gold.eventMentions);
    }

    long warcParts() throws IOException {
      Path dir = archive.resolve("warc");
      if (!Files.isDirectory(dir)) {
        return 0;
      }
      try (Stream<Path> s = Files.list(dir)) {
        return s.count();
      }
    }

    Site pickSite() {
      double r = rnd.nextDouble();
      if (r < 0.55) {
        return Sites.HTML_SITES.get(rnd.nextInt(Sites.HTML_SITES.size()));
      }
      if (r < 0.68) {
        return Sites.FRONTLINE;
      }
      if (r < 0.80) {
        return Sites.WIRE;
      }
      return Sites.BALTIC;
    }

    String time() {
      return String.format(Locale.ROOT, "%02d:%02d", 6 + rnd.nextInt(16), rnd.nextInt(60));
    }

    String rel(Path p) {
      return out.relativize(p).toString().replace('\\', '/');
    }

    static String ym(LocalDate d) {
      return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }

    List<String> texts(List<Prose.Paragraph> ps, boolean curly) {
      List<String> t = new ArrayList<>(ps.size());
      for (Prose.Paragraph p : ps) {
        t.add(p.text(curly));
      }
      return t;
    }

    /**
     * Writes one story to a site; the gold gets an article, or a duplicate of {@code original}.
     */
    void writeArticle(Site site, Prose.Story story, String slug, LocalDate day, String title, String original)
        throws IOException {
      boolean curly = rnd.nextBoolean();
      String time = time();
      String url = Sites.canonicalUrl(site, day, slug);
      List<String> body = texts(story.paragraphs(), curly);
      String file;
      String location = "";
      switch (site.channel()) {
        case HTML -> {
          String page = Sites.page(site, day, time, slug, title, REPORTERS.get(rnd.nextInt(REPORTERS.size())), body, null);
          boolean gz = site == Sites.HARBOUR && rnd.nextInt(5) == 0;
          Path p = archive.resolve("html/" + site.key() + "/" + ym(day) + "/" + slug + (gz ? ".html.gz" : ".html"));
          writeFile(p, page.getBytes(StandardCharsets.UTF_8), gz);
          file = rel(p);
        }
        case WARC -> {
          String page = Sites.page(site, day, time, slug, title, REPORTERS.get(rnd.nextInt(REPORTERS.size())), body, null);
          Instant crawled = day.plusDays(1 + rnd.nextInt(10)).atStartOfDay().toInstant(ZoneOffset.UTC)
              .plusSeconds(4 * 3600 + rnd.nextInt(3600));
          Path f = warc.file();
          long offset = warc.write(Sites.rawUrl(site, day, slug), page.getBytes(StandardCharsets.UTF_8), crawled);
          file = rel(f);
          location = "offset " + offset;
        }
        default -> {
          Feed feed = site == Sites.WIRE ? wire : frontline;
          String line = jsonLine(site, day, time, slug, title, String.join("\n\n", body));
          int n = feed.write(line);
          file = rel(feed.file);
          location = "line " + n;
        }
      }
      if (original == null) {
        gold.article(file, location, url, site.domain(), day.toString(), title, story.paragraphs());
      } else {
        gold.duplicate(file, location, original, url, site.domain(), day.toString(), title);
      }
    }

    String jsonLine(Site site, LocalDate day, String time, String slug, String title, String text) {
      String raw = Sites.rawUrl(site, day, slug);
      if (site == Sites.WIRE) {
        LocalDate dl = day.plusDays(1 + rnd.nextInt(5));
        return "{\"url\": " + Sites.jsonQuote(raw) + ", \"title\": " + Sites.jsonQuote(title)
            + ", \"date_publish\": \"" + day + " " + time + ":00\", \"date_download\": \"" + dl + " 08:"
            + String.format(Locale.ROOT, "%02d", rnd.nextInt(60)) + ":00\", \"source_domain\": \"" + site.domain()
            + "\", \"language\": \"en\", \"maintext\": " + Sites.jsonQuote(text) + "}";
      }
      return "{\"url\": " + Sites.jsonQuote(raw) + ", \"title\": " + Sites.jsonQuote(title) + ", \"published\": \""
          + day + "T" + time + ":00Z\", \"text\": " + Sites.jsonQuote(text) + "}";
    }

    /** The same body on another outlet and URL, published one to three days later. */
    void syndicate(Site from, Prose.Story story, long serial) throws IOException {
      List<Site> targets = new ArrayList<>(Sites.HTML_SITES);
      targets.add(Sites.FRONTLINE);
      targets.add(Sites.WIRE);
      targets.remove(from);
      Site to = targets.get(rnd.nextInt(targets.size()));
      LocalDate day = story.date().plusDays(1 + rnd.nextInt(3));
      String slug = "reprint-" + story.slug();
      String title = story.title() + ", as our partners report";
      writeArticle(to, story, slug, day, title, Sites.canonicalUrl(from, story.date(), story.slug()));
    }

    /** One URL scraped two or three times; each scrape adds entries, newest first. */
    void liveBlog(long serial, LocalDate day) throws IOException {
      Site site = rnd.nextBoolean() ? Sites.COURIER : Sites.HARBOUR;
      int scrapes = 2 + rnd.nextInt(2);
      int total = scrapes + 1 + rnd.nextInt(3);
      List<Prose.Paragraph> entries = prose.entries(day, total);
      List<String> times = new ArrayList<>();
      int minute = 7 * 60 + rnd.nextInt(60);
      for (int i = 0; i < total; i++) {
        times.add(String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60));
        minute += 20 + rnd.nextInt(90);
      }
      String slug = "live-" + day + "-" + serial;
      String title = "Live: the war in Ukraine on " + Sites.longDate(day);
      String url = Sites.canonicalUrl(site, day, slug);
      String[] stamps = {"0800", "1300", "1900"};
      List<String> filesWritten = new ArrayList<>();
      boolean dropFirst = rnd.nextBoolean();
      for (int k = 0; k < scrapes; k++) {
        int shown = k == scrapes - 1 ? total : Math.max(1, total * (k + 1) / (scrapes + 1));
        List<String> body = new ArrayList<>();
        boolean curly = rnd.nextBoolean();
        for (int e = shown - 1; e >= 0; e--) {
          if (k == scrapes - 1 && k > 0 && dropFirst && e == 0) {
            continue; // the oldest entry scrolled off; only older scrapes carry it
          }
          body.add(Sites.entry(times.get(e), entries.get(e).text(curly)));
        }
        String page = Sites.page(site, day, "07:00", slug, title, "our correspondents", body, stamps[k].substring(0, 2) + ":" + stamps[k].substring(2));
        Path p = archive.resolve("html/" + site.key() + "/" + ym(day) + "/" + slug + "-" + stamps[k] + ".html");
        writeFile(p, page.getBytes(StandardCharsets.UTF_8), false);
        filesWritten.add(rel(p));
      }
      String newest = filesWritten.get(filesWritten.size() - 1);
      for (int k = 0; k < filesWritten.size() - 1; k++) {
        gold.snapshot(filesWritten.get(k), newest, url, site.domain(), day.toString(), title);
      }
      gold.article(newest, "", url, site.domain(), day.toString(), title, entries);
    }

    /** Inputs newsbeam must reject: a malformed JSON line, a truncated gzip, binary junk, an empty file. */
    void broken(long serial, LocalDate day) throws IOException {
      switch (rnd.nextInt(4)) {
        case 0 -> {
          Feed feed = rnd.nextBoolean() ? frontline : wire;
          String line = "{\"url\": \"https://" + (feed == wire ? "wire-review" : "frontline-digest")
              + ".example/story/cut-" + serial + "\", \"title\": \"Overnight attacks\", \"text\": \"Air-raid sirens sounded";
          int n = feed.write(line);
          gold.reject(rel(feed.file), "line " + n, "malformed JSON");
        }
        case 1 -> {
          String page = Sites.page(Sites.HARBOUR, day, time(), "cut-" + serial, "Overnight attacks", "Tom Ashby",
              List.of("Air-raid sirens sounded across the region for more than two hours, and emergency crews worked through the night."), null);
          byte[] gz = gzip(page.getBytes(StandardCharsets.UTF_8));
          byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
          Path p = archive.resolve("html/harbour-times/" + ym(day) + "/cut-" + serial + ".html.gz");
          writeFile(p, cut, false);
          gold.reject(rel(p), "", "truncated gzip");
        }
        case 2 -> {
          byte[] junk = new byte[512 + rnd.nextInt(4096)];
          rnd.nextBytes(junk);
          for (int i = 0; i < junk.length; i += 7) {
            junk[i] = 0;
          }
          Site s = Sites.HTML_SITES.get(rnd.nextInt(Sites.HTML_SITES.size()));
          Path p = archive.resolve("html/" + s.key() + "/" + ym(day) + "/image-" + serial + ".html");
          writeFile(p, junk, false);
          gold.reject(rel(p), "", "binary content");
        }
        default -> {
          Site s = Sites.HTML_SITES.get(rnd.nextInt(Sites.HTML_SITES.size()));
          Path p = archive.resolve("html/" + s.key() + "/" + ym(day) + "/empty-" + serial + ".html");
          writeFile(p, new byte[0], false);
          gold.reject(rel(p), "", "empty file");
        }
      }
    }

    void writeFile(Path p, byte[] bytes, boolean gz) throws IOException {
      Files.createDirectories(p.getParent());
      Files.write(p, gz ? gzip(bytes) : bytes);
      files++;
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
      gz.write(bytes);
    }
    return bo.toByteArray();
  }

  /** A JSON-lines feed split into parts of at most {@link #PER_FILE} lines. */
  private static final class Feed implements Closeable {
    final Path dir;
    final boolean gz;
    Path file;
    Writer writer;
    int lines;
    int parts;

    Feed(Path dir, boolean gz) {
      this.dir = dir;
      this.gz = gz;
    }

    /** Writes a line; returns its 1-based line number in the current part. */
    int write(String line) throws IOException {
      if (writer == null || lines >= PER_FILE) {
        close();
        parts++;
        Files.createDirectories(dir);
        file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl%s", parts, gz ? ".gz" : ""));
        OutputStream os = Files.newOutputStream(file);
        if (gz) {
          os = new GZIPOutputStream(os, 1 << 16);
        }
        writer = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        lines = 0;
      }
      writer.write(line);
      writer.write('\n');
      return ++lines;
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
        writer = null;
      }
    }
  }
}
