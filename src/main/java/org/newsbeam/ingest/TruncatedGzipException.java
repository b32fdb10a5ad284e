package org.newsbeam.ingest;

import java.io.IOException;

/** The gzip stream ended before its end marker: the file was cut short (partial download). */
final class TruncatedGzipException extends IOException {
  TruncatedGzipException(String detail) {
    super("truncated gzip: " + detail);
  }
}
