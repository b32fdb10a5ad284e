package org.newsbeam.aggregate;

import java.util.List;
import java.util.function.BinaryOperator;
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
  private transient Summed<MentionStats> actors;
  private transient Summed<MentionStats> actorsOfDay;
  private transient Summed<MentionStats> places;
  private transient Summed<CandidateStats> candidates;
  private transient Summed<Long> windows;
  private transient Summed<PairStats> pairs;
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
    actors = new Summed<>(ACTORS, MentionStats::plus);
    actorsOfDay = new Summed<>(ACTORS_OF_DAY, MentionStats::plus);
    places = new Summed<>(PLACES, MentionStats::plus);
    candidates = new Summed<>(CANDIDATES, CandidateStats::plus);
    windows = new Summed<>(WINDOWS, Long::sum);
    pairs = new Summed<>(PAIRS, PairStats::plus);
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
    CountActors.ofArticle(a, f, (k, v) -> actors.add(k, v, out));
    CountActorDaily.ofArticle(a, f, (k, v) -> actorsOfDay.add(k, v, out));
    CountPlaces.ofArticle(a, f, (k, v) -> places.add(k, v, out));
    CountCandidates.ofArticle(a, (k, v) -> candidates.add(k, v, out));
    CountCoMentions.windowsOf(f, (k, v) -> windows.add(k, v, out));
    CountCoMentions.pairsOf(a, f, (k, v) -> pairs.add(k, v, out));
    ClusterEvents.reportsOf(a, f, reader, (k, v) -> out.get(REPORTS).output(KV.of(k, v)));
  }

  @FinishBundle
  public void finish(FinishBundleContext c) {
    for (Summed<?> s : List.of(actors, actorsOfDay, places, candidates, windows, pairs)) {
      s.flush(c);
    }
    counters.flush(c, COUNTERS);
  }

  /** One counter's sums over the bundle, and the output they leave by. */
  private static final class Summed<V> {
    private final TupleTag<KV<String, V>> tag;
    private final BundleSums<V> sums;

    Summed(TupleTag<KV<String, V>> tag, BinaryOperator<V> plus) {
      this.tag = tag;
      this.sums = new BundleSums<>(plus);
    }

    void add(String key, V value, MultiOutputReceiver out) {
      sums.add(key, value, (k, v) -> out.get(tag).output(KV.of(k, v)));
    }

    void flush(FinishBundleContext c) {
      sums.flush((k, v) -> c.output(tag, KV.of(k, v), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
    }
  }
}
