package org.newsbeam.aggregate;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;

/** actor_daily.csv: mentions and articles per actor and publication day (undated articles left out). */
public class CountActorDaily extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public CountActorDaily(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles
        .apply("Actors of day", ParDo.of(new ActorsOfDay()))
        .apply("Sum per day and actor", Buckets.combine(MentionStats::plus))
        .apply("Daily rows", ParDo.of(new DailyRow(csv)));
  }

  static class ActorsOfDay extends DoFn<Article, KV<String, MentionStats>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, MentionStats>> out) {
      String day = a.page().published();
      if (day.isEmpty()) {
        return;
      }
      for (Map.Entry<String, Integer> e : ArticleFacts.of(a.page()).actorMentions.entrySet()) {
        out.output(KV.of(day + "|" + e.getKey(), MentionStats.ofArticle(e.getValue(), day)));
      }
    }
  }

  static class DailyRow extends DoFn<KV<String, MentionStats>, KV<String, String>> {
    private final Csv csv;

    DailyRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, MentionStats> e, OutputReceiver<KV<String, String>> out) {
      String[] da = e.getKey().split("\\|", 2);
      out.output(KV.of(e.getKey(), csv.line(da[0], da[1], e.getValue().mentions(), e.getValue().articles())));
    }
  }
}
