package org.newsbeam.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gunzips a stream of one or more gzip members (a whole-file gzip, or record-at-a-time gzip as in
 * Common Crawl WARCs and concatenated .gz files), checking each member's CRC and length, and
 * remembering where each member starts in both the compressed and the decompressed bytes, so a WARC
 * record can be located by its compressed offset.
 *
 * <p>Written on {@link Inflater} rather than GZIPInputStream because the latter looks for a next
 * member only when {@code available() > 0}, which channel-backed streams do not promise: it can
 * silently stop after the first member.
 *
 * <p>Failures: input ending inside a member is a {@link TruncatedGzipException}; bad headers,
 * deflate data or checksums are IOExceptions "corrupt gzip: ...". Zero bytes after the last member
 * (block padding) are ignored; other trailing bytes are corrupt.
 */
final class GzipMembers extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  /** Compressed offset of buf[0]. */
  private long bufBase;

  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;
  private boolean done;
  private long memberOut;
  private long totalOut;
  /** Compressed offset of the member being read, for messages. */
  private long memberStart;
  /** Decompressed offset of a member start -> its compressed offset (recent members only). */
  private final TreeMap<Long, Long> memberStarts = new TreeMap<>();

  private final boolean trackMembers;

  /** A gunzipping stream that does not keep member offsets. */
  GzipMembers(InputStream in) {
    this(in, false);
  }

  /**
   * @param trackMembers keep member offsets for {@link #compressedOffsetOf}; the caller must then
   *     ask for them as it goes, which forgets the older ones
   */
  GzipMembers(InputStream in, boolean trackMembers) {
    this.in = in;
    this.trackMembers = trackMembers;
  }

  static boolean isGzipMagic(int b0, int b1) {
    return b0 == 0x1f && b1 == 0x8b;
  }

  /**
   * The compressed offset of the member starting at decompressed offset {@code offset}, or -1 if
   * no member starts there (a record inside a whole-file gzip). Forgets members before it.
   */
  long compressedOffsetOf(long offset) {
    Map<Long, Long> older = memberStarts.headMap(offset, false);
    older.clear();
    Long c = memberStarts.get(offset);
    return c == null ? -1 : c;
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
    while (!done) {
      if (!inMember) {
        if (!startMember()) {
          done = true;
          break;
        }
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new IOException("corrupt gzip: " + e.getMessage(), e);
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberOut += n;
        totalOut += n;
        if (inflater.finished()) {
          // Check the trailer before handing out a member's last bytes: a record must not pass
          // as complete when the file was cut inside its member.
          pos = lim - inflater.getRemaining();
          endMember();
        }
        return n;
      }
      if (inflater.finished()) {
        pos = lim - inflater.getRemaining();
        endMember();
        continue;
      }
      if (inflater.needsDictionary()) {
        throw new IOException("corrupt gzip: preset dictionary");
      }
      if (inflater.needsInput()) {
        if (!fill()) {
          // bufBase is now the file's length: every byte was read
          throw new TruncatedGzipException("the file is cut short: it ends at byte " + bufBase
              + ", inside the gzip member that starts at byte " + memberStart + "; its data is good up to byte "
              + totalOut + " of the decompressed text");
        }
        inflater.setInput(buf, pos, lim - pos);
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }

  /** Parses a member header; false at a clean end of input. */
  private boolean startMember() throws IOException {
    if (!ensure(1)) {
      return false;
    }
    if (buf[pos] == 0 && allZerosToEnd()) {
      return false;
    }
    long start = bufBase + pos;
    if (!ensure(2) || !isGzipMagic(buf[pos] & 0xff, buf[pos + 1] & 0xff)) {
      throw new IOException("corrupt gzip: bytes at offset " + start + " are not a gzip member");
    }
    if (!ensure(10)) {
      throw new TruncatedGzipException("file ends inside a gzip header at offset " + start);
    }
    if ((buf[pos + 2] & 0xff) != 8) {
      throw new IOException("corrupt gzip: unknown compression method at offset " + start);
    }
    int flags = buf[pos + 3] & 0xff;
    pos += 10;
    if ((flags & FEXTRA) != 0) {
      need(2, start);
      int xlen = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
      pos += 2;
      skipHeaderBytes(xlen, start);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated(start);
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated(start);
    }
    if ((flags & FHCRC) != 0) {
      skipHeaderBytes(2, start);
    }
    if (trackMembers) {
      memberStarts.put(totalOut, start);
    }
    memberStart = start;
    inflater.reset();
    crc.reset();
    memberOut = 0;
    inMember = true;
    inflater.setInput(buf, pos, lim - pos);
    return true;
  }

  private void endMember() throws IOException {
    long start = memberStart;
    if (!ensure(8)) {
      throw new TruncatedGzipException("file ends inside the gzip trailer of the member at offset "
          + start);
    }
    long storedCrc = readLe32();
    long storedSize = readLe32();
    if (storedCrc != crc.getValue()) {
      throw new IOException("corrupt gzip: CRC mismatch in the member at offset " + start);
    }
    if (storedSize != (memberOut & 0xffffffffL)) {
      throw new IOException("corrupt gzip: length mismatch in the member at offset " + start);
    }
    inMember = false;
  }

  private long readLe32() {
    long v = (buf[pos] & 0xffL) | (buf[pos + 1] & 0xffL) << 8 | (buf[pos + 2] & 0xffL) << 16
        | (buf[pos + 3] & 0xffL) << 24;
    pos += 4;
    return v;
  }

  private void need(int n, long start) throws IOException {
    if (!ensure(n)) {
      throw new TruncatedGzipException("file ends inside a gzip header at offset " + start);
    }
  }

  private void skipHeaderBytes(int n, long start) throws IOException {
    while (n > 0) {
      need(1, start);
      int k = Math.min(n, lim - pos);
      pos += k;
      n -= k;
    }
  }

  private void skipZeroTerminated(long start) throws IOException {
    while (true) {
      need(1, start);
      if (buf[pos++] == 0) {
        return;
      }
    }
  }

  /** Trailing zero padding: consumes the rest of input if it is all zeros. */
  private boolean allZerosToEnd() throws IOException {
    while (true) {
      while (pos < lim) {
        if (buf[pos] != 0) {
          throw new IOException(
              "corrupt gzip: bytes at offset " + (bufBase + pos) + " are not a gzip member");
        }
        pos++;
      }
      if (!fill()) {
        return true;
      }
    }
  }

  /** Makes at least n unread bytes available in buf; false if input ends first. */
  private boolean ensure(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      bufBase += pos;
      lim -= pos;
      pos = 0;
    }
    while (lim < n) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        return false;
      }
      lim += r;
    }
    return true;
  }

  /** Replaces consumed input with fresh input; false at end of input. */
  private boolean fill() throws IOException {
    bufBase += lim;
    pos = 0;
    lim = 0;
    int r;
    do {
      r = in.read(buf, 0, buf.length);
    } while (r == 0);
    if (r < 0) {
      return false;
    }
    lim = r;
    return true;
  }
}
