package org.newsbeam.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (plain, record-at-a-time gzip as Common Crawl publishes, or whole-file gzip)
 * with jwarc.
 *
 * <p>A {@code response} record with an HTTP 2xx status and an HTML payload (Content-Type {@code
 * text/html} or {@code application/xhtml+xml}; or, when the type is missing, generic or {@code
 * text/plain}, the WARC-Identified-Payload-Type or a sniff of the first bytes) becomes a record:
 * url from WARC-Target-URI, crawled from WARC-Date (as given), charset from the HTTP Content-Type,
 * chunked transfer and gzip/deflate content encodings removed. Other records are skipped, counted
 * by kind: {@code warcinfo}, {@code warc-request}, {@code warc-metadata}, {@code warc-revisit},
 * {@code warc-resource} (and {@code warc-<type>} for rarer types), {@code http-redirect} (3xx),
 * {@code http-error} (1xx, 4xx, 5xx), {@code non-html-payload}, {@code empty-payload}.
 *
 * <p>Location is "offset N": the byte offset of the record in the file as stored, i.e. the
 * compressed offset for record-at-a-time gzip (what CDX indexes give), and the offset in the
 * decompressed data for a whole-file gzip (which has no per-record compressed offset).
 *
 * <p>Each record's block is read to its end before the record is emitted, so a truncated last
 * record is rejected (with its offset), never half-analysed, and the records before it are kept.
 * A broken record header cannot be resynced: the rest of the file is rejected from there.
 */
final class WarcRecords {
  /** A WARC record header (with the start of the body jwarc reads ahead) must fit in this. */
  static final int MAX_HEADER_BYTES = 1 << 20;

  private static final int SNIFF_BYTES = 1024;

  private final ReadLimits limits;

  WarcRecords(ReadLimits limits) {
    this.limits = limits;
  }

  void read(String source, InputStream raw, ArchiveReader.CountingSink sink) {
    WarcReader reader;
    GzipMembers members = null;
    HeaderWindow window;
    try {
      PushbackInputStream peekable = new PushbackInputStream(raw, 2);
      byte[] head = peekable.readNBytes(2);
      if (head.length == 0) {
        sink.reject(new Reject(source, "", "empty file"));
        return;
      }
      peekable.unread(head);
      InputStream data = peekable;
      if (head.length == 2 && GzipMembers.isGzipMagic(head[0] & 0xff, head[1] & 0xff)) {
        // Gunzipped here, not by jwarc, so the decompressed size is capped and each record's
        // compressed offset is known.
        members = new GzipMembers(peekable, true);
        data = members;
      }
      // No cap on the whole file: a crawl's WARC is often a gigabyte. Headers are bounded by the
      // window, each block by the check below and the payload cap.
      window = new HeaderWindow(data);
      window.allowFromHere(MAX_HEADER_BYTES);
      reader = new WarcReader(window);
      reader.setLenient(true);
    } catch (IOException e) {
      sink.reject(new Reject(source, "", ArchiveReader.describe(e)));
      return;
    }
    while (true) {
      Optional<WarcRecord> next;
      window.allowFromHere(MAX_HEADER_BYTES);
      try {
        next = reader.next();
      } catch (IOException e) {
        // jwarc reports the position it failed at: the start of the broken record.
        sink.reject(new Reject(source, locate(reader.position(), members), brokenStream(e)));
        return;
      } catch (RuntimeException e) {
        sink.reject(
            new Reject(
                source,
                locate(reader.position(), members),
                "malformed WARC: " + ArchiveReader.describe(e) + REST_NOT_READ));
        return;
      }
      window.allowAll();
      if (next.isEmpty()) {
        return;
      }
      WarcRecord record = next.get();
      final String at = locate(reader.position(), members);
      long blockSize;
      try {
        blockSize = record.body().size();
      } catch (IOException e) {
        blockSize = 0;
      }
      // A gzip member declaring more than the cap is a bomb: refuse it before inflating. A huge
      // block in a plain file is skipped as it is read (the payload cap bounds what is kept).
      if (members != null && blockSize > limits.maxDecompressedBytes()) {
        sink.reject(
            new Reject(
                source,
                at,
                "decompressed size exceeds " + limits.maxDecompressedBytes() + " bytes"
                    + REST_NOT_READ));
        return;
      }
      Runnable outcome;
      try {
        outcome = classify(source, at, record, sink);
      } catch (IOException | RuntimeException e) {
        String reason = e instanceof ParsingException
            ? "malformed HTTP response: " + e.getMessage()
            : "unreadable payload: " + ArchiveReader.describe(e);
        outcome = () -> sink.reject(new Reject(source, at, reason));
      }
      try {
        // The whole block must be there before anything about this record counts.
        record.body().consume();
      } catch (IOException e) {
        sink.reject(new Reject(source, at, brokenStream(e)));
        return;
      } catch (RuntimeException e) {
        sink.reject(
            new Reject(
                source, at, "malformed WARC: " + ArchiveReader.describe(e) + REST_NOT_READ));
        return;
      }
      outcome.run();
    }
  }

