package org.newsbeam.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.util.Locale;

/**
 * Reads one archive file of scraped news into {@link RawRecord}s. Plain Java; the pipeline's DoFn
 * calls {@link #read} once per matched file.
 *
 * <p>Formats, chosen by file name, each optionally gzipped ({@code .gz}; gzip is also recognised
 * by its magic bytes, and files of concatenated gzip members are read whole):
 *
 * <ul>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}: one page per file; url and title "" (the text
 *       package finds canonical URL and title in the page); charset per {@link CharsetDecoding}.
 *   <li>{@code .jsonl}, {@code .ndjson}: one article object per line, location "line N" (1-based,
 *       counting every physical line). Blank lines are not records. Fields per {@link
 *       JsonArticles}. Lines are decoded one by one (UTF-8, else windows-1252).
 *   <li>{@code .json}: one article object per file (news-please), location "", or an array of
 *       them, location "item N" (1-based).
 *   <li>{@code .txt}: one plain-text article per file. Title rule: the first non-blank line is the
 *       title when it is shorter than 200 chars, does not end in '.', ',', ';' or ':' (a headline,
 *       not a sentence) and more text follows it; otherwise title "". The body is the whole text,
 *       title line included.
 *   <li>{@code .warc}: see {@link WarcRecords}.
 * </ul>
 *
 * <p>Every record the reader meets ends in exactly one sink call (record, skip or reject), and a
 * file that yields none of them is rejected ("empty file..."), so no file vanishes silently.
 * {@code read} never throws for bad content; a read error mid-file keeps the records already
 * emitted and rejects the rest at the location where it broke. The caller owns and closes {@code
 * in}.
 *
 * <p>Limits ({@link ReadLimits}): an HTML or text file over {@code maxFileBytes} (known size, or
 * counted while reading) is rejected, and more than {@code maxDecompressedBytes} of gunzipped data
 * stops its read ("decompressed size exceeds N bytes"), so a gzip bomb is never expanded. JSON
 * lines, JSON and WARC files are read record by record and have no size cap as a whole: a JSON
 * line with no line end in {@code maxDecompressedBytes} stops the file, and a WARC record
 * declaring a block over it is refused; a record body over
 * {@code maxRecordChars} is rejected ("record too large: ..."), not cut; a JSON line over {@code
 * maxLineChars} is rejected without being parsed or held in memory.
 */
