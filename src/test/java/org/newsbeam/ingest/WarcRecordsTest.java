package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

class WarcRecordsTest {
  private static final Instant DATE = Instant.parse("2024-05-02T10:15:30Z");
  private static final String PAGE_A =
      "<!DOCTYPE html><html><head><title>Drones downed</title></head><body><p>Air defences "
          + "downed six drones near Kharkiv, the governor said.</p></body></html>";

  /** A WARC written record by record, with the offset jwarc's writer put each record at. */
  record Built(byte[] bytes, List<Long> offsets) {}

  static Built buildMixedWarc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(Channels.newChannel(out), compression);
    List<Long> offsets = new ArrayList<>();
    List<WarcRecord> records = new ArrayList<>();
    String a = "https://news.example.org/2024/05/02/drones";
    records.add(SampleWarcBuilder.warcinfo("mixed.warc", DATE));
    records.add(SampleWarcBuilder.request(a, DATE));
    WarcResponse resp =
        SampleWarcBuilder.response(
            a, PAGE_A.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", DATE, null);
    records.add(resp);
    records.add(SampleWarcBuilder.metadata(a, DATE, resp.id()));
    // 4: chunked, gzip-encoded, windows-1252 page
    records.add(rawResponse("https://news.example.org/cafe", chunkedGzipResponse()));
    // 5: revisit
    records.add(
        new WarcRevisit.Builder(a, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
            .date(DATE)
            .refersTo(resp.id(), URI.create(a), DATE)
            .body(MediaType.HTTP_RESPONSE,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
            .build());
    // 6: image
    records.add(
        SampleWarcBuilder.response(
            "https://news.example.org/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2},
            "image/jpeg", DATE, null));
    // 7: redirect, 8: not found
    records.add(rawResponse("http://news.example.org/old",
        "HTTP/1.1 301 Moved Permanently\r\nLocation: https://news.example.org/new\r\n"
            + "Content-Type: text/html\r\nContent-Length: 0\r\n\r\n"));
    records.add(rawResponse("https://news.example.org/missing",
        "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 27\r\n\r\n"
            + "<html><body>gone</body></html>".substring(0, 27)));
    // 9: resource
    records.add(
        new WarcResource.Builder(URI.create("file:///notes.html"))
            .date(DATE)
            .body(MediaType.HTML, "<html><body>resource</body></html>".getBytes(StandardCharsets.UTF_8))
            .build());
    // 10: no Content-Type, HTML by sniffing
    String sniffed = "<html><body><p>Talks resumed in Geneva on Monday.</p></body></html>";
    records.add(rawResponse("https://news.example.org/talks",
        "HTTP/1.1 200 OK\r\nContent-Length: " + sniffed.length() + "\r\n\r\n" + sniffed));
    // 11: octet-stream that is not HTML
    records.add(rawResponse("https://news.example.org/blob",
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 6\r\n\r\n"
            + "\u0000\u0001\u0002abc"));
    // 12: a DNS capture
    records.add(
        new WarcResponse.Builder("dns:news.example.org")
            .date(DATE)
            .body(MediaType.parse("text/dns"), "20240502101530\nnews.example.org. 300 IN A 192.0.2.1\n"
                .getBytes(StandardCharsets.US_ASCII))
            .build());
    // 13: HTML with an empty body
    records.add(rawResponse("https://news.example.org/blank",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n"));
    for (WarcRecord r : records) {
      offsets.add(w.position());
      w.write(r);
    }
    return new Built(out.toByteArray(), offsets);
  }

  static WarcResponse rawResponse(String url, String http) throws IOException {
    return rawResponse(url, http.getBytes(StandardCharsets.ISO_8859_1));
  }

  static WarcResponse rawResponse(String url, byte[] http) throws IOException {
    return new WarcResponse.Builder(url).date(DATE).body(MediaType.HTTP_RESPONSE, http).build();
  }

  static byte[] chunkedGzipResponse() throws IOException {
    // windows-1251: only the header's charset can tell (the fallback would be windows-1252).
    byte[] page = "<html><body><p>Кафе в Одессе снова открылось; владелец сказал «мы остаёмся».</p></body></html>"
        .getBytes(Charset.forName("windows-1251"));
    byte[] gz = ArchiveReaderTest.gzip(page);
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=\"Windows-1251\"\r\n"
        + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    int half = gz.length / 2;
    http.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    http.write(gz, 0, half);
    http.writeBytes(("\r\n" + Integer.toHexString(gz.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    http.write(gz, half, gz.length - half);
    http.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return http.toByteArray();
  }

  static CollectingSink read(ArchiveReader reader, String name, byte[] bytes) {
    CollectingSink sink = new CollectingSink();
    reader.read(name, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  static CollectingSink read(String name, byte[] bytes) {
    return read(new ArchiveReader(ReadLimits.defaults()), name, bytes);
  }

  static Map<String, Integer> skipKinds(CollectingSink sink) {
    Map<String, Integer> kinds = new TreeMap<>();
    sink.skips.forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
    return kinds;
  }

  private void assertMixedWarc(CollectingSink sink, List<Long> offsets, String name) {
    assertEquals(14, sink.total(), sink.toString());
    assertEquals(List.of(), sink.rejects);
    assertEquals(
        new TreeMap<>(Map.of(
            "warcinfo", 1, "warc-request", 1, "warc-metadata", 1, "warc-revisit", 1,
            "warc-resource", 1, "non-html-payload", 3, "http-redirect", 1, "http-error", 1,
            "empty-payload", 1)),
        skipKinds(sink));
    assertEquals(3, sink.records.size());
    assertEquals(
        List.of("offset " + offsets.get(2), "offset " + offsets.get(4), "offset " + offsets.get(10)),
        sink.records.stream().map(RawRecord::location).toList());
    assertEquals("offset " + offsets.get(0), sink.skips.get(0).location());

    RawRecord a = sink.records.get(0);
    assertEquals(name, a.source());
    assertEquals("https://news.example.org/2024/05/02/drones", a.url());
    assertEquals(PAGE_A, a.body());
    assertTrue(a.html());
    assertEquals("2024-05-02T10:15:30Z", a.crawled());
    assertEquals("", a.title());
    assertEquals("", a.published());

    RawRecord cafe = sink.records.get(1);
    assertTrue(cafe.body().contains("Кафе в Одессе снова открылось; владелец сказал «мы остаёмся»."), cafe.body());
    assertTrue(sink.records.get(2).body().contains("Talks resumed in Geneva"));
  }

  @Test
  void recordAtATimeGzipWarc() throws IOException {
    Built warc = buildMixedWarc(WarcCompression.GZIP);
    assertMixedWarc(read("CC-NEWS-x.warc.gz", warc.bytes()), warc.offsets(), "CC-NEWS-x.warc.gz");
  }

  @Test
  void uncompressedWarc() throws IOException {
    Built warc = buildMixedWarc(WarcCompression.NONE);
    assertMixedWarc(read("x.warc", warc.bytes()), warc.offsets(), "x.warc");
  }

  @Test
  void wholeFileGzipWarcHasDecompressedOffsets() throws IOException {
    Built warc = buildMixedWarc(WarcCompression.NONE);
    byte[] gz = ArchiveReaderTest.gzip(warc.bytes());
    assertMixedWarc(read("whole.warc.gz", gz), warc.offsets(), "whole.warc.gz");
  }

  @Test
  void truncatedLastRecordIsRejectedAndTheRestKept() throws IOException {
    for (WarcCompression c : WarcCompression.values()) {
      Built warc = buildMixedWarc(c);
      long lastOffset = warc.offsets().get(13);
      for (int cut : new int[] {5, 30}) {
        byte[] bytes = Arrays.copyOf(warc.bytes(), warc.bytes().length - cut);
        CollectingSink sink = read("cut.warc.gz", bytes);
        String label = c + " cut " + cut + ": " + sink;
        assertEquals(14, sink.total(), label);
        assertEquals(3, sink.records.size(), label);
        assertEquals(10, sink.skips.size(), label);
        Reject r = sink.onlyRejectAmong();
        assertEquals("offset " + lastOffset, r.location(), label);
        assertTrue(r.reason().startsWith(c == WarcCompression.GZIP ? "truncated gzip: " : "truncated record: "), label);
      }
    }
  }

  @Test
  void truncatedWholeFileGzipWarcKeepsRecordsBeforeTheBreak() throws IOException {
    Built warc = buildMixedWarc(WarcCompression.NONE);
    byte[] gz = ArchiveReaderTest.gzip(warc.bytes());
    CollectingSink sink = read("whole.warc.gz", Arrays.copyOf(gz, gz.length - 10));
    assertEquals(1, sink.rejects.size(), sink.toString());
    assertTrue(sink.rejects.get(0).reason().startsWith("truncated gzip: "), sink.toString());
    assertTrue(sink.rejects.get(0).location().startsWith("offset "));
    assertTrue(sink.records.size() >= 2, sink.toString());
  }

  /** A crawl's WARC is often a gigabyte: the file as a whole is never capped, only each record. */
  @Test
  void warcOverTheFileCapsIsReadWhole() throws IOException {
    ArchiveReader tiny = new ArchiveReader(new ReadLimits(500, 2000, 1 << 20, 1 << 20));
    for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      byte[] bytes = buildMixedWarc(c).bytes();
      assertTrue(bytes.length > 2000, "bigger than both caps: " + bytes.length);
      CollectingSink capped = read(tiny, "big.warc", bytes);
      CollectingSink plain = read("big.warc", bytes);
      assertEquals(plain.toString(), capped.toString(), c.toString());
      assertEquals(plain.records, capped.records);
      assertTrue(capped.records.size() >= 2, capped.toString());
    }
  }

  @Test
  void gzipBombInAWarcIsRejected() throws IOException {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1 << 20, 4 << 20, 1 << 20, 1 << 20));
    for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WarcWriter w = new WarcWriter(Channels.newChannel(out), c);
      w.write(SampleWarcBuilder.warcinfo("bomb.warc", DATE));
      long bombAt = w.position();
      w.write(SampleWarcBuilder.response("https://x.example/zeros", new byte[16 << 20], "text/html", DATE, null));
      byte[] bytes = out.toByteArray();
      if (c == WarcCompression.NONE) {
        bytes = ArchiveReaderTest.gzip(bytes); // whole-file gzip
      }
      assertTrue(bytes.length < 1 << 20, "the bomb is small: " + bytes.length);
      CollectingSink sink = read(small, "bomb.warc.gz", bytes);
      assertEquals(1, sink.skips.size(), sink.toString());
      Reject r = sink.onlyRejectAmong();
      assertTrue(r.reason().startsWith("decompressed size exceeds 4194304 bytes"), c + ": " + r);
      if (c == WarcCompression.GZIP) {
        assertEquals("offset " + bombAt, r.location());
      }
    }
  }

  @Test
  void oversizedPayloadIsRejectedWithTheCap() throws IOException {
    ArchiveReader small = new ArchiveReader(new ReadLimits(1 << 24, 1 << 24, 1000, 1000));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    w.write(SampleWarcBuilder.response("https://x.example/big",
        ("<html><body>" + "word ".repeat(2000) + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "text/html", DATE, null));
    w.write(SampleWarcBuilder.response("https://x.example/mid",
        ("<html><body>" + "w".repeat(1500) + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "text/html", DATE, null));
    w.write(SampleWarcBuilder.response("https://x.example/small",
        "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8), "text/html", DATE, null));
    CollectingSink sink = read(small, "big.warc.gz", out.toByteArray());
    assertEquals(3, sink.total(), sink.toString());
    assertEquals(1, sink.records.size());
    assertEquals("https://x.example/small", sink.records.get(0).url());
    assertEquals("record too large: more than 4000 bytes, over the cap of 1000 chars", sink.rejects.get(0).reason());
    assertEquals("record too large: 1526 chars (cap 1000)", sink.rejects.get(1).reason());
  }

  @Test
  void notAWarcIsRejectedFromOffsetZero() {
    CollectingSink sink = read("page.warc", "<html><body>not a warc</body></html>\n".getBytes(StandardCharsets.UTF_8));
    Reject r = sink.onlyReject();
    assertEquals("offset 0", r.location());
    assertTrue(r.reason().startsWith("malformed WARC record header: "), r.reason());
    assertTrue(r.reason().endsWith("; rest of file not read"), r.reason());
  }

  @Test
  void binaryPayloadLabelledHtmlIsRejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
    byte[] junk = new byte[2000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 0 : i);
    }
    w.write(SampleWarcBuilder.response("https://x.example/j", junk, "text/html", DATE, null));
    Reject r = read("j.warc", out.toByteArray()).onlyReject();
    assertEquals(new Reject("j.warc", "offset 0", "binary content"), r);
  }

  @Test
  void sampleWarcBuilderWritesWhatTheReaderReads(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    Files.write(a, ArchiveReaderTest.fixture("article.html"));
    Files.write(b, ArchiveReaderTest.fixture("cp1252-labelled-utf8.html"));
    Path out = dir.resolve("sample/news.warc.gz");
    SampleWarcBuilder.main(new String[] {
        out.toString(),
        "https://news.example.org/2024/05/drones=" + a,
        "https://news.example.org/cafe?id=7=" + b});
    byte[] bytes = Files.readAllBytes(out);
    CollectingSink sink = read(out.toString(), bytes);
    assertEquals(7, sink.total(), sink.toString());
    assertEquals(Map.of("warcinfo", 1, "warc-request", 2, "warc-metadata", 2), skipKinds(sink));
    assertEquals("https://news.example.org/2024/05/drones", sink.records.get(0).url());
    assertEquals("https://news.example.org/cafe?id=7", sink.records.get(1).url());
    assertEquals("2024-05-01T12:00:00Z", sink.records.get(0).crawled());
    assertEquals("2024-05-01T12:01:00Z", sink.records.get(1).crawled());
    assertTrue(sink.records.get(0).body().contains("A café near the port"));
    assertTrue(sink.records.get(1).body().contains("José Martínez"));
    // Reproducible: same inputs, same bytes.
    Path again = dir.resolve("again/news.warc.gz");
    SampleWarcBuilder.main(new String[] {
        again.toString(),
        "https://news.example.org/2024/05/drones=" + a,
        "https://news.example.org/cafe?id=7=" + b});
    assertTrue(Arrays.equals(bytes, Files.readAllBytes(again)));
    assertFalse(sink.records.get(0).body().isEmpty());
  }

  @Test
  void endlessRecordHeaderIsRejectedNotBuffered() throws IOException {
    // A gzip member holding a WARC header line of 300 MB: jwarc alone would buffer all of it.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    w.write(SampleWarcBuilder.warcinfo("h.warc.gz", DATE));
    long at = w.position();
    out.writeBytes(ArchiveReaderTest.gzip(
        "WARC/1.0\r\nWARC-Type: response\r\nX-Junk: ".getBytes(StandardCharsets.US_ASCII)));
    out.writeBytes(ArchiveReaderTest.gzipOfRepeated((byte) 'a', 300));
    CollectingSink sink = read("h.warc.gz", out.toByteArray());
    assertEquals(List.of(new Skip("h.warc.gz", "offset 0", "warcinfo")), sink.skips);
    Reject r = sink.onlyRejectAmong();
    assertEquals("offset " + at, r.location());
    assertEquals("WARC record header longer than 1048576 bytes; rest of file not read", r.reason());
  }

  /** A WARC record written by hand, as some crawlers write them. */
  static String handRecord(String headers, String block) {
    return "WARC/1.0\r\n" + headers + "Content-Length: "
        + block.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + block + "\r\n\r\n";
  }

  @Test
  void handWrittenWarcWithQuirksAndABadHttpRecord() {
    String page = "<html><body><p>Ceasefire talks in Doha.</p></body></html>";
    String warc =
        handRecord(
                "WARC-Type: response\r\nWARC-Date: 2024-05-03T08:00:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                    + "WARC-Target-URI: https://news.example.org/doha\r\n"
                    + "Content-Type: application/http; msgtype=response\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page)
            // Not HTTP at all, though labelled so.
            + handRecord(
                "WARC-Type: response\r\nWARC-Date: 2024-05-03T08:01:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
                    + "WARC-Target-URI: https://news.example.org/bad\r\n"
                    + "Content-Type: application/http; msgtype=response\r\n",
                "this is not an HTTP response\r\n\r\n")
            // No WARC Content-Type: an HTTP capture by its URL (in angle brackets, as the WARC
            // 1.0 spec's examples wrote it).
            + handRecord(
                "WARC-Type: response\r\nWARC-Date: 2024-05-03T08:02:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000003>\r\n"
                    + "WARC-Target-URI: <https://news.example.org/untyped>\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page);
    byte[] bytes = warc.getBytes(StandardCharsets.UTF_8);
    CollectingSink sink = read("hand.warc", bytes);
    assertEquals(3, sink.total(), sink.toString());
    assertEquals(2, sink.records.size(), sink.toString());
    assertEquals("https://news.example.org/doha", sink.records.get(0).url());
    assertEquals("2024-05-03T08:00:00Z", sink.records.get(0).crawled());
    assertEquals(page, sink.records.get(0).body());
    assertEquals("https://news.example.org/untyped", sink.records.get(1).url());
    Reject bad = sink.onlyRejectAmong();
    assertEquals("offset " + warc.indexOf("WARC/1.0", 10), bad.location());
    assertTrue(bad.reason().startsWith("malformed HTTP response: "), bad.reason());
    assertEquals("offset " + warc.lastIndexOf("WARC/1.0"), sink.records.get(1).location());
  }

  @Test
  void contentTypeHeadersAreParsedLeniently() {
    assertEquals("text/html", WarcRecords.baseType("Text/HTML; Charset=\"ISO-8859-1\""));
    assertEquals("ISO-8859-1", WarcRecords.charsetParameter("Text/HTML; Charset=\"ISO-8859-1\""));
    assertEquals("text/html", WarcRecords.baseType("text/html charset=utf-8"));
    assertEquals("utf-8", WarcRecords.charsetParameter("text/html charset=utf-8"));
    assertEquals("utf-8", WarcRecords.charsetParameter("text/html;;charset= 'utf-8'"));
    assertEquals(null, WarcRecords.charsetParameter("text/html"));
    assertEquals(java.util.Optional.of(true), WarcRecords.htmlByType("application/xhtml+xml"));
    assertEquals(java.util.Optional.of(false), WarcRecords.htmlByType("application/pdf"));
    assertEquals(java.util.Optional.empty(), WarcRecords.htmlByType("text/plain"));
    assertEquals(java.util.Optional.empty(), WarcRecords.htmlByType("garbage"));
    assertEquals(java.util.Optional.empty(), WarcRecords.htmlByType(""));
  }
}
