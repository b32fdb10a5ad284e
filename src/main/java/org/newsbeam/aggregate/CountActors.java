package org.newsbeam.aggregate;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;

/** actors.csv: mentions, articles and first/last dates per actor. Rows sorted by mentions. */
public class CountActors extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final java.util.TreeMap<String, String[]> typeAndCountry = new java.util.TreeMap<>();
  private final Csv csv;

  public CountActors(ActorDictionary dictionary, Csv csv) {
    // only what the rows need: the whole dictionary would travel with every bundle
    for (Actor a : dictionary.actors()) {
      typeAndCountry.put(a.name(), new String[] {a.type().label(), a.country()});
    }
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple facts) {
    java.util.TreeMap<String, String[]> types = typeAndCountry;
    Csv format = csv;
    return facts.get(FactsOfArticle.ACTORS)
        .apply("Sum per actor into rows", Buckets.combineIntoRows(MentionStats::plus,
            (String key, MentionStats s) -> row(types, format, key, s)));
  }

  /** What an article adds. Key: actor name; the listed flag rides in the key's first char so both kinds sort apart. */
  static void ofArticle(Article a, ArticleFacts f, BiConsumer<String, MentionStats> out) {
    for (Map.Entry<String, Integer> e : f.actorMentions.entrySet()) {
      String key = (f.actorListed.get(e.getKey()) ? "L" : "U") + e.getKey();
      out.accept(key, MentionStats.ofArticle(e.getValue(), a.page().published()));
    }
  }

  /** The row of an actor: the key is its name after the listed flag. */
  static TableRow row(java.util.TreeMap<String, String[]> typeAndCountry, Csv csv, String key, MentionStats s) {
    boolean listed = key.charAt(0) == 'L';
    String name = key.substring(1);
    String[] tc = listed ? typeAndCountry.get(name) : null;
    String type = tc != null ? tc[0] : "person";
    String country = tc != null ? tc[1] : "";
    return new TableRow(Table.ACTORS, SortKeys.descending(s.mentions()) + name,
        csv.line(name, type, country, s.mentions(), s.articles(), s.first(), s.last(), listed));
  }
}
