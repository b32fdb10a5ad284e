package org.newsbeam.ingest;

/**
 * Where a reader puts what it reads. Every record a reader meets ends in exactly one of these
 * calls, so records seen = records + skips + rejects.
 */
public interface RecordSink {
  /** A record to analyse. */
  void record(RawRecord record);

  /** A record that is not an article (a WARC request, a non-HTML payload), counted by kind. */
  void skip(String source, String location, String kind);

  /** A record or file that could not be read. */
  void reject(Reject reject);
}
