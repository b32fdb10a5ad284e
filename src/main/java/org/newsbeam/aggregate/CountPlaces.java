package org.newsbeam.aggregate;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/** places.csv: places named, which are not actors. */
public class CountPlaces extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final Csv csv;

  public CountPlaces(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple facts) {
    Csv format = csv;
    return facts.get(FactsOfArticle.PLACES)
        .apply("Sum per place into rows", Buckets.combineIntoRows(MentionStats::plus,
            (String place, MentionStats s) -> row(format, place, s)));
  }

  /** What an article adds: its mentions of each place. */
  static void ofArticle(Article a, ArticleFacts f, BiConsumer<String, MentionStats> out) {
    for (Map.Entry<String, Integer> e : f.placeMentions.entrySet()) {
      out.accept(e.getKey(), MentionStats.ofArticle(e.getValue(), a.page().published()));
    }
  }

  static TableRow row(Csv csv, String place, MentionStats s) {
    return new TableRow(Table.PLACES, SortKeys.descending(s.mentions()) + place, csv.line(place, s.mentions(), s.articles()));
  }
}
