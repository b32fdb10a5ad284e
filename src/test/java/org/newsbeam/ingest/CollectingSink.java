package org.newsbeam.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader emits, for assertions. */
final class CollectingSink implements RecordSink {
  final List<RawRecord> records = new ArrayList<>();
  final List<Skip> skips = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void record(RawRecord record) {
    records.add(record);
  }

  @Override
  public void skip(String source, String location, String kind) {
    skips.add(new Skip(source, location, kind));
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  int total() {
    return records.size() + skips.size() + rejects.size();
  }

  Reject onlyReject() {
    if (rejects.size() != 1 || total() != 1) {
      throw new AssertionError("expected exactly one reject and nothing else, got " + this);
    }
    return rejects.get(0);
  }

  /** The one reject, whatever else was emitted. */
  Reject onlyRejectAmong() {
    if (rejects.size() != 1) {
      throw new AssertionError("expected exactly one reject, got " + this);
    }
    return rejects.get(0);
  }

  RawRecord onlyRecord() {
    if (records.size() != 1 || total() != 1) {
      throw new AssertionError("expected exactly one record and nothing else, got " + this);
    }
    return records.get(0);
  }

  @Override
  public String toString() {
    return "records=" + records.size() + " skips=" + skips + " rejects=" + rejects;
  }
}
