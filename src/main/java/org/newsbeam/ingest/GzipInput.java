package org.newsbeam.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Gunzips a stream of one or more gzip members, reporting a cut-off stream as truncated. */
final class GzipInput extends InputStream {
  private final GZIPInputStream gzip;

  GzipInput(InputStream in) throws IOException {
    try {
      this.gzip = new GZIPInputStream(new PeekingAvailable(in), 1 << 16);
    } catch (EOFException e) {
      throw new TruncatedGzipException("file ends inside the gzip header");
    } catch (ZipException e) {
      throw new IOException("corrupt gzip: " + e.getMessage(), e);
    }
  }

  static boolean isGzipMagic(int b0, int b1) {
    return b0 == 0x1f && b1 == 0x8b;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return gzip.read(b, off, len);
    } catch (EOFException e) {
      throw new TruncatedGzipException(String.valueOf(e.getMessage()));
    } catch (ZipException e) {
      throw new IOException("corrupt gzip: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    gzip.close();
  }

  /**
   * GZIPInputStream only looks for a next member (record-at-a-time gzip, concatenated files) when
   * {@code available() > 0}; channel-backed streams answer 0, which would silently drop every
   * member after a buffer boundary. Answering by peeking one byte makes that check truthful.
   */
  private static final class PeekingAvailable extends PushbackInputStream {
    PeekingAvailable(InputStream in) {
      super(in, 1);
    }

    @Override
    public int available() throws IOException {
      int n = super.available();
      if (n > 0) {
        return n;
      }
      int b = read();
      if (b < 0) {
        return 0;
      }
      unread(b);
      return 1;
    }
  }
}
