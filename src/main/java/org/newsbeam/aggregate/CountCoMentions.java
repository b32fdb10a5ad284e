package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * co_mentions.csv: unordered pairs of distinct actors, in two windows. Sentence window: the
 * sentences naming both, the articles with such a sentence, and NPMI over sentences. Article
 * window: the articles naming both anywhere, and NPMI over articles. Pairs with fewer sentences
 * than the study's minimum are left out (set it to 0 to list article-only pairs too).
 */
public class CountCoMentions extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final int minSentences;
  private final Csv csv;

  public CountCoMentions(int minSentences, Csv csv) {
    this.minSentences = minSentences;
    this.csv = csv;
  }

  /**
   * A pair's counts and its example: the first sentence naming both in the earliest article that
   * has one (by publication day, undated last, then URL), so the choice is the same on every
   * runner whatever order the articles are combined in.
   *
   * @param exampleOrder the example article's sort key, "" when there is no example
   */
  public record PairStats(long sentences, long articles, long articlesTogether, String exampleOrder,
      String exampleSentence, String exampleUrl) implements Serializable {
    PairStats(long sentences, long articles, long articlesTogether) {
      this(sentences, articles, articlesTogether, "", "", "");
    }

    PairStats plus(PairStats o) {
      PairStats example = earlier(this, o);
      return new PairStats(sentences + o.sentences, articles + o.articles, articlesTogether + o.articlesTogether,
          example.exampleOrder, example.exampleSentence, example.exampleUrl);
    }

    static PairStats earlier(PairStats a, PairStats b) {
      if (a.exampleOrder.isEmpty()) {
        return b;
      }
      if (b.exampleOrder.isEmpty()) {
        return a;
      }
      return a.exampleOrder.compareTo(b.exampleOrder) <= 0 ? a : b;
    }
  }

  /** Orders articles for the example: dated before undated, then by day, then by URL. */
  static String exampleOrder(String published, String url) {
    return (published.isEmpty() ? "~" : published) + "|" + url;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple facts) {
    PCollectionView<Map<String, Long>> totals =
        facts.get(FactsOfArticle.WINDOWS)
            .apply("Sum windows", Buckets.combineTally(Long::sum))
            .apply("Windows view", View.asMap());
    return facts.get(FactsOfArticle.PAIRS)
        .apply("Sum per pair", Buckets.combineTally(PairStats::plus))
        .apply("Pair rows", ParDo.of(new PairRow(minSentences, csv, totals)).withSideInputs(totals));
  }

  /** Keys of the totals view: sentences and articles overall, and per actor. */
  static final String SENTENCES = "S";
  static final String ARTICLES = "A";

  /** What an article adds to the windows' totals: its sentences, itself, and both per actor it names. */
  static void windowsOf(ArticleFacts f, BiConsumer<String, Long> out) {
    out.accept(SENTENCES, (long) f.sentences);
    out.accept(ARTICLES, 1L);
    f.actorSentences.forEach((k, v) -> {
      out.accept(SENTENCES + k, (long) v);
      out.accept(ARTICLES + k, 1L);
    });
  }

  /** What an article adds to each pair of actors it names anywhere. */
  static void pairsOf(Article a, ArticleFacts f, BiConsumer<String, PairStats> out) {
    java.util.List<String> actors = new java.util.ArrayList<>(f.actorSentences.keySet());
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size(); j++) {
        String key = ArticleFacts.pairKey(actors.get(i), actors.get(j));
        Integer sentences = f.pairSentences.get(key);
        String example = f.pairExample.get(key);
        out.accept(key, sentences == null ? new PairStats(0, 0, 1)
            : example == null ? new PairStats(sentences, 1, 1)
            : new PairStats(sentences, 1, 1, exampleOrder(a.page().published(), a.page().url()), example, a.page().url()));
      }
    }
  }

  static class PairRow extends DoFn<KV<String, PairStats>, TableRow> {
    private final int minSentences;
    private final Csv csv;
    private final PCollectionView<Map<String, Long>> totals;

    PairRow(int minSentences, Csv csv, PCollectionView<Map<String, Long>> totals) {
      this.minSentences = minSentences;
      this.csv = csv;
      this.totals = totals;
    }

    /** The side input, read once per bundle: the DirectRunner rebuilds the map on every read. */
    private transient Map<String, Long> totalsMap;

    @StartBundle
    public void startBundle() {
      totalsMap = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairStats s = c.element().getValue();
      if (s.sentences() < minSentences) {
        return;
      }
      String[] ab = ArticleFacts.splitPair(c.element().getKey());
      if (totalsMap == null) {
        totalsMap = c.sideInput(totals);
      }
      Map<String, Long> t = totalsMap;
      double npmi = Npmi.of(s.sentences(), t.getOrDefault(SENTENCES + ab[0], 0L), t.getOrDefault(SENTENCES + ab[1], 0L),
          t.getOrDefault(SENTENCES, 0L));
      double npmiArticles = Npmi.of(s.articlesTogether(), t.getOrDefault(ARTICLES + ab[0], 0L),
          t.getOrDefault(ARTICLES + ab[1], 0L), t.getOrDefault(ARTICLES, 0L));
      c.output(new TableRow(Table.CO_MENTIONS, SortKeys.descending(s.sentences()) + SortKeys.descending(s.articlesTogether()) + ab[0] + "|" + ab[1],
          csv.line(ab[0], ab[1], s.sentences(), s.articles(), s.sentences() == 0 ? "" : Npmi.format(npmi),
              s.articlesTogether(), Npmi.format(npmiArticles), s.exampleSentence(), s.exampleUrl())));
    }
  }
}
