package org.newsbeam.generate;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * WARC files shaped like Common Crawl's CC-NEWS: record-at-a-time gzip; a warcinfo record, then
 * request, response and metadata per page. Starts a new file every {@code perFile} pages. Record
 * ids derive from the seed and URL, so the same run gives the same bytes.
 */
final class WarcOut implements Closeable {
  private final Path dir;
  private final String prefix;
  private final int perFile;
  private final long seed;
  private WarcWriter writer;
  private FileChannel channel;
  private Path file;
  private int inFile;
  private int part;

  WarcOut(Path dir, String prefix, int perFile, long seed) {
    this.dir = dir;
    this.prefix = prefix;
    this.perFile = perFile;
    this.seed = seed;
  }

  /** The file the next page goes to. */
  Path file() throws IOException {
    if (writer == null || inFile >= perFile) {
      close();
      part++;
      Files.createDirectories(dir);
      file = dir.resolve(String.format(Locale.ROOT, "%s-%05d.warc.gz", prefix, part));
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      writer = new WarcWriter(channel, WarcCompression.GZIP);
      Map<String, List<String>> fields = new LinkedHashMap<>();
      fields.put("software", List.of("newsbeam generate"));
      fields.put("format", List.of("WARC File Format 1.1"));
      fields.put("description", List.of("Generated news pages for newsbeam tests and benchmarks"));
      writer.write(new Warcinfo.Builder().recordId(id("warcinfo", file.getFileName().toString()))
          .date(Instant.parse("2025-11-01T00:00:00Z")).filename(file.getFileName().toString()).fields(fields).build());
      inFile = 0;
    }
    return file;
  }

  /** Writes one page; returns the byte offset of its response record in the (compressed) file. */
  long write(String url, byte[] page, Instant date) throws IOException {
    file();
    URI uri = URI.create(url);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    HttpRequest http = new HttpRequest.Builder("GET", path)
        .addHeader("Host", uri.getHost())
        .addHeader("User-Agent", "newsbeam-generate/1.0")
        .addHeader("Accept", "text/html,application/xhtml+xml")
        .build();
    WarcRequest request = new WarcRequest.Builder(url).recordId(id("request", url)).date(date).body(http).build();
    writer.write(request);
    long offset = writer.position();
    String type = "text/html; charset=UTF-8";
    HttpResponse resp = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", type)
        .addHeader("Server", "nginx")
        .body(MediaType.parse(type), page)
        .build();
    WarcResponse response = new WarcResponse.Builder(url).recordId(id("response", url)).date(date)
        .concurrentTo(request.id()).body(resp).build();
    writer.write(response);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("fetchTimeMs", List.of("140"));
    fields.put("languages-cld2", List.of("{\"languages\":[{\"code\":\"en\"}]}"));
    writer.write(new WarcMetadata.Builder().recordId(id("metadata", url)).date(date).targetURI(url)
        .concurrentTo(response.id()).fields(fields).build());
    inFile++;
    return offset;
  }

  private URI id(String type, String key) {
    return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes((seed + " " + type + " " + key).getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    if (channel != null && channel.isOpen()) {
      channel.close();
    }
    channel = null;
  }
}
