package org.newsbeam.aggregate;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.aggregate.CountCoMentions.PairStats;
import org.newsbeam.extract.EventRecordReader;
import org.newsbeam.output.Csv;
import org.newsbeam.output.TableRow;
import org.newsbeam.study.PackedStudy;
import org.newsbeam.study.Study;

/**
 * Reads each article once for every table: computes its {@link ArticleFacts} and sends each
 * counter the small keyed part it sums (actors, pairs, places, reports...), so no counter reads
 * whole articles again. The rows of articles.csv and article_actors.csv, which need no sum, come
 * out ready to write. Copies (syndicated duplicates) give their articles.csv row and nothing
 * else: each story counts once. What each counter takes from an article is that counter's rule,
 * in its own class ({@code CountActors.ofArticle} and the like), plain Java. The summed parts are
 * summed over the bundle here first ({@link BundleSums}), so each key leaves once per bundle.
 */
public final class FactsOfArticle extends DoFn<Article, TableRow> {
  /** Rows ready to write: articles.csv (copies too) and article_actors.csv. */
  public static final TupleTag<TableRow> ROWS = new TupleTag<>() {};
  public static final TupleTag<KV<String, MentionStats>> ACTORS = new TupleTag<>() {};
  public static final TupleTag<KV<String, MentionStats>> ACTORS_OF_DAY = new TupleTag<>() {};
  public static final TupleTag<KV<String, MentionStats>> PLACES = new TupleTag<>() {};
  public static final TupleTag<KV<String, CandidateStats>> CANDIDATES = new TupleTag<>() {};
  /** Sentence and article totals for the co-mentions' NPMI. */
  public static final TupleTag<KV<String, Long>> WINDOWS = new TupleTag<>() {};
  public static final TupleTag<KV<String, PairStats>> PAIRS = new TupleTag<>() {};
  /** Event reports keyed by event type, for {@link ClusterEvents}. */
  public static final TupleTag<KV<String, Report>> REPORTS = new TupleTag<>() {};
  /** The run summary's counters about articles. */
  public static final TupleTag<KV<String, Long>> COUNTERS = new TupleTag<>() {};

  private final PackedStudy study;
  private final Csv csv;
  private transient EventRecordReader reader;
  private transient BundleCounters counters;
  private transient BundleSums<MentionStats> actors;
  private transient BundleSums<MentionStats> actorsOfDay;
  private transient BundleSums<MentionStats> places;
  private transient BundleSums<CandidateStats> candidates;
  private transient BundleSums<Long> windows;
  private transient BundleSums<PairStats> pairs;
  private final Counter originals = Metrics.counter(FactsOfArticle.class, "originals");
  private final Counter copies = Metrics.counter(FactsOfArticle.class, "copies");

  private FactsOfArticle(Study study, Csv csv) {
    // packed: the DirectRunner copies a DoFn's fields for every bundle it runs
    this.study = PackedStudy.of(study);
    this.csv = csv;
  }

  /** The step: articles in, every tag above out. */
  public static ParDo.MultiOutput<Article, TableRow> of(Study study, Csv csv) {
    return ParDo.of(new FactsOfArticle(study, csv)).withOutputTags(ROWS,
        TupleTagList.of(ACTORS).and(ACTORS_OF_DAY).and(PLACES).and(CANDIDATES).and(WINDOWS).and(PAIRS).and(REPORTS)
            .and(COUNTERS));
  }

  @Setup
  public void setup() {
    reader = new EventRecordReader(study.study());
  }

  @StartBundle
  public void start() {
    counters = new BundleCounters();
    actors = new BundleSums<>(MentionStats::plus);
    actorsOfDay = new BundleSums<>(MentionStats::plus);
    places = new BundleSums<>(MentionStats::plus);
    candidates = new BundleSums<>(CandidateStats::plus);
    windows = new BundleSums<>(Long::sum);
    pairs = new BundleSums<>(PairStats::plus);
  }

  @ProcessElement
  public void process(@Element Article a, MultiOutputReceiver out) {
    out.get(ROWS).output(ListArticles.row(a, csv));
    counters.add("articles", 1);
    if (a.page().published().isEmpty()) {
      counters.add("undated", 1);
    }
    if (a.isDuplicate()) {
      copies.inc();
      counters.add("duplicates", 1);
      return;
    }
    originals.inc();
    ArticleFacts f = ArticleFacts.of(a.page());
    counters.add("sentences", f.sentences);
    counters.add("actor_mentions", f.actorMentions.values().stream().mapToInt(Integer::intValue).sum());
    counters.add("event_mentions", f.events.size());
    ListArticleActors.rows(a, f, csv, out.get(ROWS)::output);
    CountActors.ofArticle(a, f, (k, v) -> actors.add(k, v, (kk, vv) -> out.get(ACTORS).output(KV.of(kk, vv))));
    CountActorDaily.ofArticle(a, f,
        (k, v) -> actorsOfDay.add(k, v, (kk, vv) -> out.get(ACTORS_OF_DAY).output(KV.of(kk, vv))));
    CountPlaces.ofArticle(a, f, (k, v) -> places.add(k, v, (kk, vv) -> out.get(PLACES).output(KV.of(kk, vv))));
    CountCandidates.ofArticle(a,
        (k, v) -> candidates.add(k, v, (kk, vv) -> out.get(CANDIDATES).output(KV.of(kk, vv))));
    CountCoMentions.windowsOf(f, (k, v) -> windows.add(k, v, (kk, vv) -> out.get(WINDOWS).output(KV.of(kk, vv))));
    CountCoMentions.pairsOf(a, f, (k, v) -> pairs.add(k, v, (kk, vv) -> out.get(PAIRS).output(KV.of(kk, vv))));
    ClusterEvents.reportsOf(a, f, reader, (k, v) -> out.get(REPORTS).output(KV.of(k, v)));
  }

  @FinishBundle
  public void finish(FinishBundleContext c) {
    actors.flush((k, v) -> emit(c, ACTORS, k, v));
    actorsOfDay.flush((k, v) -> emit(c, ACTORS_OF_DAY, k, v));
    places.flush((k, v) -> emit(c, PLACES, k, v));
    candidates.flush((k, v) -> emit(c, CANDIDATES, k, v));
    windows.flush((k, v) -> emit(c, WINDOWS, k, v));
    pairs.flush((k, v) -> emit(c, PAIRS, k, v));
    counters.flush(c, COUNTERS);
  }

  private static <V> void emit(FinishBundleContext c, TupleTag<KV<String, V>> tag, String key, V value) {
    c.output(tag, KV.of(key, value), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
  }
}