  /**
   * "offset N": the compressed offset where the record's gzip member starts, or, in plain WARC
   * and inside a whole-file gzip, the offset in the (decompressed) WARC data.
   */
  private static String locate(long position, GzipMembers members) {
    if (members != null) {
      long compressed = members.compressedOffsetOf(position);
      if (compressed >= 0) {
        return "offset " + compressed;
      }
    }
    return "offset " + position;
  }

  private static final String REST_NOT_READ = "; rest of file not read";

  /** Reason for a failure of the file's byte stream (not of one record's content). */
  private static String brokenStream(IOException e) {
    if (e instanceof CapExceededException) {
      return e.getMessage() + REST_NOT_READ;
    }
    if (e instanceof TruncatedGzipException) {
      return e.getMessage();
    }
    String msg = String.valueOf(e.getMessage());
    if (e instanceof java.io.EOFException) {
      return "truncated record: " + msg;
    }
    if (e instanceof ParsingException) {
      return "malformed WARC record header: " + msg + REST_NOT_READ;
    }
    return ArchiveReader.describe(e) + REST_NOT_READ;
  }

  /** What to emit for a record, computed before its block is confirmed complete. */
  private Runnable classify(String source, String location, WarcRecord record, RecordSink sink)
      throws IOException {
    String type = record.type().toLowerCase(Locale.ROOT);
    if (!type.equals("response")) {
      String kind = type.equals("warcinfo") ? "warcinfo" : "warc-" + type;
      return () -> sink.skip(source, location, kind);
    }
    if (!(record instanceof WarcResponse response) || !isHttp(response)) {
      // dns:, gemini: and other non-HTTP captures
      return () -> sink.skip(source, location, "non-html-payload");
    }
    HttpResponse http = response.http();
    int status = http.status();
    if (status >= 300 && status < 400) {
      return () -> sink.skip(source, location, "http-redirect");
    }
    if (status < 200 || status >= 300) {
      return () -> sink.skip(source, location, "http-error");
    }
    String httpType = http.headers().first("Content-Type").orElse("");
    Optional<Boolean> declaredHtml = htmlByType(baseType(httpType));
    if (declaredHtml.isEmpty()) {
      declaredHtml =
          htmlByType(baseType(record.headers().first("WARC-Identified-Payload-Type").orElse("")));
    }
    if (declaredHtml.isPresent() && !declaredHtml.get()) {
      return () -> sink.skip(source, location, "non-html-payload");
    }
    long cap = limits.maxRecordBytes();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
    boolean over;
    try (InputStream body = http.bodyDecoded().stream()) {
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      over = false;
      while ((n = body.read(chunk)) >= 0) {
        total += n;
        if (total > cap) {
          over = true;
          break;
        }
        buf.write(chunk, 0, n);
      }
    }
    if (over) {
      String reason = "record too large: more than " + cap + " bytes, over the cap of "
          + limits.maxRecordChars() + " chars";
      return () -> sink.reject(new Reject(source, location, reason));
    }
    byte[] bytes = buf.toByteArray();
    if (bytes.length == 0 || isBlank(bytes)) {
      return () -> sink.skip(source, location, "empty-payload");
    }
    if (CharsetDecoding.looksBinary(bytes, 0, bytes.length)) {
      return declaredHtml.isPresent()
          ? () -> sink.reject(new Reject(source, location, "binary content"))
          : () -> sink.skip(source, location, "non-html-payload");
    }
    if (declaredHtml.isEmpty() && !sniffsAsHtml(bytes)) {
      return () -> sink.skip(source, location, "non-html-payload");
    }
    CharsetDecoding.Decoded d =
        CharsetDecoding.decode(bytes, 0, bytes.length, charsetParameter(httpType), true);
    if (d.undecodable()) {
      return () -> sink.reject(new Reject(source, location, d.undecodableReason()));
    }
    if (d.text().length() > limits.maxRecordChars()) {
      String reason = ArchiveReader.tooLargeChars(d.text().length(), limits);
      return () -> sink.reject(new Reject(source, location, reason));
    }
    String url = targetOf(response);
    String crawled = record.headers().first("WARC-Date").orElse("").strip();
    RawRecord out = new RawRecord(source, location, url, d.text(), true, "", "", crawled, "");
    return () -> sink.record(out);
  }

