package org.newsbeam.aggregate;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
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
    Csv format = csv;
    return facts.get(FactsOfArticle.ACTORS_OF_DAY)
        .apply("Sum per day and actor into rows", Buckets.combineIntoRows(MentionStats::plus,
            (String dayActor, MentionStats s) -> row(format, dayActor, s)));
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

  /** The row of a day and actor, keyed "day|actor". */
  static TableRow row(Csv csv, String dayActor, MentionStats s) {
    String[] da = dayActor.split("\\|", 2);
    return new TableRow(Table.ACTOR_DAILY, dayActor, csv.line(da[0], da[1], s.mentions(), s.articles()));
  }
}
