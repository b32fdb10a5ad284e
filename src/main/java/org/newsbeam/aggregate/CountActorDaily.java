package org.newsbeam.aggregate;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/** actor_daily.csv: mentions and articles per actor and publication day (undated articles left out). */
public class CountActorDaily extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final Csv csv;

  public CountActorDaily(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple facts) {
    return facts.get(FactsOfArticle.ACTORS_OF_DAY)
        .apply("Sum per day and actor", Buckets.combine(MentionStats::plus))
        .apply("Daily rows", ParDo.of(new DailyRow(csv)));
  }

  /** What an article adds: its mentions of each actor on its day. */
  static void ofArticle(Article a, ArticleFacts f, BiConsumer<String, MentionStats> out) {
    String day = a.page().published();
    if (day.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Integer> e : f.actorMentions.entrySet()) {
      out.accept(day + "|" + e.getKey(), MentionStats.ofArticle(e.getValue(), day));
    }
  }

  static class DailyRow extends DoFn<KV<String, MentionStats>, TableRow> {
    private final Csv csv;

    DailyRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, MentionStats> e, OutputReceiver<TableRow> out) {
      String[] da = e.getKey().split("\\|", 2);
      out.output(new TableRow(Table.ACTOR_DAILY, e.getKey(), csv.line(da[0], da[1], e.getValue().mentions(), e.getValue().articles())));
    }
  }
}