  /** An HTTP capture: by its Content-Type, or, when a crawler left that out, by its URL scheme. */
  private static boolean isHttp(WarcResponse response) {
    Optional<String> type = response.headers().first("Content-Type");
    if (type.isPresent()) {
      return baseType(type.get()).equals("application/http");
    }
    String target = response.headers().first("WARC-Target-URI").orElse("");
    target = target.startsWith("<") ? target.substring(1) : target;
    return target.regionMatches(true, 0, "http:", 0, 5)
        || target.regionMatches(true, 0, "https:", 0, 6);
  }

  private static String targetOf(WarcResponse response) {
    try {
      String t = response.target();
      return t == null ? "" : t.strip();
    } catch (RuntimeException e) {
      return response.headers().first("WARC-Target-URI").orElse("").strip();
    }
  }

  private static final Pattern BASE_TYPE = Pattern.compile("^\\s*([^;\\s]*)");
  private static final Pattern CHARSET =
      Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?\\s*([^\"';\\s]+)");

  /** "text/html" from "Text/HTML; charset=UTF-8" (servers are sloppy; parsed by hand). */
  static String baseType(String contentType) {
    Matcher m = BASE_TYPE.matcher(contentType);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** The charset parameter of a Content-Type header, or null. */
  static String charsetParameter(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** True/false when the type says HTML or not; empty when it says nothing useful. */
  static Optional<Boolean> htmlByType(String base) {
    switch (base) {
      case "text/html":
      case "application/xhtml+xml":
        return Optional.of(true);
      case "":
      case "application/octet-stream":
      case "text/plain":
      case "application/unknown":
      case "unknown/unknown":
      case "*/*":
        return Optional.empty();
      default:
        // Only a well-formed type/subtype is trusted to say "not HTML".
        int slash = base.indexOf('/');
        return slash > 0 && slash < base.length() - 1 ? Optional.of(false) : Optional.empty();
    }
  }

  /** The start of the payload looks like an HTML document. */
  static boolean sniffsAsHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body");
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Lets jwarc read at most a given number of bytes past the current point while it parses a
   * record header: jwarc grows its buffer without bound for a header that never ends (a hostile
   * or corrupt file would exhaust memory). Bodies are bounded by their Content-Length and the
   * decompressed cap instead.
   */
  static final class HeaderWindow extends java.io.FilterInputStream {
    private long count;
    private long end = Long.MAX_VALUE;

    HeaderWindow(InputStream in) {
      super(in);
    }

    void allowFromHere(long bytes) {
      end = count + bytes;
    }

    void allowAll() {
      end = Long.MAX_VALUE;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (count >= end) {
        throw new CapExceededException("WARC record header longer than " + MAX_HEADER_BYTES
            + " bytes");
      }
      int n = in.read(b, off, (int) Math.min(len, end - count));
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
