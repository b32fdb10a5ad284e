package org.newsbeam.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and fails with a reject reason once more than a cap pass. */
final class CappedInputStream extends FilterInputStream {
  private final long cap;
  private final String reason;
  private long count;

  CappedInputStream(InputStream in, long cap, String reason) {
    super(in);
    this.cap = cap;
    this.reason = reason;
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes count too (a gzip bomb must not be skipped past the cap).
    byte[] scratch = new byte[(int) Math.min(8192, Math.max(1, n))];
    long done = 0;
    while (done < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void add(int n) throws CapExceededException {
    count += n;
    if (count > cap) {
      throw new CapExceededException(reason);
    }
  }
}
