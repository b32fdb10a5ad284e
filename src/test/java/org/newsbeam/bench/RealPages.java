package org.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsbeam.ingest.RawRecord;

/**
 * The 181 real pages of the shared article-extraction benchmark, decompressed into memory so
 * that timings exclude I/O. The data is not part of the repository: {@link #locate} looks in
 * {@code ../shared} and {@code ../../shared} (a worktree one level deeper).
 */
final class RealPages {
  final List<String> ids = new ArrayList<>();
  final List<String> htmls = new ArrayList<>();
  final List<String> urls = new ArrayList<>();
  final List<String> truths = new ArrayList<>();

  private RealPages() {}

  /** The benchmark folder, or null when it is not there. */
  static Path locate(String explicit) {
    List<Path> candidates = new ArrayList<>();
    if (explicit != null) {
      candidates.add(Paths.get(explicit));
    } else {
      candidates.add(Paths.get("../shared/benchmarks/article-extraction"));
      candidates.add(Paths.get("../../shared/benchmarks/article-extraction"));
    }
    for (Path p : candidates) {
      if (Files.isRegularFile(p.resolve("ground-truth.json")) && Files.isDirectory(p.resolve("html"))) {
        return p;
      }
    }
    return null;
  }

  /** Loads the pages or exits with status 2 and a message naming where it looked. */
  static RealPages loadOrExit(String explicit) throws IOException {
    Path dir = locate(explicit);
    if (dir == null) {
      System.err.println("Benchmark pages not found: looked for "
          + (explicit != null ? explicit : "../shared/benchmarks/article-extraction and ../../shared/benchmarks/article-extraction")
          + " (ground-truth.json and html/). This data is not part of the repository.");
      System.exit(2);
    }
    return load(dir);
  }

  static RealPages load(Path dir) throws IOException {
    RealPages p = new RealPages();
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(f)) {
        continue;
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        p.htmls.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      p.ids.add(id);
      p.urls.add(truth.get(id).path("url").asText(""));
      p.truths.add(truth.get(id).path("articleBody").asText(""));
    }
    return p;
  }

  int size() {
    return ids.size();
  }

  /** The record the pipeline's HTML reader would make of page i, with the scraper's URL. */
  RawRecord record(int i) {
    return new RawRecord("bench/" + ids.get(i) + ".html", "", urls.get(i), htmls.get(i), true, "", "", "", "");
  }

  long totalChars() {
    long n = 0;
    for (String h : htmls) {
      n += h.length();
    }
    return n;
  }
}
