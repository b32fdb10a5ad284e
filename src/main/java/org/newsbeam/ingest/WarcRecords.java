package org.newsbeam.ingest;

import java.io.InputStream;

/** Stub. */
final class WarcRecords {
  private final ReadLimits limits;

  WarcRecords(ReadLimits limits) {
    this.limits = limits;
  }

  void read(String source, InputStream in, ArchiveReader.CountingSink sink) {
    try {
      if (in.read() < 0) {
        sink.reject(new Reject(source, "", "empty file"));
        return;
      }
    } catch (java.io.IOException e) {
      sink.reject(new Reject(source, "", ArchiveReader.describe(e)));
      return;
    }
    sink.reject(new Reject(source, "", "WARC not yet supported"));
  }
}
