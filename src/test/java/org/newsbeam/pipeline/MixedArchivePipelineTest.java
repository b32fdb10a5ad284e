package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsbeam.ingest.SampleWarcBuilder;

/**
 * A run over an archive of good and broken files: every record is an article, a counted skip or a
 * reject with its reason, the run goes on, and the summary reconciles.
 */
class MixedArchivePipelineTest {
  static final String PAGE =
      "<html lang=en><head><title>Drones downed over Kharkiv</title>"
          + "<meta property='article:published_time' content='2025-03-02T08:00:00Z'></head><body><article>"
          + "<h1>Drones downed over Kharkiv</h1>"
          + "<p>Ukraine's air force said it shot down 40 of 58 Russian drones overnight, most of them over the Kharkiv region.</p>"
          + "<p>Volodymyr Zelensky said the attack showed why Ukraine needs more air defence systems from its partners.</p>"
          + "</article></body></html>";

  static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void everyRecordIsAccountedFor(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("archive"));
    Files.writeString(in.resolve("good.html"), PAGE);
    String good = "{\"url\":\"https://w.example/a\",\"title\":\"Talks\",\"published\":\"2025-03-03\","
        + "\"text\":\"Marco Rubio met Andrii Sybiha in Jeddah on Tuesday for talks on a ceasefire.\"}";
    Files.writeString(in.resolve("feed.jsonl"), good + "\n{\"url\": \"https://w.example/b\", \"title\": \n"
        + good.replace("/a", "/c") + "\n{\"url\":\"https://w.example/d\",\"title\":\"no body\"}\n");
    byte[] gz = gzip((good.replace("/a", "/e") + "\n" + good.replace("/a", "/f") + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("truncated.jsonl.gz"), Arrays.copyOf(gz, gz.length - 12));
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(in.resolve("binary.html"), junk);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("report.pdf"), "%PDF-1.4 not an article");
    Map<String, byte[]> pages = new LinkedHashMap<>();
    pages.put("https://warc.example/2025/03/04/one", PAGE.replace("Kharkiv region", "Sumy region").getBytes(StandardCharsets.UTF_8));
    pages.put("https://warc.example/2025/03/04/two", PAGE.replace("40 of 58", "12 of 20").getBytes(StandardCharsets.UTF_8));
    try (OutputStream os = Files.newOutputStream(in.resolve("crawl.warc.gz"))) {
      SampleWarcBuilder.write(os, WarcCompression.GZIP, "crawl.warc.gz", pages, Instant.parse("2025-03-04T10:00:00Z"));
    }

    Path out = tmp.resolve("out");
    SampleRun.run(List.of(in + "/**"), out, "", "");

    JsonNode c = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile()).get("counters");
    assertEquals(c.get("records").asLong(), c.get("pages").asLong() + c.get("skipped").asLong() + c.get("rejected").asLong());
    assertEquals(7, c.get("files").asLong());
    // good.html, 2 good JSON lines, the gzip's readable line(s), 2 WARC responses
    assertTrue(c.get("pages").asLong() >= 5, c.toString());
    List<Map<String, String>> rejects = SampleRun.table(out, "rejects.csv");
    assertEquals(c.get("rejected").asLong(), rejects.size());
    assertReject(rejects, "feed.jsonl", "line 2");
    assertReject(rejects, "feed.jsonl", "line 4");
    assertReject(rejects, "truncated.jsonl.gz", null);
    assertReject(rejects, "binary.html", "");
    assertReject(rejects, "empty.txt", "");
    assertReject(rejects, "report.pdf", "");
    // WARC requests, metadata and warcinfo are counted skips, not rejects
    assertTrue(c.get("skipped").asLong() >= 5, c.toString());
    List<Map<String, String>> articles = SampleRun.table(out, "articles.csv");
    assertTrue(articles.stream().anyMatch(a -> a.get("url").equals("https://warc.example/2025/03/04/two")));
    assertTrue(articles.stream().anyMatch(a -> a.get("url").equals("https://w.example/c")));
    assertTrue(Files.readString(out.resolve("events.csv")).contains("40"), "good records are analysed as usual");
  }

  static void assertReject(List<Map<String, String>> rejects, String file, String location) {
    assertTrue(rejects.stream().anyMatch(r -> r.get("file").endsWith("/" + file)
            && (location == null || r.get("location").equals(location)) && !r.get("reason").isBlank()),
        "a reject for " + file + " " + location + " in " + rejects);
  }
}