public final class ArchiveReader implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** .json files up to this size are decoded with charset detection; bigger ones streamed. */
  static final int JSON_IN_MEMORY_BYTES = 16 << 20;

  /** Title rule for .txt: a first line at least this long is a paragraph, not a title. */
  static final int MAX_TXT_TITLE_CHARS = 200;

  enum Format {
    HTML,
    JSONL,
    JSON,
    TXT,
    WARC;

    /**
     * Formats whose file is one record, held in memory, so the file caps bound it. JSON lines,
     * JSON arrays and WARC are read record by record: only each record (and line) is capped, so a
     * scraper export or a crawl's 1 GB WARC of any size is read in bounded memory.
     */
    boolean readWhole() {
      return this == HTML || this == TXT;
    }
  }

  private final ReadLimits limits;

  public ArchiveReader(ReadLimits limits) {
    this.limits = limits;
  }

  public ReadLimits limits() {
    return limits;
  }

  /** Whether {@link #read} knows the file's format, judged by its name. */
  public static boolean supports(String fileName) {
    return formatOf(fileName) != null;
  }

  /** Reads a file whose size is not known up front. */
  public void read(String source, InputStream in, RecordSink sink) {
    read(source, in, -1, sink);
  }

  /**
   * Reads a file.
   *
   * @param source the file path as matched, used for format dispatch and in every output row
   * @param in the raw file bytes
   * @param sizeBytes the stored file size if known (a bigger-than-cap file is then rejected
   *     without reading any of it), or -1
   */
  public void read(String source, InputStream in, long sizeBytes, RecordSink sink) {
    CountingSink out = new CountingSink(sink);
    Format format = formatOf(source);
    if (format == null) {
      out.reject(new Reject(source, "", "unsupported file type: " + extensionOf(source)));
      return;
    }
    if (format.readWhole() && sizeBytes > limits.maxFileBytes()) {
      out.reject(new Reject(source, "", fileTooLarge(sizeBytes)));
      return;
    }
    if (sizeBytes == 0) {
      out.reject(new Reject(source, "", "empty file"));
      return;
    }
    try {
      switch (format) {
        case HTML -> readWholeFile(source, in, true, out);
        case TXT -> readWholeFile(source, in, false, out);
        case JSONL -> readJsonLines(source, in, out);
        case JSON -> readJsonFile(source, in, out);
        case WARC -> new WarcRecords(limits).read(source, in, out);
      }
    } catch (RuntimeException e) {
      // A bug or a library surprise must cost one file, not the pipeline.
      out.reject(new Reject(source, out.lastLocation(), "read failed: " + describe(e)));
    }
    if (out.total() == 0) {
      out.reject(new Reject(source, "", "empty file: no records"));
    }
  }

  // --- formats -----------------------------------------------------------------------------

  private void readWholeFile(String source, InputStream in, boolean html, RecordSink sink) {
    byte[] bytes;
    long total;
    try {
      InputStream data = openData(in);
      if (data == null) {
        sink.reject(new Reject(source, "", "empty file"));
        return;
      }
      ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
      total = copyAtMost(data, buf, limits.maxRecordBytes());
      if (total > limits.maxRecordBytes()) {
        // Keep counting (within the file caps) to report the real size.
        total += drain(data);
        sink.reject(new Reject(source, "", tooLargeBytes(total, limits)));
        return;
      }
      bytes = buf.toByteArray();
    } catch (IOException e) {
      sink.reject(new Reject(source, "", describe(e)));
      return;
    }
    if (bytes.length == 0) {
      sink.reject(new Reject(source, "", "empty file"));
      return;
    }
    if (CharsetDecoding.looksBinary(bytes, 0, bytes.length)) {
      sink.reject(new Reject(source, "", "binary content"));
      return;
    }
    CharsetDecoding.Decoded d = CharsetDecoding.decode(bytes, 0, bytes.length, null, html);
    String reason = checkText(d);
    if (reason != null) {
      sink.reject(new Reject(source, "", reason));
      return;
    }
    String junk = html ? null : NotLanguage.reason(d.text());
    if (junk != null) {
      sink.reject(new Reject(source, "", NotLanguage.REASON + junk));
      return;
    }
    String title = html ? "" : txtTitle(d.text());
    sink.record(new RawRecord(source, "", "", d.text(), html, title, "", "", ""));
  }

  private void readJsonLines(String source, InputStream in, CountingSink sink) {
    long lineNo = 0;
    try {
      InputStream data = openStream(in);
      if (data == null) {
        sink.reject(new Reject(source, "", "empty file"));
        return;
      }
      BoundedLineReader lines = new BoundedLineReader(data, limits.maxLineBytes(), limits.maxDecompressedBytes(),
          "line too long: no line end in " + limits.maxDecompressedBytes() + " bytes");
      while (true) {
        sink.at("line " + (lineNo + 1));
        if (!lines.next()) {
          break;
        }
        lineNo++;
        String location = "line " + lineNo;
        if (lines.isBlank()) {
          continue;
        }
        if (lines.overflowed()) {
          sink.reject(new Reject(source, location, lineTooLongBytes(lines.length())));
          continue;
        }
        readJsonLine(source, location, lines.bytes(), lines.keptLength(), sink);
      }
    } catch (IOException e) {
      sink.reject(new Reject(source, sink.lastLocation(), describe(e) + restNotRead(e)));
    }
  }

  private void readJsonLine(String source, String location, byte[] bytes, int len, RecordSink sink) {
    if (len <= limits.maxLineChars() && !startsWithBom(bytes, len)
        && CharsetDecoding.Utf8Scan.of(bytes, 0, len).invalid == 0) {
      // The common case, clean UTF-8 within the cap: Jackson parses the bytes directly.
      JsonNode node;
      try {
        node = JsonArticles.MAPPER.readTree(bytes, 0, len);
      } catch (JsonProcessingException e) {
        sink.reject(new Reject(source, location, JsonArticles.malformed(e)));
        return;
      } catch (IOException e) {
        sink.reject(new Reject(source, location, "malformed JSON: " + describe(e)));
        return;
      }
      JsonArticles.emit(source, location, node, limits, sink);
      return;
    }
    CharsetDecoding.Decoded d = CharsetDecoding.decode(bytes, 0, len, null, false);
    if (d.text().length() > limits.maxLineChars()) {
      sink.reject(
          new Reject(
              source,
              location,
              "line too long: " + d.text().length() + " chars (cap " + limits.maxLineChars() + ")"));
      return;
    }
    if (d.undecodable()) {
      sink.reject(new Reject(source, location, d.undecodableReason()));
      return;
    }
    JsonNode node;
    try {
      node = JsonArticles.MAPPER.readTree(d.text());
    } catch (JsonProcessingException e) {
      sink.reject(new Reject(source, location, JsonArticles.malformed(e)));
      return;
    }
    JsonArticles.emit(source, location, node, limits, sink);
  }

  private void readJsonFile(String source, InputStream in, CountingSink sink) {
    JsonParser parser;
    try {
      InputStream data = openStream(in);
      if (data == null) {
        sink.reject(new Reject(source, "", "empty file"));
        return;
      }
      byte[] head = data.readNBytes(JSON_IN_MEMORY_BYTES);
      if (head.length < JSON_IN_MEMORY_BYTES) {
        CharsetDecoding.Decoded d = CharsetDecoding.decode(head, 0, head.length, null, false);
        head = null; // let the bytes go before parsing
        if (d.text().isBlank()) {
          sink.reject(new Reject(source, "", "empty file: whitespace only"));
          return;
        }
        if (d.undecodable()) {
          sink.reject(new Reject(source, "", d.undecodableReason()));
          return;
        }
        parser = JsonArticles.MAPPER.createParser(d.text());
      } else {
        // Too big to hold as bytes and text at once: stream it as UTF-8, JSON's own encoding.
        parser =
            JsonArticles.MAPPER.createParser(
                new SequenceInputStream(new ByteArrayInputStream(head), data));
      }
    } catch (IOException e) {
      sink.reject(new Reject(source, "", describe(e)));
      return;
    }
    readJsonValues(source, parser, sink);
  }

  /** One article object, or an array of them ("item N"). */
  private void readJsonValues(String source, JsonParser p, CountingSink sink) {
    int item = 0;
    try (p) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        JsonNode node = JsonArticles.ITEM_READER.readTree(p);
        if (p.nextToken() != null) {
          sink.reject(new Reject(source, "", "malformed JSON: more than one value in the file"));
          return;
        }
        JsonArticles.emit(source, "", node, limits, sink);
        return;
      }
      while (true) {
        sink.at("item " + (item + 1));
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          break;
        }
        item++;
        JsonNode node = JsonArticles.ITEM_READER.readTree(p);
        JsonArticles.emit(source, "item " + item, node, limits, sink);
      }
      if (p.nextToken() != null) {
        sink.reject(
            new Reject(source, "item " + (item + 1), "malformed JSON: data after the array"));
      }
    } catch (JsonProcessingException e) {
      // Inside an array, the items before the error are kept; an array cannot be resynced.
      String loc = item == 0 && sink.total() == 0 ? "" : sink.lastLocation();
      String rest = loc.isEmpty() ? "" : "; rest of file not read";
      sink.reject(new Reject(source, loc, JsonArticles.malformed(e) + rest));
    } catch (IOException e) {
      String loc = item == 0 && sink.total() == 0 ? "" : sink.lastLocation();
      sink.reject(new Reject(source, loc, describe(e) + (loc.isEmpty() ? "" : restNotRead(e))));
    }
  }

  // --- shared helpers ---------------------------------------------------------------------

  private static boolean startsWithBom(byte[] b, int len) {
    return len >= 2
        && ((b[0] & 0xff) == 0xEF || (b[0] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFF);
  }

  /** Stored bytes, capped at maxFileBytes. */
  private InputStream capRaw(InputStream in) {
    return new CappedInputStream(in, limits.maxFileBytes(), fileTooLarge(-1));
  }

  /**
   * The file's content, gunzipped if it is gzip, with the file and decompressed caps applied; null
   * for a file with no bytes at all. For formats read whole.
   */
  private InputStream openData(InputStream in) throws IOException {
    return open(capRaw(in), limits.maxDecompressedBytes());
  }

  /** The same for formats read record by record: no cap on the file's total size. */
  private InputStream openStream(InputStream in) throws IOException {
    return open(in, Long.MAX_VALUE);
  }

  private InputStream open(InputStream in, long decompressedCap) throws IOException {
    PushbackInputStream raw = new PushbackInputStream(in, 2);
    int b0 = raw.read();
    if (b0 < 0) {
      return null;
    }
    int b1 = raw.read();
    if (b1 >= 0) {
      raw.unread(b1);
    }
    raw.unread(b0);
    if (!GzipMembers.isGzipMagic(b0, b1)) {
      return new CappedInputStream(raw, decompressedCap, decompressedTooLarge());
    }
    PushbackInputStream data =
        new PushbackInputStream(
            new CappedInputStream(new GzipMembers(raw), decompressedCap, decompressedTooLarge()),
            1);
    int first = data.read();
    if (first < 0) {
      return null; // a gzip of nothing
    }
    data.unread(first);
    return data;
  }

  private static long copyAtMost(InputStream in, ByteArrayOutputStream out, long max)
      throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      long room = max - total;
      if (room > 0) {
        out.write(buf, 0, (int) Math.min(n, room));
      }
      total += n;
      if (total > max) {
        return total;
      }
    }
    return total;
  }

  private static long drain(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      total += n;
    }
    return total;
  }

  /** Reject reason for a decoded text, or null if it is fit to analyse. */
  private String checkText(CharsetDecoding.Decoded d) {
    if (d.undecodable()) {
      return d.undecodableReason();
    }
    if (d.text().length() > limits.maxRecordChars()) {
      return tooLargeChars(d.text().length(), limits);
    }
    if (d.text().isBlank()) {
      return "empty file: whitespace only";
    }
    return null;
  }

  static String txtTitle(String text) {
    int start = 0;
    int len = text.length();
    while (start < len) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = len;
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        boolean moreFollows = !text.substring(end).isBlank();
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = last == '.' || last == ',' || last == ';' || last == ':';
        return line.length() < MAX_TXT_TITLE_CHARS && !sentenceEnd && moreFollows ? line : "";
      }
      start = end + 1;
    }
    return "";
  }

  static String tooLargeChars(long chars, ReadLimits limits) {
    return "record too large: " + chars + " chars (cap " + limits.maxRecordChars() + ")";
  }

  static String tooLargeBytes(long bytes, ReadLimits limits) {
    return "record too large: " + bytes + " bytes, over the cap of " + limits.maxRecordChars()
        + " chars";
  }

  private String lineTooLongBytes(long bytes) {
    return "line too long: " + bytes + " bytes, over the cap of " + limits.maxLineChars()
        + " chars";
  }

  private String fileTooLarge(long size) {
    return size >= 0
        ? "file too large: " + size + " bytes (cap " + limits.maxFileBytes() + ")"
        : "file too large: over " + limits.maxFileBytes() + " bytes (cap "
            + limits.maxFileBytes() + ")";
  }

  private String decompressedTooLarge() {
    return "decompressed size exceeds " + limits.maxDecompressedBytes() + " bytes";
  }

  /** Suffix for a read failure mid-file: a truncated file has no rest, a capped one has. */
  static String restNotRead(IOException e) {
    return e instanceof TruncatedGzipException || e instanceof java.io.EOFException
        ? ""
        : "; rest of file not read";
  }

  /** A reject reason for a read failure. */
  static String describe(Throwable e) {
    if (e instanceof CapExceededException || e instanceof TruncatedGzipException) {
      return e.getMessage();
    }
    String msg = e.getMessage();
    if (msg != null && msg.startsWith("corrupt gzip: ")) {
      return msg;
    }
    String kind = e instanceof java.io.EOFException ? "unexpected end of file" : "read error";
    if (e instanceof RuntimeException) {
      kind = e.getClass().getSimpleName();
    }
    return msg == null || msg.isBlank() ? kind : kind + ": " + msg.replaceAll("\\s+", " ");
  }

  // --- names ------------------------------------------------------------------------------

  static Format formatOf(String source) {
    String name = fileName(source).toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".txt")) {
      return Format.TXT;
    }
    if (name.endsWith(".warc")) {
      return Format.WARC;
    }
    return null;
  }

  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  /** ".pdf", ".pdf.gz", or "(none)" for the unsupported-type reason. */
  static String extensionOf(String source) {
    String name = fileName(source);
    String lower = name.toLowerCase(Locale.ROOT);
    String gz = "";
    if (lower.endsWith(".gz") && lower.length() > 3) {
      gz = name.substring(name.length() - 3);
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return gz.isEmpty() ? "(none)" : gz;
    }
    return name.substring(dot) + gz;
  }

  /** Counts what went to the sink and remembers the location being read, for error rows. */
  static final class CountingSink implements RecordSink {
    private final RecordSink delegate;
    private long total;
    private String location = "";

    CountingSink(RecordSink delegate) {
      this.delegate = delegate;
    }

    long total() {
      return total;
    }

    void at(String location) {
      this.location = location;
    }

    String lastLocation() {
      return location;
    }

    @Override
    public void record(RawRecord record) {
      total++;
      delegate.record(record);
    }

    @Override
    public void skip(String source, String location, String kind) {
      total++;
      delegate.skip(source, location, kind);
    }

    @Override
    public void reject(Reject reject) {
      total++;
      delegate.reject(reject);
    }
  }
}
