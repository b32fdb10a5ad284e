package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {
  private final ArchiveReader reader = new ArchiveReader(ReadLimits.defaults());

  static byte[] fixture(String name) {
    try (InputStream in = ArchiveReaderTest.class.getResourceAsStream("/ingest/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  CollectingSink read(ArchiveReader r, String source, byte[] bytes) {
    CollectingSink sink = new CollectingSink();
    r.read(source, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  CollectingSink read(String source, byte[] bytes) {
    return read(reader, source, bytes);
  }

  @Test
  void supportsKnownExtensionsOnly() {
    for (String name :
        List.of("a.html", "a.HTM", "dir/a.html.gz", "a.jsonl", "a.ndjson.gz", "a.json", "a.txt",
            "CC-NEWS-20240501.warc.gz", "gs://bucket/x.warc")) {
      assertTrue(ArchiveReader.supports(name), name);
    }
    for (String name : List.of("a.pdf", "a.gz", "a.warc.zst", "README", "a.csv")) {
      assertFalse(ArchiveReader.supports(name), name);
    }
  }

  @Test
  void htmlPageIsOneRecordWithDecodedText() {
    RawRecord r = read("in/article.html", fixture("article.html")).onlyRecord();
    assertEquals("in/article.html", r.source());
    assertEquals("", r.location());
    assertTrue(r.html());
    assertEquals("", r.url());
    assertEquals("", r.title());
    assertTrue(r.body().contains("A café near the port"), r.body());
  }

  @Test
  void gzippedHtmlReadsTheSame() {
    RawRecord r = read("in/article.html.gz", gzip(fixture("article.html"))).onlyRecord();
    assertTrue(r.body().contains("A café near the port"));
    assertEquals("in/article.html.gz", r.source());
  }

  @Test
  void txtTakesAShortFirstLineAsTitle() {
    RawRecord r = read("article.txt", fixture("article.txt")).onlyRecord();
    assertFalse(r.html());
    assertEquals("Talks on grain corridor resume in Istanbul", r.title());
    assertTrue(r.body().contains("Negotiators from both delegations"));
  }

  @Test
  void txtFirstLineThatIsASentenceIsNoTitle() {
    RawRecord r = read("no-title.txt", fixture("no-title.txt")).onlyRecord();
    assertEquals("", r.title());
    assertTrue(r.body().startsWith("Ministers met on Friday."));
  }

  @Test
  void txtTitleRule() {
    assertEquals("Headline", ArchiveReader.txtTitle("\n  Headline  \n\nBody text."));
    assertEquals("Will talks resume?", ArchiveReader.txtTitle("Will talks resume?\nBody."));
    assertEquals("", ArchiveReader.txtTitle("Only one line"));
    assertEquals("", ArchiveReader.txtTitle("x".repeat(200) + "\nBody."));
    assertEquals("x".repeat(199), ArchiveReader.txtTitle("x".repeat(199) + "\nBody."));
  }

  @Test
  void jsonLinesKeepGoodLinesAndRejectBadOnesByLineNumber() {
    CollectingSink sink = read("feeds/articles.jsonl", fixture("articles.jsonl"));
    // 10 physical lines, one blank: 9 records in the input.
    assertEquals(9, sink.total(), sink.toString());
    assertEquals(0, sink.skips.size());
    assertEquals(
        List.of("line 1", "line 3", "line 6", "line 8", "line 10"),
        sink.records.stream().map(RawRecord::location).toList());
    assertEquals(
        List.of("line 4", "line 5", "line 7", "line 9"),
        sink.rejects.stream().map(Reject::location).toList());
    assertTrue(sink.rejects.get(0).reason().startsWith("malformed JSON: "), sink.rejects.get(0).reason());
    assertTrue(sink.rejects.get(1).reason().startsWith("malformed JSON: "));
    assertEquals(JsonArticles.NO_BODY, sink.rejects.get(2).reason());
    assertEquals("not a JSON object: found array", sink.rejects.get(3).reason());

    RawRecord first = sink.records.get(0);
    assertEquals("https://news.example.org/a1", first.url());
    assertEquals("Missile strike hits depot", first.title());
    assertEquals("2024-05-02 08:15:00", first.published());
    assertEquals("2024-05-02 10:00:00", first.crawled());
    assertEquals("news.example.org", first.site());
    assertFalse(first.html());
    assertTrue(first.body().startsWith("A missile struck"));

    assertEquals("2024-05-03", sink.records.get(1).published());
    assertEquals("news.example.org", sink.records.get(1).site());
  }

  @Test
  void jsonLinesMissingUrlTitleOrDateAreKeptWithEmptyFields() {
    CollectingSink sink = read("articles.jsonl", fixture("articles.jsonl"));
    RawRecord noUrl = sink.records.get(2);
    assertEquals("", noUrl.url());
    assertEquals("No url, no date", noUrl.title());
    assertEquals("", noUrl.published());
    RawRecord minimal = sink.records.get(4);
    assertEquals("", minimal.url());
    assertEquals("", minimal.title());
    assertEquals("", minimal.published());
    assertEquals("", minimal.crawled());
    assertEquals("", minimal.site());
    assertEquals("Minimal record with only a body.", minimal.body());
  }

  @Test
  void jsonLinesHtmlFieldIsHtml() {
    CollectingSink sink = read("articles.jsonl", fixture("articles.jsonl"));
    RawRecord r = sink.records.get(3);
    assertTrue(r.html());
    assertTrue(r.body().contains("Navy ships intercepted"));
    assertEquals("2024-05-05T09:00:00Z", r.published());
    assertEquals("2024-05-05T12:00:00Z", r.crawled());
  }

  @Test
  void gzippedJsonLinesWithCrlfAndBom() {
    String text =
        "\uFEFF{\"text\": \"one\", \"title\": \"A\"}\r\n\r\n{\"text\": \"two\", \"title\": \"B\"}\r\n";
    CollectingSink sink = read("x.ndjson.gz", gzip(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, sink.total(), sink.toString());
    assertEquals("A", sink.records.get(0).title());
    assertEquals("line 3", sink.records.get(1).location());
    assertEquals("two", sink.records.get(1).body());
  }

  @Test
  void gzipOfConcatenatedMembersIsReadWhole() {
    // Record-at-a-time gzip: each line its own gzip member.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 1; i <= 500; i++) {
      out.writeBytes(gzip(("{\"text\": \"article " + i + "\"}\n").getBytes(StandardCharsets.UTF_8)));
    }
    // A stream whose available() is 0, like a channel-backed stream.
    InputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public synchronized int available() {
        return 0;
      }
    };
    CollectingSink sink = new CollectingSink();
    reader.read("members.jsonl.gz", in, sink);
    assertEquals(500, sink.records.size(), sink.toString());
    assertEquals("article 500", sink.records.get(499).body());
  }

  @Test
  void newsPleaseJsonFile() {
    RawRecord r = read("article.json", fixture("article.json")).onlyRecord();
    assertEquals("https://news.example.org/2024/05/06/report", r.url());
    assertEquals("Eleven drones shot down overnight", r.title());
    assertEquals("2024-05-06 06:00:00", r.published());
    assertEquals("2024-05-06 07:30:12", r.crawled());
    assertEquals("news.example.org", r.site());
    assertEquals("", r.location());
    assertFalse(r.html());
    assertTrue(r.body().startsWith("The defence ministry said"));
  }

  @Test
  void jsonArrayFileIsOneRecordPerItem() {
    CollectingSink sink = read("articles-array.json", fixture("articles-array.json"));
    assertEquals(3, sink.total(), sink.toString());
    assertEquals(List.of("item 1", "item 3"), sink.records.stream().map(RawRecord::location).toList());
    assertEquals(new Reject("articles-array.json", "item 2", JsonArticles.NO_BODY), sink.rejects.get(0));
    assertEquals(
        "Paragraph one of the third article.\n\nParagraph two.", sink.records.get(1).body());
  }

  @Test
  void malformedJsonFileIsRejectedWhole() {
    Reject r = read("bad.json", "{\"title\": \"x\", ".getBytes(StandardCharsets.UTF_8)).onlyReject();
    assertEquals("", r.location());
    assertTrue(r.reason().startsWith("malformed JSON: "), r.reason());
  }

  @Test
  void brokenJsonArrayKeepsItemsBeforeTheBreak() {
    String text = "[{\"text\": \"one\"}, {\"text\": \"two\"}, {\"text\": \"thr";
    CollectingSink sink = read("cut.json", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, sink.records.size(), sink.toString());
    assertEquals(1, sink.rejects.size());
    assertEquals("item 3", sink.rejects.get(0).location());
    assertTrue(sink.rejects.get(0).reason().startsWith("malformed JSON: "));
  }

  @Test
  void unknownExtensionIsRejectedUnread() {
    InputStream never = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("an unsupported file must not be read");
      }
    };
    CollectingSink sink = new CollectingSink();
    reader.read("docs/report.pdf.gz", never, sink);
    assertEquals(new Reject("docs/report.pdf.gz", "", "unsupported file type: .pdf.gz"), sink.onlyReject());
    sink = new CollectingSink();
    reader.read("docs/README", never, sink);
    assertEquals("unsupported file type: (none)", sink.onlyReject().reason());
  }

  @Test
  void zeroByteFilesAreRejectedAsEmpty() {
    for (String name : List.of("empty.html", "empty.txt", "empty.jsonl", "empty.json", "empty.warc")) {
      Reject r = read(name, fixture("empty.html")).onlyReject();
      assertEquals(new Reject(name, "", "empty file"), r, name);
    }
    // A gzip of nothing is empty too.
    assertEquals("empty file", read("empty.jsonl.gz", gzip(new byte[0])).onlyReject().reason());
  }

  @Test
  void whitespaceOnlyFilesAreRejectedAsEmpty() {
    assertEquals("empty file: whitespace only", read("blank.txt", fixture("blank.txt")).onlyReject().reason());
    assertEquals("empty file: whitespace only", read("blank.html", fixture("blank.txt")).onlyReject().reason());
    assertEquals("empty file: whitespace only", read("blank.json", fixture("blank.txt")).onlyReject().reason());
    assertEquals("empty file: no records", read("blank.jsonl", fixture("blank.txt")).onlyReject().reason());
  }

  @Test
  void binaryFileNamedHtmlIsRejected() {
    byte[] png = new byte[4096];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, png, 0, head.length);
    for (int i = head.length; i < png.length; i++) {
      png[i] = (byte) (i * 31 + 7);
    }
    assertEquals(new Reject("logo.html", "", "binary content"), read("logo.html", png).onlyReject());
    // Control-char soup without NUL bytes is binary too.
    byte[] soup = new byte[1000];
    for (int i = 0; i < soup.length; i++) {
      soup[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertEquals("binary content", read("soup.txt", soup).onlyReject().reason());
  }

  @Test
  void windows1252PageLabelledUtf8IsDecodedAsWindows1252() {
    RawRecord r = read("cp1252.html", fixture("cp1252-labelled-utf8.html")).onlyRecord();
    assertTrue(r.body().contains("The café in the old town"), r.body());
    assertTrue(r.body().contains("José Martínez"));
    assertTrue(r.body().contains("\u201cwe are not leaving\u201d"));
    assertFalse(r.body().contains("\uFFFD"));
  }

  @Test
  void utf8PageWithBomIsDecodedWithoutTheBom() {
    RawRecord r = read("bom.html", fixture("utf8-bom.html")).onlyRecord();
    assertTrue(r.body().startsWith("<html>"), r.body());
    assertTrue(r.body().contains("Kyiv \u2014 and of Kharkiv"));
    assertTrue(r.body().contains("café"));
  }

  @Test
  void utf8WithAFewBadBytesIsKeptWithReplacements() {
    byte[] good = "<p>Жители Харькова слышали сирены всю ночь.</p>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(good);
    out.write(0xC3); // lead byte with no continuation
    out.writeBytes(good);
    RawRecord r = read("page.html", out.toByteArray()).onlyRecord();
    assertEquals(1, r.body().chars().filter(c -> c == 0xFFFD).count());
    assertTrue(r.body().contains("Харькова"));
  }

  @Test
  void mostlyUndecodableUtf8IsRejected() {
    // Cyrillic with every fourth letter cut in half: valid sequences still outnumber the broken
    // ones, so it is UTF-8, but over 5% of it is lost.
    byte[] word = "Харьков ".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      for (int k = 0; k < word.length; k++) {
        if (k == 2 && i % 2 == 0) {
          continue; // drop a continuation byte
        }
        out.write(word[k]);
      }
    }
    Reject r = read("page.html", out.toByteArray()).onlyReject();
    assertTrue(r.reason().startsWith("undecodable text: "), r.reason());
    assertTrue(r.reason().contains("UTF-8"), r.reason());
  }

  @Test
  void bigPageIsRejectedWithTheCap() {
    byte[] page = new byte[50 << 20];
    java.util.Arrays.fill(page, (byte) 'a');
    byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, page, 0, head.length);
    Reject r = read("huge.html", page).onlyReject();
    assertEquals("", r.location());
    assertEquals("record too large: 52428800 bytes, over the cap of 5000000 chars", r.reason());
  }

  @Test
  void pageJustOverTheCharCapIsRejectedWithItsLength() {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1 << 20, 1 << 20, 1000, 1000));
    // words, not one run of a letter: that is not language text
    Reject r = read(small, "p.txt", ("word ".repeat(200) + "x").getBytes(StandardCharsets.US_ASCII)).onlyReject();
    assertEquals("record too large: 1001 chars (cap 1000)", r.reason());
    assertEquals("word ".repeat(200), read(small, "p.txt", "word ".repeat(200).getBytes(StandardCharsets.US_ASCII)).onlyRecord().body());
  }

  @Test
  void fileOverTheFileCapIsRejected() {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1000, 1 << 20, 1 << 20, 1 << 20));
    Reject r = read(small, "p.html", new byte[5000]).onlyReject();
    assertEquals("file too large: over 1000 bytes (cap 1000)", r.reason());
    // With the size known up front nothing is read.
    CollectingSink sink = new CollectingSink();
    small.read("p.html", InputStream.nullInputStream(), 5000, sink);
    assertEquals("file too large: 5000 bytes (cap 1000)", sink.onlyReject().reason());
  }

  @Test
  void megabyteParagraphInAJsonLineIsRead() {
    String para = "Drone strikes continued. ".repeat(40_000); // 1 MB, one line
    String text = "{\"text\": \"" + para + "\"}\n{\"text\": \"next\"}\n";
    CollectingSink sink = read("big.jsonl", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, sink.records.size(), sink.toString());
    assertEquals(para, sink.records.get(0).body());
  }

  @Test
  void jsonLineOverTheLineCapIsRejectedAndTheNextLineRead() {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1 << 24, 1 << 24, 1 << 20, 1000));
    String text = "{\"text\": \"ok\"}\n"
        + "{\"text\": \"" + "y".repeat(1200) + "\"}\n" // over the char cap, under the byte bound
        + "{\"text\": \"" + "z".repeat(1_000_000) + "\"}\n" // far over: never held in memory
        + "{\"text\": \"after\"}\n";
    CollectingSink sink = read(small, "lines.jsonl", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(4, sink.total(), sink.toString());
    assertEquals(List.of("line 1", "line 4"), sink.records.stream().map(RawRecord::location).toList());
    assertEquals(new Reject("lines.jsonl", "line 2", "line too long: 1212 chars (cap 1000)"), sink.rejects.get(0));
    assertEquals(
        new Reject("lines.jsonl", "line 3", "line too long: 1000012 bytes, over the cap of 1000 chars"),
        sink.rejects.get(1));
  }

  @Test
  void truncatedGzipKeepsLinesBeforeTheBreak() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      text.append("{\"url\": \"https://news.example.org/").append(i)
          .append("\", \"text\": \"Article number ").append(i * 7919 % 1000).append(" of the feed ")
          .append(Integer.toHexString(i * 104729)).append(".\"}\n");
    }
    byte[] gz = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    CollectingSink sink = read("feed.jsonl.gz", cut);
    assertTrue(sink.records.size() > 100 && sink.records.size() < 2000, sink.toString());
    Reject r = sink.rejects.get(sink.rejects.size() - 1);
    assertEquals(1, sink.rejects.size(), sink.toString());
    assertEquals("line " + (sink.records.size() + 1), r.location());
    assertTrue(r.reason().startsWith("truncated gzip: the file is cut short: it ends at byte " + cut.length
        + ", inside the gzip member that starts at byte 0; its data is good up to byte "), r.reason());
    // Every line read is intact.
    for (int i = 0; i < sink.records.size(); i++) {
      assertEquals("https://news.example.org/" + (i + 1), sink.records.get(i).url());
    }
  }

  @Test
  void truncatedGzipHtmlIsRejectedWhole() {
    byte[] gz = gzip(fixture("article.html"));
    Reject r = read("a.html.gz", java.util.Arrays.copyOf(gz, gz.length - 30)).onlyReject();
    assertEquals("", r.location());
    assertTrue(r.reason().startsWith("truncated gzip: "), r.reason());
  }

  /** {@code megabytes} MiB of one byte value as gzip: the same 1 MiB member repeated (fast). */
  static byte[] gzipOfRepeated(byte value, int megabytes) {
    byte[] block = new byte[1 << 20];
    java.util.Arrays.fill(block, value);
    byte[] member = gzip(block);
    ByteArrayOutputStream out = new ByteArrayOutputStream(member.length * megabytes);
    for (int i = 0; i < megabytes; i++) {
      out.writeBytes(member);
    }
    return out.toByteArray();
  }

  @Test
  void gzipBombIsRejectedNotExpanded() {
    byte[] bomb = gzipOfRepeated((byte) 0, 300); // 300 MiB of zeros in ~300 KB
    assertTrue(bomb.length < 1 << 20, "bomb is small: " + bomb.length);
    Reject r = read("bomb.jsonl.gz", bomb).onlyReject();
    assertEquals("line 1", r.location());
    assertEquals("line too long: no line end in 268435456 bytes; rest of file not read", r.reason());
    // Same for a whole-file format (smaller cap: the test need not inflate 256 MiB twice).
    ArchiveReader small = new ArchiveReader(new ReadLimits(1 << 20, 8 << 20, 1 << 20, 1 << 20));
    assertEquals(new Reject("bomb.html.gz", "", "decompressed size exceeds 8388608 bytes"),
        read(small, "bomb.html.gz", bomb).onlyReject());
  }

  /** Scraper exports stream: their size as a whole is never capped, only each line. */
  @Test
  void jsonLinesOverTheFileCapsAreReadWhole() {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1000, 4000, 1 << 20, 1 << 20));
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      text.append("{\"url\":\"https://x.example/").append(i).append("\",\"text\":\"Line ").append(i)
          .append(" of the export says the talks went on.\"}\n");
    }
    byte[] plain = text.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(plain.length > 4000, "bigger than both caps: " + plain.length);
    for (String name : List.of("export.jsonl", "export.jsonl.gz")) {
      CollectingSink sink = read(small, name, name.endsWith(".gz") ? gzip(plain) : plain);
      assertEquals(200, sink.records.size(), name + ": " + sink);
      assertEquals(0, sink.rejects.size(), name + ": " + sink);
      assertEquals("line 200", sink.records.get(199).location());
    }
    // the stored size known up front rejects nothing either
    CollectingSink sink = new CollectingSink();
    small.read("export.jsonl", new java.io.ByteArrayInputStream(plain), plain.length, sink);
    assertEquals(200, sink.records.size());
    // an HTML page of the same size is held whole, so its cap holds
    assertEquals("file too large: over 1000 bytes (cap 1000)", read(small, "page.html", plain).onlyReject().reason());
  }

  @Test
  void readErrorMidFileKeepsLinesReadAndRejectsTheRest() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      text.append("{\"text\": \"line ").append(i).append("\"}\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    int failAt = bytes.length / 2;
    InputStream failing = new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos >= failAt) {
          throw new IOException("connection reset");
        }
        return bytes[pos++] & 0xff;
      }
    };
    CollectingSink sink = new CollectingSink();
    reader.read("feed.jsonl", failing, sink);
    int complete = (int) text.substring(0, failAt).chars().filter(c -> c == '\n').count();
    assertEquals(complete, sink.records.size(), sink.toString());
    Reject r = sink.onlyRejectAmong();
    assertEquals(new Reject("feed.jsonl", "line " + (complete + 1),
        "read error: connection reset; rest of file not read"), r);
  }

  @Test
  void bigJsonArrayIsStreamed() {
    // Over the in-memory size: parsed as a stream, item by item.
    StringBuilder json = new StringBuilder("[");
    String text = "Shelling continued along the front line overnight. ".repeat(400);
    int n = 0;
    while (json.length() <= ArchiveReader.JSON_IN_MEMORY_BYTES + 1000) {
      n++;
      json.append(n == 1 ? "" : ",\n").append("{\"url\": \"https://x.example/").append(n)
          .append("\", \"maintext\": \"").append(text).append("\"}");
    }
    json.append(",\n{\"title\": \"no body\"}]");
    CollectingSink sink = read("big.json.gz", gzip(json.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(n + 1, sink.total());
    assertEquals(n, sink.records.size());
    assertEquals("https://x.example/" + n, sink.records.get(n - 1).url());
    assertEquals(new Reject("big.json.gz", "item " + (n + 1), JsonArticles.NO_BODY), sink.onlyRejectAmong());
  }
}
