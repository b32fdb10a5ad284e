package org.newsbeam.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.aggregate.Article;
import org.newsbeam.aggregate.Buckets;
import org.newsbeam.aggregate.BundleCounters;
import org.newsbeam.aggregate.CandidateStats;
import org.newsbeam.aggregate.ClusterEvents;
import org.newsbeam.aggregate.Copies;
import org.newsbeam.aggregate.CountActorDaily;
import org.newsbeam.aggregate.CountActors;
import org.newsbeam.aggregate.CountCandidates;
import org.newsbeam.aggregate.CountCoMentions;
import org.newsbeam.aggregate.CountCoMentions.PairStats;
import org.newsbeam.aggregate.CountEvents;
import org.newsbeam.aggregate.CountPlaces;
import org.newsbeam.aggregate.EventClustering;
import org.newsbeam.aggregate.EventStats;
import org.newsbeam.aggregate.FactsOfArticle;
import org.newsbeam.aggregate.FoldArticles;
import org.newsbeam.aggregate.ListEventRecords;
import org.newsbeam.aggregate.MentionStats;
import org.newsbeam.aggregate.Report;
import org.newsbeam.aggregate.SortKeys;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.ingest.ReadArchive;
import org.newsbeam.ingest.Reject;
import org.newsbeam.ingest.Skip;
import org.newsbeam.output.Csv;
import org.newsbeam.output.RunSummary;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;
import org.newsbeam.output.WriteTables;
import org.newsbeam.study.Study;

/**
 * The one place that wires newsbeam's transforms:
 *
 * <pre>
 * files ─► ReadArchive ─► FoldArticles ─► In date range ─► Facts of article ─┬─► CountActors ─────► actors.csv
 *          (read, analyse   (snapshots,     (counts what      (each article   ├─► CountCoMentions ─► co_mentions.csv
 *           each record)     chrome,         folding did)      read once)     ├─► ClusterEvents ─┬─► events.csv
 *                            syndicated                                       │                  ├─► CountEvents ─► event_counts.csv
 *                            copies)                                          │                  └─► ListEventRecords ─► event_records.csv
 *                                                                             ├─► CountPlaces ─────► places.csv
 *                                                                             ├─► CountCandidates ─► candidate_actors.csv
 *                                                                             ├─► CountActorDaily ─► actor_daily.csv
 *                                                                             └─► (rows) ──────────► articles.csv, article_actors.csv
 *          rejects ─► Reject rows ───────────────────────────────────────────────────────────────► rejects.csv
 *          skips (not articles; out of the date range) ─► Skip rows ────────────────────────────► skipped.csv
 *          every table's rows ─► WriteTables (one chain for all tables)
 *          counters of every stage, summed per bundle ─► RunSummary (one Flatten, one sum) ──────► run_summary.json
 * </pre>
 *
 * Copies (syndicated duplicates) are listed in articles.csv but counted nowhere else: each story
 * counts once. Why so few steps: a runner pays for each step on each bundle (the DirectRunner
 * sets a ParDo up anew for every bundle), whatever the step does; so an article's facts are
 * computed once and sent to every counter as tagged outputs, each sum writes its rows itself, and
 * all tables go through one write chain.
 */
public final class NewsbeamPipeline {
  private NewsbeamPipeline() {}

  public static void build(Pipeline p, Study study, RunConfig config) {
    registerCoders(p.getCoderRegistry());
    Csv csv = new Csv(config.safeCsv());
    int shards = Buckets.tableShards(p.getOptions());

    PCollectionTuple read = p.apply("Read archive", new ReadArchive(config.inputs(), config.listing(), study, config.limits()));
    PCollection<PageAnalysis> pages = read.get(ReadArchive.PAGES);

    PCollection<Article> folded = pages.apply("Fold articles", new FoldArticles(study.settings()));
    PCollectionTuple byRange = folded.apply("In date range", ParDo.of(new SplitByRange(config, csv))
        .withOutputTags(IN_RANGE, TupleTagList.of(OUT_OF_RANGE).and(FOLD_COUNTERS)));
    PCollectionTuple facts = byRange.get(IN_RANGE).apply("Facts of article", FactsOfArticle.of(study, csv));

    List<PCollection<TableRow>> rows = new ArrayList<>();
    rows.add(facts.get(FactsOfArticle.ROWS)); // articles.csv, article_actors.csv
    rows.add(facts.apply("Count actors", new CountActors(study.actors(), csv)));
    rows.add(facts.apply("Count co-mentions", new CountCoMentions(study.settings().minCoMentionSentences(), csv)));
    PCollectionTuple events = facts.apply("Cluster event reports", new ClusterEvents(csv));
    rows.add(events.get(ClusterEvents.EVENT_ROWS)); // events.csv
    rows.add(events.apply("Count events", new CountEvents(csv)));
    rows.add(events.apply("List event records", new ListEventRecords(csv)));
    rows.add(facts.apply("Count places", new CountPlaces(csv)));
    rows.add(facts.apply("Count candidate actors", new CountCandidates(csv)));
    rows.add(facts.apply("Count actors per day", new CountActorDaily(csv)));
    PCollectionTuple rejects = read.get(ReadArchive.REJECTS).apply("Reject rows",
        ParDo.of(new RejectRows(csv)).withOutputTags(ROWS, TupleTagList.of(COUNTERS)));
    rows.add(rejects.get(ROWS));
    // every record that is not an article, beside the broken ones: skipped at reading, or out of range
    PCollectionTuple skips = read.get(ReadArchive.SKIPS).apply("Skip rows",
        ParDo.of(new SkipRows(csv)).withOutputTags(ROWS, TupleTagList.of(COUNTERS)));
    rows.add(skips.get(ROWS));
    rows.add(byRange.get(OUT_OF_RANGE));
    PCollectionList.of(rows).apply(new WriteTables(config.output(), shards));

    List<PCollection<KV<String, Long>>> counters = new ArrayList<>();
    counters.add(read.get(ReadArchive.FILES).apply("Count files", ParDo.of(new Tally<String>("files"))));
    counters.add(pages.apply("Count pages", ParDo.of(new Tally<PageAnalysis>("pages"))));
    counters.add(skips.get(COUNTERS));
    counters.add(rejects.get(COUNTERS));
    counters.add(byRange.get(FOLD_COUNTERS));
    counters.add(facts.get(FactsOfArticle.COUNTERS));
    PCollectionList.of(counters).apply("Run summary",
        new RunSummary(config.output(), config.options(), config.provenance(), config.inputs()));
  }

