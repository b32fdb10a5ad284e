package org.newsbeam.aggregate;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;

/** places.csv: places named, which are not actors. */
public class CountPlaces extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public CountPlaces(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles
        .apply("Places of article", ParDo.of(new PlacesOf()))
        .apply("Sum per place", Buckets.combine(MentionStats::plus))
        .apply("Place rows", ParDo.of(new PlaceRow(csv)));
  }

  static class PlacesOf extends DoFn<Article, KV<String, MentionStats>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, MentionStats>> out) {
      for (Map.Entry<String, Integer> e : ArticleFacts.of(a.page()).placeMentions.entrySet()) {
        out.output(KV.of(e.getKey(), MentionStats.ofArticle(e.getValue(), a.page().published())));
      }
    }
  }

  static class PlaceRow extends DoFn<KV<String, MentionStats>, KV<String, String>> {
    private final Csv csv;

    PlaceRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, MentionStats> e, OutputReceiver<KV<String, String>> out) {
      MentionStats s = e.getValue();
      out.output(KV.of(SortKeys.descending(s.mentions()) + e.getKey(), csv.line(e.getKey(), s.mentions(), s.articles())));
    }
  }
}
