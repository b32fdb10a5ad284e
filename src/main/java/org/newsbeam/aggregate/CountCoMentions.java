package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.Map;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsbeam.output.Csv;

/**
 * co_mentions.csv: unordered pairs of distinct actors named in the same sentence, with the
 * sentences and articles they share and their NPMI over sentences.
 */
public class CountCoMentions extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final int minSentences;
  private final Csv csv;

  public CountCoMentions(int minSentences, Csv csv) {
    this.minSentences = minSentences;
    this.csv = csv;
  }

  public record PairStats(long sentences, long articles) implements Serializable {
    PairStats plus(PairStats o) {
      return new PairStats(sentences + o.sentences, articles + o.articles);
    }
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    PCollectionView<Long> totalSentences =
        articles
            .apply("Sentences of article", ParDo.of(new SentencesOf()))
            .apply("Sum sentences", Sum.longsGlobally())
            .apply("Total view", View.asSingleton());
    PCollectionView<Map<String, Long>> actorSentences =
        articles
            .apply("Actor sentences of article", ParDo.of(new ActorSentencesOf()))
            .apply("Sum per actor", Sum.longsPerKey())
            .apply("Actor view", View.asMap());
    return articles
        .apply("Pairs of article", ParDo.of(new PairsOf()))
        .apply("Sum per pair", Combine.perKey(PairStats::plus))
        .apply("Pair rows", ParDo.of(new PairRow(minSentences, csv, totalSentences, actorSentences))
            .withSideInputs(totalSentences, actorSentences));
  }

  static class SentencesOf extends DoFn<Article, Long> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Long> out) {
      out.output((long) ArticleFacts.of(a.page()).sentences);
    }
  }

  static class ActorSentencesOf extends DoFn<Article, KV<String, Long>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Long>> out) {
      ArticleFacts.of(a.page()).actorSentences.forEach((k, v) -> out.output(KV.of(k, (long) v)));
    }
  }

  static class PairsOf extends DoFn<Article, KV<String, PairStats>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, PairStats>> out) {
      ArticleFacts.of(a.page()).pairSentences.forEach((k, v) -> out.output(KV.of(k, new PairStats(v, 1))));
    }
  }

  static class PairRow extends DoFn<KV<String, PairStats>, KV<String, String>> {
    private final int minSentences;
    private final Csv csv;
    private final PCollectionView<Long> total;
    private final PCollectionView<Map<String, Long>> actorSentences;

    PairRow(int minSentences, Csv csv, PCollectionView<Long> total, PCollectionView<Map<String, Long>> actorSentences) {
      this.minSentences = minSentences;
      this.csv = csv;
      this.total = total;
      this.actorSentences = actorSentences;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairStats s = c.element().getValue();
      if (s.sentences() < minSentences) {
        return;
      }
      String[] ab = ArticleFacts.splitPair(c.element().getKey());
      Map<String, Long> per = c.sideInput(actorSentences);
      double npmi = Npmi.of(s.sentences(), per.getOrDefault(ab[0], 0L), per.getOrDefault(ab[1], 0L), c.sideInput(total));
      c.output(KV.of(SortKeys.descending(s.sentences()) + ab[0] + "|" + ab[1],
          csv.line(ab[0], ab[1], s.sentences(), s.articles(), Npmi.format(npmi))));
    }
  }
}
