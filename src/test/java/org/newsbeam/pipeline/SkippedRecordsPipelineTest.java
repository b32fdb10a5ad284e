package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsbeam.ingest.SampleWarcBuilder;
import org.newsbeam.ingest.SkipKinds;

/**
 * skipped.csv lists every record that is not an article, with the file and location rejects.csv
 * would give, and its rows reconcile with the counters of run_summary.json.
 */
class SkippedRecordsPipelineTest {
  static String line(String url, String title, String published, String text) {
    return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\"" + (published.isEmpty() ? "" : ",\"published\":\"" + published + "\"")
        + ",\"text\":\"" + text + "\"}";
  }

  static final String ENGLISH = "Ukraine's air force said it shot down 31 of 45 Russian drones overnight over the Poltava region. "
      + "The regional governor said that two houses were damaged by falling debris but that nobody was hurt.";
  static final String GERMAN = "Die ukrainische Luftwaffe teilte am Morgen mit, dass in der Nacht die meisten der russischen Drohnen "
      + "abgeschossen worden seien. Der Gouverneur der Region sagte, dass zwei Häuser beschädigt wurden und niemand verletzt wurde.";

  @Test
  void everySkipIsARowAndTheRowsReconcile(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("archive"));
    String feed = String.join("\n",
        line("https://w.example/in-range", "Drones downed over Poltava", "2025-03-02", ENGLISH),
        line("https://w.example/too-early", "Drones downed over Poltava again", "2024-06-02", ENGLISH.replace("31 of 45", "22 of 30")),
        line("https://w.example/undated", "Drones downed once more", "", ENGLISH.replace("31 of 45", "17 of 19")),
        line("https://w.example/german", "Drohnen abgeschossen", "2025-03-03", GERMAN),
        line("https://w.example/title-only", "Only a headline", "2025-03-04", "Only a headline")) + "\n";
    Files.writeString(in.resolve("feed.jsonl"), feed);
    StringBuilder listing = new StringBuilder("<html lang=en><head><title>World news</title>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\"}</script>"
        + "</head><body><main>");
    for (int i = 1; i <= 10; i++) {
      listing.append("<h2><a href='/story-").append(i).append("'>Story number ").append(i).append(" of the day</a></h2>");
    }
    Files.writeString(in.resolve("section.html"), listing.append("</main></body></html>").toString());
    Map<String, byte[]> pages = new LinkedHashMap<>();
    pages.put("https://warc.example/2025/03/05/one", MixedArchivePipelineTest.PAGE.getBytes(StandardCharsets.UTF_8));
    try (OutputStream os = Files.newOutputStream(in.resolve("crawl.warc.gz"))) {
      SampleWarcBuilder.write(os, WarcCompression.GZIP, "crawl.warc.gz", pages, Instant.parse("2025-03-05T10:00:00Z"));
    }

    Path out = tmp.resolve("out");
    SampleRun.run(List.of(in + "/**"), out, "2025-01-01", "2025-12-31");

    assertEquals(List.of("file", "location", "reason", "detail"), SampleRun.header(out, "skipped.csv"));
    List<Map<String, String>> rows = SampleRun.table(out, "skipped.csv");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile());
    JsonNode c = summary.get("counters");

    // reconciliation: record-level skips by kind, and the articles outside the range
    Map<String, Long> byReason = new TreeMap<>();
    long outOfRange = 0;
    for (Map<String, String> r : rows) {
      if (r.get("reason").equals(SkipKinds.OUT_OF_RANGE) || r.get("reason").equals(SkipKinds.UNDATED)) {
        outOfRange++;
      } else {
        byReason.merge(r.get("reason"), 1L, Long::sum);
      }
    }
    Map<String, Long> counted = new TreeMap<>();
    summary.get("skipped_by_kind").fields().forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asLong()));
    assertEquals(counted, byReason, rows.toString());
    assertEquals(c.get("skipped").asLong(), byReason.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(c.get("out_of_range").asLong(), outOfRange);
    assertEquals(c.get("records").asLong(), c.get("pages").asLong() + c.get("skipped").asLong() + c.get("rejected").asLong());

    // each kind of left-out record, with its place in its file
    assertRow(rows, "feed.jsonl", "line 2", SkipKinds.OUT_OF_RANGE, "2024-06-02");
    assertRow(rows, "feed.jsonl", "line 3", SkipKinds.UNDATED, "w.example/undated");
    assertRow(rows, "feed.jsonl", "line 4", "non-english:de", "language de");
    assertRow(rows, "feed.jsonl", "line 5", "no-article-text", "w.example/title-only");
    assertRow(rows, "section.html", "", "not-an-article", "listing");
    assertRow(rows, "crawl.warc.gz", null, "warc-request", "request");
    assertEquals(2, SampleRun.table(out, "articles.csv").size(), "the English article in range and the WARC page");
  }

  static void assertRow(List<Map<String, String>> rows, String file, String location, String reason, String inDetail) {
    assertTrue(rows.stream().anyMatch(r -> r.get("file").endsWith("/" + file)
            && (location == null || r.get("location").equals(location)) && r.get("reason").equals(reason)
            && r.get("detail").contains(inDetail)),
        file + " " + location + " " + reason + " in " + rows);
  }
}
