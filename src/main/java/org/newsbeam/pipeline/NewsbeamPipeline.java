package org.newsbeam.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsbeam.aggregate.SortKeys;
import org.newsbeam.aggregate.Article;
import org.newsbeam.aggregate.ArticleFacts;
import org.newsbeam.aggregate.Buckets;
import org.newsbeam.aggregate.CountActorDaily;
import org.newsbeam.aggregate.ClusterEvents;
import org.newsbeam.aggregate.CountActors;
import org.newsbeam.aggregate.EventClustering;
import org.newsbeam.aggregate.Report;
import org.newsbeam.aggregate.CandidateStats;
import org.newsbeam.aggregate.CountCandidates;
import org.newsbeam.aggregate.ListArticleActors;
import org.newsbeam.aggregate.CountCoMentions;
import org.newsbeam.aggregate.CountEvents;
import org.newsbeam.aggregate.CountPlaces;
import org.newsbeam.aggregate.EventStats;
import org.newsbeam.aggregate.FoldArticles;
import org.newsbeam.aggregate.ListArticles;
import org.newsbeam.aggregate.ListEvents;
import org.newsbeam.aggregate.ListEventRecords;
import org.newsbeam.aggregate.MentionStats;
import org.newsbeam.aggregate.CountCoMentions.PairStats;
import org.newsbeam.aggregate.Copies;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.ingest.ReadArchive;
import org.newsbeam.ingest.Reject;
import org.newsbeam.ingest.Skip;
import org.newsbeam.output.Csv;
import org.newsbeam.output.RunSummary;
import org.newsbeam.output.Table;
import org.newsbeam.output.WriteTable;
import org.newsbeam.study.Study;

/**
 * The one place that wires newsbeam's transforms:
 *
 * <pre>
 * files ─► ReadArchive ─► FoldArticles ─► in date range ─┬─► CountActors ─────► actors.csv
 *          (read, analyse   (snapshots, chrome,          ├─► CountCoMentions ─► co_mentions.csv
 *           each record)     syndicated copies)          ├─► CountEvents ─────► event_counts.csv
 *                                                        ├─► ListEvents ──────► events.csv
 *                                                        ├─► ListEventRecords ► event_records.csv
 *                                                        ├─► CountPlaces ─────► places.csv
 *                                                        └─► ListArticles ────► articles.csv
 *          rejects ───────────────────────────────────────────────────────────► rejects.csv
 *          skips (not articles, out of the date range) ───────────────────────► skipped.csv
 *          counters of every stage ───────────────────────────────────────────► run_summary.json
 * </pre>
 *
 * Copies (syndicated duplicates) are listed in articles.csv but counted nowhere else: each story
 * counts once.
 */
public final class NewsbeamPipeline {
  private NewsbeamPipeline() {}

