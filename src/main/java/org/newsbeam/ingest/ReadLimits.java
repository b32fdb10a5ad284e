package org.newsbeam.ingest;

import java.io.Serializable;

/**
 * Bounds on the work one archive file may cost, so a hostile or broken file is rejected instead of
 * hanging or exhausting a worker.
 *
 * @param maxFileBytes bytes of the file as stored (compressed, if it is); a bigger file is rejected
 * @param maxDecompressedBytes bytes after gzip per file; a gzip bomb is rejected when it reaches this
 * @param maxRecordChars chars of one record's body; a bigger record is rejected, not cut, so no
 *     analysis ever runs on half a page
 * @param maxLineChars chars of one JSON line; a longer line is rejected without being parsed
 */
public record ReadLimits(
    long maxFileBytes, long maxDecompressedBytes, int maxRecordChars, int maxLineChars)
    implements Serializable {

  /** Record and line caps above this would need byte buffers past Java's array limit. */
  public static final int MAX_CHARS_CAP = 500_000_000;

  public ReadLimits {
    if (maxFileBytes <= 0 || maxDecompressedBytes <= 0 || maxRecordChars <= 0 || maxLineChars <= 0) {
      throw new IllegalArgumentException("read limits must be positive: " + maxFileBytes + ", "
          + maxDecompressedBytes + ", " + maxRecordChars + ", " + maxLineChars);
    }
    if (maxRecordChars > MAX_CHARS_CAP || maxLineChars > MAX_CHARS_CAP) {
      throw new IllegalArgumentException(
          "record and line caps must be at most " + MAX_CHARS_CAP + " chars");
    }
  }

  /**
   * 64 MiB stored file, 256 MiB decompressed per file, 5,000,000 chars per record body (a long
   * article is ~50,000), 2,000,000 chars per JSON line.
   */
  public static ReadLimits defaults() {
    return new ReadLimits(64L << 20, 256L << 20, 5_000_000, 2_000_000);
  }

  /**
   * Bytes to read of one record before it is certainly over {@link #maxRecordChars}: every
   * decoding used here yields at least one char per four bytes.
   */
  long maxRecordBytes() {
    return 4L * maxRecordChars;
  }

  /** Same bound for a JSON line. */
  long maxLineBytes() {
    return 4L * maxLineChars;
  }
}
