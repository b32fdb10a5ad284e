package org.newsbeam.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.PageAnalyzer;
import org.newsbeam.study.PackedStudy;
import org.newsbeam.study.Study;
import org.newsbeam.watch.Heartbeat;
import org.newsbeam.watch.RunCounts;

/**
 * Reads an archive and analyses each record where it is read. Every record ends in exactly one
 * output: {@link #PAGES} (an analysed page), {@link #SKIPS} (not an article, counted by kind) or
 * {@link #REJECTS} (could not be read or analysed, with the reason); {@link #FILES} carries each
 * file read, once.
 */
public class ReadArchive extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<PageAnalysis> PAGES = new TupleTag<>() {};
  public static final TupleTag<Skip> SKIPS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<String> FILES = new TupleTag<>() {};

  private static final TupleTag<String> LISTED = new TupleTag<>() {};

  private final List<String> patterns;
  private final String listing;
  private final PackedStudy study;
  private final ReadLimits limits;

  /** Reads the files Beam's filesystems match for the patterns (remote filesystems, tests). */
  public ReadArchive(List<String> patterns, Study study, ReadLimits limits) {
    this(patterns, "", study, limits);
  }

  /**
   * @param listing a listing file written by the launcher ({@link ListingFile}), read instead of
   *     matching the patterns; "" to match them
   */
  public ReadArchive(List<String> patterns, String listing, Study study, ReadLimits limits) {
    this.patterns = List.copyOf(patterns);
    this.listing = listing;
    this.study = PackedStudy.of(study);
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollection<String> paths;
    PCollectionTuple listed = null;
    if (listing.isEmpty()) {
      paths = begin
          .apply("Patterns", Create.of(patterns))
          .apply("Match files", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
          .apply("File path", ParDo.of(new PathOf()));
    } else {
      listed = begin
          .apply("Listing", Create.of(listing))
          .apply("Read listing", ParDo.of(new ReadListingFn()).withOutputTags(LISTED, TupleTagList.of(REJECTS).and(FILES)));
      paths = listed.get(LISTED);
    }
    PCollection<String> files =
        paths
            // also spreads the files over workers, a bucket of paths at a time
            .apply("Key by path", ParDo.of(new KeyByPath()))
            .apply("Group paths", org.newsbeam.aggregate.Buckets.group())
            .apply("Distinct files", ParDo.of(new FirstOfKey()));
    PCollectionTuple read = files.apply("Read and analyse",
        ParDo.of(new ReadAndAnalyzeFn(study, limits))
            .withOutputTags(PAGES, TupleTagList.of(SKIPS).and(REJECTS).and(FILES)));
    if (listed == null) {
      return read;
    }
    // entries skipped at listing are rejects and files like any other, so the summary reconciles
    return PCollectionTuple.of(PAGES, read.get(PAGES))
        .and(SKIPS, read.get(SKIPS))
        .and(REJECTS, PCollectionList.of(read.get(REJECTS)).and(listed.get(REJECTS))
            .apply("All rejects", Flatten.pCollections()))
        .and(FILES, PCollectionList.of(read.get(FILES)).and(listed.get(FILES))
            .apply("All files", Flatten.pCollections()));
  }

  /** The launcher's listing: files to read, and entries skipped at listing as rejects. */
  static class ReadListingFn extends DoFn<String, String> {
    @ProcessElement
    public void process(@Element String listingFile, MultiOutputReceiver out) throws IOException {
      try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
          Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(listingFile, false))),
          java.nio.charset.StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isEmpty()) {
            continue;
          }
          ListingFile.Entry e = ListingFile.parse(line);
          if (e.skipReason() == null) {
            out.get(LISTED).output(e.path());
          } else {
            out.get(FILES).output(e.path());
            out.get(REJECTS).output(new Reject(e.path(), "", e.skipReason()));
          }
        }
      }
    }
  }

  static class KeyByPath extends DoFn<String, org.apache.beam.sdk.values.KV<String, Boolean>> {
    @ProcessElement
    public void process(@Element String path, OutputReceiver<org.apache.beam.sdk.values.KV<String, Boolean>> out) {
      out.output(org.apache.beam.sdk.values.KV.of(path, true));
    }
  }

  static class FirstOfKey extends DoFn<org.apache.beam.sdk.values.KV<String, Iterable<Boolean>>, String> {
    @ProcessElement
    public void process(@Element org.apache.beam.sdk.values.KV<String, Iterable<Boolean>> e, OutputReceiver<String> out) {
      out.output(e.getKey());
    }
  }

  static class PathOf extends DoFn<MatchResult.Metadata, String> {
    @ProcessElement
    public void process(@Element MatchResult.Metadata m, OutputReceiver<String> out) {
      if (!m.resourceId().isDirectory()) {
        out.output(m.resourceId().toString());
      }
    }
  }

  /** Opens a file, reads its records, analyses each one; heavy matchers are built in @Setup. */
  static class ReadAndAnalyzeFn extends DoFn<String, PageAnalysis> {
    private final PackedStudy study;
    private final ReadLimits limits;
    private transient ArchiveReader reader;
    private transient PageAnalyzer analyzer;
    private final Counter files = Metrics.counter(ReadArchive.class, "files");
    private final Counter records = Metrics.counter(ReadArchive.class, "records");
    private final Counter rejects = Metrics.counter(ReadArchive.class, "rejects");
    private final Counter skips = Metrics.counter(ReadArchive.class, "skips");

    ReadAndAnalyzeFn(PackedStudy study, ReadLimits limits) {
      this.study = study;
      this.limits = limits;
    }

    @Setup
    public void setup() {
      reader = new ArchiveReader(limits);
      analyzer = new PageAnalyzer(study.study());
    }

    @ProcessElement
    public void process(@Element String path, MultiOutputReceiver out) {
      out.get(FILES).output(path);
      files.inc();
      RunCounts.fileRead();
      RecordSink sink =
          new RecordSink() {
            @Override
            public void record(RawRecord r) {
              records.inc();
              RunCounts.recordRead();
              Heartbeat.beat();
              PageAnalyzer.Outcome o;
              try {
                o = analyzer.analyze(r);
              } catch (RuntimeException | StackOverflowError e) {
                reject(new Reject(r.source(), r.location(), "analysis failed: " + describe(e)));
                return;
              }
              if (o.page() != null) {
                out.get(PAGES).output(o.page());
              } else {
                String detail = o.skipDetail();
                skips.inc();
                out.get(SKIPS).output(detail.isEmpty() ? new Skip(r.source(), r.location(), o.skipKind())
                    : new Skip(r.source(), r.location(), o.skipKind(), detail));
              }
            }

            @Override
            public void skip(String source, String location, String kind) {
              skips.inc();
              out.get(SKIPS).output(new Skip(source, location, kind));
            }

            @Override
            public void reject(Reject reject) {
              rejects.inc();
              out.get(REJECTS).output(reject);
            }
          };
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
        // the size lets the reader refuse an oversized file without reading it
        reader.read(path, in, FileSystems.matchSingleFileSpec(path).sizeBytes(), sink);
      } catch (IOException | RuntimeException e) {
        sink.reject(new Reject(path, "", "cannot read file: " + describe(e)));
      }
    }

    static String describe(Throwable e) {
      String m = e.getMessage();
      return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
  }
}
