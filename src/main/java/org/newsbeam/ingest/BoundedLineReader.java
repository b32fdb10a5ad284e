package org.newsbeam.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines as bytes, keeping at most a cap of each line: a line past the cap is
 * still consumed to its end (and its length counted) but its bytes are dropped, so one enormous
 * line costs no memory. Splitting on the byte '\n' is safe for UTF-8 and all ASCII-compatible
 * charsets.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final long cap;
  private final long giveUp;
  private final String giveUpReason;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;

  private byte[] line = new byte[1024];
  private int kept;
  private long length;

  BoundedLineReader(InputStream in, long cap) {
    this(in, cap, Long.MAX_VALUE, "");
  }

  /**
   * @param giveUp a line longer than this many bytes ends the read with a {@link
   *     CapExceededException} of {@code giveUpReason}: no newline in that much data is not a file
   *     of lines (a gzip bomb of zeros, a binary file), and reading it to its end could take hours
   */
  BoundedLineReader(InputStream in, long cap, long giveUp, String giveUpReason) {
    this.in = in;
    this.cap = cap;
    this.giveUp = giveUp;
    this.giveUpReason = giveUpReason;
  }

  /** Reads the next line; false at end of input. A final line without '\n' is still a line. */
  boolean next() throws IOException {
    kept = 0;
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof || !fill()) {
          return any;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? lim : nl;
      keep(start, end - start);
      pos = nl < 0 ? lim : nl + 1;
      if (nl >= 0) {
        if (kept > 0 && kept == length && line[kept - 1] == '\r') {
          kept--;
          length--;
        }
        return true;
      }
    }
  }

  /** Bytes of the line kept (without the line end); valid when {@link #overflowed()} is false. */
  byte[] bytes() {
    return line;
  }

  int keptLength() {
    return kept;
  }

  /** Full length of the line in bytes, including what was dropped. */
  long length() {
    return length;
  }

  boolean overflowed() {
    return length > kept;
  }

  boolean isBlank() {
    for (int i = 0; i < kept; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
        return false;
      }
    }
    return !overflowed();
  }

  private void keep(int from, int n) throws CapExceededException {
    length += n;
    if (length > giveUp) {
      throw new CapExceededException(giveUpReason);
    }
    long room = cap - kept;
    int take = (int) Math.min(n, Math.max(0, room));
    if (take > 0) {
      if (kept + take > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(cap, Math.max(kept + take, 2L * line.length)));
      }
      System.arraycopy(buf, from, line, kept, take);
      kept += take;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      eof = true;
      pos = lim = 0;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }
}