  static final TupleTag<Article> IN_RANGE = new TupleTag<>() {};
  static final TupleTag<TableRow> OUT_OF_RANGE = new TupleTag<>() {};
  static final TupleTag<KV<String, Long>> FOLD_COUNTERS = new TupleTag<>() {};
  static final TupleTag<TableRow> ROWS = new TupleTag<>() {};
  static final TupleTag<KV<String, Long>> COUNTERS = new TupleTag<>() {};

  /**
   * Articles in the run's date range go on; the others become rows of skipped.csv. Counts what
   * folding did to every article, in range or not.
   */
  static final class SplitByRange extends DoFn<Article, Article> {
    private final RunConfig config;
    private final Csv csv;
    private transient BundleCounters counters;

    SplitByRange(RunConfig config, Csv csv) {
      this.config = config;
      this.csv = csv;
    }

    @StartBundle
    public void start() {
      counters = new BundleCounters();
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      counters.add("folded_articles", 1);
      counters.add("snapshots_folded", a.snapshots() - 1);
      counters.add("chrome_paragraphs", a.chromeParagraphs());
      if (config.inRange(a.page().published())) {
        out.get(IN_RANGE).output(a);
      } else {
        counters.add("out_of_range", 1);
        out.get(OUT_OF_RANGE).output(skipRow(DateRange.skip(a.page(), config.since(), config.until()), csv));
      }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      counters.flush(c, FOLD_COUNTERS);
    }
  }

  static TableRow skipRow(Skip s, Csv csv) {
    return new TableRow(Table.SKIPPED, s.file() + "|" + SortKeys.location(s.location()),
        csv.line(s.file(), s.location(), s.kind(), s.detail()));
  }

  /** Records skipped at reading: their rows, counted in all and by kind. */
  static final class SkipRows extends DoFn<Skip, TableRow> {
    private final Csv csv;
    private transient BundleCounters counters;

    SkipRows(Csv csv) {
      this.csv = csv;
    }

    @StartBundle
    public void start() {
      counters = new BundleCounters();
    }

    @ProcessElement
    public void process(@Element Skip s, MultiOutputReceiver out) {
      counters.add("skipped", 1);
      counters.add("skipped." + s.kind(), 1);
      out.get(ROWS).output(skipRow(s, csv));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      counters.flush(c, COUNTERS);
    }
  }

  /** Records that could not be read: their rows, counted. */
  static final class RejectRows extends DoFn<Reject, TableRow> {
    private final Csv csv;
    private transient BundleCounters counters;

    RejectRows(Csv csv) {
      this.csv = csv;
    }

    @StartBundle
    public void start() {
      counters = new BundleCounters();
    }

    @ProcessElement
    public void process(@Element Reject r, MultiOutputReceiver out) {
      counters.add("rejected", 1);
      out.get(ROWS).output(new TableRow(Table.REJECTS, r.file() + "|" + SortKeys.location(r.location()),
          csv.line(r.file(), r.location(), r.reason())));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      counters.flush(c, COUNTERS);
    }
  }

  /** Counts the elements of a collection under one name: a sum per bundle, summed in the run summary. */
  static final class Tally<T> extends DoFn<T, KV<String, Long>> {
    private final String name;
    private transient long n;

    Tally(String name) {
      this.name = name;
    }

    @StartBundle
    public void start() {
      n = 0;
    }

    @ProcessElement
    public void process() {
      n++;
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      c.output(KV.of(name, n), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
  }

  /** For tests that run single composites. */
  public static void registerCodersForTests(Pipeline p) {
    registerCoders(p.getCoderRegistry());
  }

  static void registerCoders(CoderRegistry r) {
    for (Class<?> c :
        List.of(PageAnalysis.class, Article.class, Reject.class, Skip.class, TableRow.class, MentionStats.class, EventStats.class,
            PairStats.class, CandidateStats.class, Report.class, EventClustering.Assigned.class, Copies.Doc.class, Copies.Shared.class)) {
      register(r, c);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CoderRegistry r, Class c) {
    if (c == TableRow.class) {
      r.registerCoderForClass(c, TableRow.RowCoder.of());
      return;
    }
    r.registerCoderForClass(c, c.isRecord() ? RecordCoder.of(c) : SerializableCoder.of(c));
  }
}