  public static void build(Pipeline p, Study study, RunConfig config) {
    registerCoders(p.getCoderRegistry());
    Csv csv = new Csv(config.safeCsv());
    String out = config.output();
    int shards = Buckets.tableShards(p.getOptions());

    PCollectionTuple read = p.apply("Read archive", new ReadArchive(config.inputs(), config.listing(), study, config.limits()));
    PCollection<PageAnalysis> pages = read.get(ReadArchive.PAGES);

    PCollection<Article> folded = pages.apply("Fold articles", new FoldArticles(study.settings()));
    PCollectionTuple byRange = folded.apply("In date range",
        ParDo.of(new SplitByRange(config)).withOutputTags(IN_RANGE, TupleTagList.of(OUT_OF_RANGE)));
    PCollection<Article> inRange = byRange.get(IN_RANGE);
    PCollection<Article> originals = inRange.apply("Originals only", Filter.by(a -> !a.isDuplicate()));

    originals.apply("Count actors", new CountActors(study.actors(), csv))
        .apply(new WriteTable(Table.ACTORS, out, shards));
    originals.apply("Count co-mentions", new CountCoMentions(study.settings().minCoMentionSentences(), csv))
        .apply(new WriteTable(Table.CO_MENTIONS, out, shards));
    PCollection<EventClustering.Assigned> reports = originals.apply("Cluster event reports", new ClusterEvents(study));
    reports.apply("Count events", new CountEvents(csv)).apply(new WriteTable(Table.EVENT_COUNTS, out, shards));
    reports.apply("List events", new ListEvents(csv)).apply(new WriteTable(Table.EVENTS, out, shards));
    reports.apply("List event records", new ListEventRecords(csv)).apply(new WriteTable(Table.EVENT_RECORDS, out, shards));
    originals.apply("Count places", new CountPlaces(csv)).apply(new WriteTable(Table.PLACES, out, shards));
    originals.apply("Count candidate actors", new CountCandidates(csv)).apply(new WriteTable(Table.CANDIDATE_ACTORS, out, shards));
    originals.apply("Count actors per day", new CountActorDaily(csv)).apply(new WriteTable(Table.ACTOR_DAILY, out, shards));
    originals.apply("List article actors", new ListArticleActors(csv)).apply(new WriteTable(Table.ARTICLE_ACTORS, out, shards));
    inRange.apply("List articles", new ListArticles(csv)).apply(new WriteTable(Table.ARTICLES, out, shards));
    read.get(ReadArchive.REJECTS)
        .apply("Reject rows", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Reject r) -> KV.of(r.file() + "|" + SortKeys.location(r.location()), csv.line(r.file(), r.location(), r.reason()))))
        .apply(new WriteTable(Table.REJECTS, out, shards));
    // every record that is not an article, beside the broken ones: skipped at reading, or out of range
    PCollectionList.of(read.get(ReadArchive.SKIPS)).and(byRange.get(OUT_OF_RANGE))
        .apply("All skips", Flatten.pCollections())
        .apply("Skip rows", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Skip s) -> KV.of(s.file() + "|" + SortKeys.location(s.location()), csv.line(s.file(), s.location(), s.kind(), s.detail()))))
        .apply(new WriteTable(Table.SKIPPED, out, shards));

    List<PCollection<KV<String, Long>>> counters = new ArrayList<>();
    counters.add(count("files", read.get(ReadArchive.FILES)));
    counters.add(count("pages", pages));
    counters.add(count("skipped", read.get(ReadArchive.SKIPS)));
    counters.add(count("rejected", read.get(ReadArchive.REJECTS)));
    counters.add(count("folded_articles", folded));
    counters.add(read.get(ReadArchive.SKIPS).apply("Skips by kind",
        MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((Skip s) -> KV.of("skipped." + s.kind(), 1L))));
    counters.add(folded.apply("Fold counters", ParDo.of(new FoldCounters(config))));
    PCollectionList.of(counters).apply("Run summary", new RunSummary(out, config.options(), config.provenance(), config.inputs()));
  }

  private static <T> PCollection<KV<String, Long>> count(String name, PCollection<T> c) {
    return c.apply("Count " + name, Count.globally())
        .apply("Name " + name, MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((Long n) -> KV.of(name, n)));
  }

  static final TupleTag<Article> IN_RANGE = new TupleTag<>() {};
  static final TupleTag<Skip> OUT_OF_RANGE = new TupleTag<>() {};

  /** Articles in the run's date range go on; the others become rows of skipped.csv. */
  static final class SplitByRange extends DoFn<Article, Article> {
    private final RunConfig config;

    SplitByRange(RunConfig config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      if (config.inRange(a.page().published())) {
        out.get(IN_RANGE).output(a);
      } else {
        out.get(OUT_OF_RANGE).output(DateRange.skip(a.page(), config.since(), config.until()));
      }
    }
  }

  /** Per folded article: what the summary counts about it. */
  static final class FoldCounters extends DoFn<Article, KV<String, Long>> {
    private final RunConfig config;

    FoldCounters(RunConfig config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of("snapshots_folded", (long) a.snapshots() - 1));
      out.output(KV.of("chrome_paragraphs", (long) a.chromeParagraphs()));
      if (!config.inRange(a.page().published())) {
        out.output(KV.of("out_of_range", 1L));
        return;
      }
      out.output(KV.of("articles", 1L));
      if (a.page().published().isEmpty()) {
        out.output(KV.of("undated", 1L));
      }
      if (a.isDuplicate()) {
        out.output(KV.of("duplicates", 1L));
        return;
      }
      ArticleFacts f = ArticleFacts.of(a.page());
      out.output(KV.of("sentences", (long) f.sentences));
      out.output(KV.of("actor_mentions", (long) f.actorMentions.values().stream().mapToInt(Integer::intValue).sum()));
      out.output(KV.of("event_mentions", (long) f.events.size()));
    }
  }

  /** For tests that run single composites. */
  public static void registerCodersForTests(Pipeline p) {
    registerCoders(p.getCoderRegistry());
  }

  static void registerCoders(CoderRegistry r) {
    for (Class<?> c :
        List.of(PageAnalysis.class, Article.class, Reject.class, Skip.class, MentionStats.class, EventStats.class,
            PairStats.class, CandidateStats.class, Report.class, EventClustering.Assigned.class, Copies.Doc.class, Copies.Shared.class)) {
      register(r, c);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CoderRegistry r, Class c) {
    r.registerCoderForClass(c, c.isRecord() ? RecordCoder.of(c) : SerializableCoder.of(c));
  }
}
