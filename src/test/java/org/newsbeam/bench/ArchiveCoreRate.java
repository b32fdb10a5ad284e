package org.newsbeam.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsbeam.extract.PageAnalyzer;
import org.newsbeam.ingest.ArchiveReader;
import org.newsbeam.ingest.RawRecord;
import org.newsbeam.ingest.ReadLimits;
import org.newsbeam.ingest.RecordSink;
import org.newsbeam.ingest.Reject;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * Single-thread core rate on an archive (a generated one, say): every supported file is read
 * into memory, its records decoded once, then {@link PageAnalyzer#analyze} is timed over all
 * records; separately, reading from the in-memory bytes plus analysing (what one pipeline worker
 * does per file, minus file I/O). The figure end-to-end runs are held against.
 *
 * <p>Usage: {@code ArchiveCoreRate DIR [--rounds=N] [--limit=RECORDS]}. Not a unit test.
 */
public final class ArchiveCoreRate {
  private ArchiveCoreRate() {}

  public static void main(String[] args) throws IOException {
    Path dir = null;
    int rounds = 5;
    int limit = Integer.MAX_VALUE;
    for (String a : args) {
      if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(a.substring("--rounds=".length()));
      } else if (a.startsWith("--limit=")) {
        limit = Integer.parseInt(a.substring("--limit=".length()));
      } else {
        dir = Paths.get(a);
      }
    }
    if (dir == null || !Files.isDirectory(dir)) {
      System.err.println("usage: ArchiveCoreRate DIR [--rounds=N] [--limit=RECORDS]");
      System.exit(2);
    }
    List<String> names = new ArrayList<>();
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        if (ArchiveReader.supports(p.getFileName().toString()) && !p.getFileName().toString().startsWith("gold")) {
          names.add(p.toString());
          files.add(Files.readAllBytes(p));
        }
      }
    }
    ArchiveReader reader = new ArchiveReader(ReadLimits.defaults());
    List<RawRecord> records = new ArrayList<>();
    int[] skippedOrRejected = new int[1];
    RecordSink collect = new RecordSink() {
      @Override
      public void record(RawRecord r) {
        records.add(r);
      }

      @Override
      public void skip(String source, String location, String kind) {
        skippedOrRejected[0]++;
      }

      @Override
      public void reject(Reject reject) {
        skippedOrRejected[0]++;
      }
    };
    for (int i = 0; i < files.size() && records.size() < limit; i++) {
      reader.read(names.get(i), new ByteArrayInputStream(files.get(i)), files.get(i).length, collect);
    }
    Study study = StudyLoader.resolve(StudyLoader.DEFAULT_STUDY, Paths.get(""));
    PageAnalyzer analyzer = new PageAnalyzer(study);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long[] sink = new long[1];
    int analysed = 0;
    for (RawRecord r : records) {
      if (analyzer.analyze(r).page() != null) {
        analysed++;
      }
    }
    // warm-up: two more passes
    for (int w = 0; w < 2; w++) {
      for (RawRecord r : records) {
        sink[0] += analyzer.analyze(r).hashCode();
      }
    }
    int fileCount = files.size();
    RecordSink analyse = new RecordSink() {
      @Override
      public void record(RawRecord r) {
        sink[0] += analyzer.analyze(r).hashCode();
      }

      @Override
      public void skip(String source, String location, String kind) {}

      @Override
      public void reject(Reject reject) {}
    };
    double[] wallA = new double[rounds];
    double[] cpuA = new double[rounds];
    double[] wallR = new double[rounds];
    double[] cpuR = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      System.gc();
      long p0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      for (RawRecord r : records) {
        sink[0] += analyzer.analyze(r).hashCode();
      }
      long t1 = System.nanoTime();
      long p1 = os.getProcessCpuTime();
      wallA[round] = records.size() / ((t1 - t0) / 1e9);
      cpuA[round] = records.size() / ((p1 - p0) / 1e9);
      if (records.size() < limit) {
        System.gc();
        p0 = os.getProcessCpuTime();
        t0 = System.nanoTime();
        for (int i = 0; i < fileCount; i++) {
          reader.read(names.get(i), new ByteArrayInputStream(files.get(i)), files.get(i).length, analyse);
        }
        t1 = System.nanoTime();
        p1 = os.getProcessCpuTime();
        wallR[round] = records.size() / ((t1 - t0) / 1e9);
        cpuR[round] = records.size() / ((p1 - p0) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "archive      %s: %d files, %d records (%d analysed as articles), %d skipped/rejected%n",
        dir, fileCount, records.size(), analysed, skippedOrRejected[0]);
    System.out.printf(Locale.ROOT, "rounds       %d after 3 warm-up passes, 1 thread%n", rounds);
    System.out.printf(Locale.ROOT, "analyze      %.1f records/s wall, %.1f records/s CPU%n",
        CoreThroughput.median(wallA), CoreThroughput.median(cpuA));
    if (records.size() < limit) {
      System.out.printf(Locale.ROOT, "read+analyze %.1f records/s wall, %.1f records/s CPU%n",
          CoreThroughput.median(wallR), CoreThroughput.median(cpuR));
    }
    System.out.printf(Locale.ROOT, "RESULT records=%d analyze_wall=%.1f analyze_cpu=%.1f read_analyze_wall=%.1f read_analyze_cpu=%.1f%s%n",
        records.size(), CoreThroughput.median(wallA), CoreThroughput.median(cpuA), CoreThroughput.median(wallR),
        CoreThroughput.median(cpuR), sink[0] == 42 ? " " : "");
  }
}
