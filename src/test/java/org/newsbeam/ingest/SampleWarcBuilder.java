package org.newsbeam.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds a small WARC shaped like Common Crawl's CC-NEWS files from local HTML pages: a warcinfo
 * record, then for each page a request, a response (HTTP headers and the page) and a metadata
 * record, gzipped record by record. Record ids and dates are fixed, so the same inputs give the
 * same bytes.
 *
 * <p>Command (from the repository root). It is a single-file Java program that needs only
 * jwarc, so no build is needed; keep it self-contained (sample-data/tools/build_warc.sh runs it
 * this way, and sample-data's gold offsets depend on its output staying byte-for-byte stable):
 *
 * <pre>
 * java -cp $HOME/.m2/repository/org/netpreserve/jwarc/0.31.1/jwarc-0.31.1.jar \
 *     src/test/java/org/newsbeam/ingest/SampleWarcBuilder.java \
 *     --date=2025-11-13T04:00:00Z sample-data/archive/warc/sample.warc.gz \
 *     https://news.example.org/a.html=pages/a.html https://news.example.org/b.html=pages/b.html
 * </pre>
 *
 * (Compiled: {@code mvn -o -q test-compile}, then the same with {@code -cp
 * target/test-classes:<jwarc jar>} and the class name {@code org.newsbeam.ingest.SampleWarcBuilder}.)
 *
 * Arguments: {@code [--date=2024-05-01T12:00:00Z] <out.warc.gz> <url=file.html>...}. The WARC-Date
 * of page i is the given date plus i minutes. An output name not ending in ".gz" is written
 * uncompressed. A page that is valid UTF-8 gets {@code Content-Type: text/html; charset=UTF-8},
 * any other page plain {@code text/html} (its meta tag, if any, names the charset).
 */
public final class SampleWarcBuilder {
  static final Instant DEFAULT_DATE = Instant.parse("2024-05-01T12:00:00Z");

  private SampleWarcBuilder() {}

  public static void main(String[] args) throws IOException {
    Instant date = DEFAULT_DATE;
    int i = 0;
    if (args.length > 0 && args[0].startsWith("--date=")) {
      date = Instant.parse(args[0].substring("--date=".length()));
      i = 1;
    }
    if (args.length - i < 2) {
      System.err.println(
          "usage: SampleWarcBuilder [--date=2024-05-01T12:00:00Z] <out.warc.gz> <url=file.html>...");
      System.exit(2);
    }
    Path out = Path.of(args[i]);
    Map<String, byte[]> pages = new LinkedHashMap<>();
    for (String arg : List.of(args).subList(i + 1, args.length)) {
      // Split at the last '=': URLs may contain '=' in their query, file paths rarely do.
      int eq = arg.lastIndexOf('=');
      if (eq <= 0 || eq == arg.length() - 1) {
        System.err.println("not url=file.html: " + arg);
        System.exit(2);
      }
      pages.put(arg.substring(0, eq), Files.readAllBytes(Path.of(arg.substring(eq + 1))));
    }
    WarcCompression compression =
        out.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      write(os, compression, out.getFileName().toString(), pages, date);
    }
    System.out.println("wrote " + pages.size() + " pages to " + out);
  }

  /** Writes warcinfo, then request, response and metadata per page, in the map's order. */
  public static void write(
      OutputStream out,
      WarcCompression compression,
      String fileName,
      Map<String, byte[]> pages,
      Instant date)
      throws IOException {
    WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
    writer.write(warcinfo(fileName, date));
    int n = 0;
    for (Map.Entry<String, byte[]> page : pages.entrySet()) {
      Instant when = date.plusSeconds(60L * n++);
      String url = page.getKey();
      WarcRequest request = request(url, when);
      writer.write(request);
      WarcResponse response =
          response(url, page.getValue(), contentTypeFor(page.getValue()), when, request.id());
      writer.write(response);
      writer.write(metadata(url, when, response.id()));
    }
    out.flush();
  }

  static Warcinfo warcinfo(String fileName, Instant date) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("newsbeam SampleWarcBuilder"));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("description", List.of("Sample news pages for newsbeam tests"));
    return new Warcinfo.Builder()
        .recordId(id("warcinfo", fileName))
        .date(date)
        .filename(fileName)
        .fields(fields)
        .build();
  }

  static WarcRequest request(String url, Instant date) throws IOException {
    URI uri = URI.create(url);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    HttpRequest http =
        new HttpRequest.Builder("GET", path)
            .addHeader("Host", uri.getHost() == null ? "" : uri.getHost())
            .addHeader("User-Agent", "newsbeam-sample/1.0")
            .addHeader("Accept", "text/html,application/xhtml+xml")
            .build();
    return new WarcRequest.Builder(url).recordId(id("request", url)).date(date).body(http).build();
  }

  /** A 200 response carrying {@code page} with the given Content-Type. */
  static WarcResponse response(
      String url, byte[] page, String contentType, Instant date, URI concurrentTo)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Type", contentType)
            .addHeader("Server", "nginx")
            .body(MediaType.parse(contentType), page)
            .build();
    WarcResponse.Builder b =
        new WarcResponse.Builder(url).recordId(id("response", url)).date(date).body(http);
    if (concurrentTo != null) {
      b.concurrentTo(concurrentTo);
    }
    return b.build();
  }

  static WarcMetadata metadata(String url, Instant date, URI concurrentTo) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("fetchTimeMs", List.of("120"));
    fields.put("languages-cld2", List.of("{\"languages\":[{\"code\":\"en\"}]}"));
    return new WarcMetadata.Builder()
        .recordId(id("metadata", url))
        .date(date)
        .targetURI(url)
        .concurrentTo(concurrentTo)
        .fields(fields)
        .build();
  }

  static String contentTypeFor(byte[] page) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(page));
      return "text/html; charset=UTF-8";
    } catch (CharacterCodingException e) {
      return "text/html";
    }
  }

  private static URI id(String type, String key) {
    return URI.create(
        "urn:uuid:" + UUID.nameUUIDFromBytes((type + " " + key).getBytes(StandardCharsets.UTF_8)));
  }
}
