package org.newsbeam.aggregate;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;

/** actors.csv: mentions, articles and first/last dates per actor. Rows sorted by mentions. */
public class CountActors extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
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
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles
        .apply("Actors of article", ParDo.of(new ActorsOfArticle()))
        .apply("Sum per actor", Buckets.combine(MentionStats::plus))
        .apply("Actor rows", ParDo.of(new ActorRow(typeAndCountry, csv)));
  }

  /** Key: actor name; the listed flag rides in the key's first char so both kinds sort apart. */
  static class ActorsOfArticle extends DoFn<Article, KV<String, MentionStats>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, MentionStats>> out) {
      ArticleFacts f = ArticleFacts.of(a.page());
      for (Map.Entry<String, Integer> e : f.actorMentions.entrySet()) {
        String key = (f.actorListed.get(e.getKey()) ? "L" : "U") + e.getKey();
        out.output(KV.of(key, MentionStats.ofArticle(e.getValue(), a.page().published())));
      }
    }
  }

  static class ActorRow extends DoFn<KV<String, MentionStats>, KV<String, String>> {
    private final java.util.TreeMap<String, String[]> typeAndCountry;
    private final Csv csv;

    ActorRow(java.util.TreeMap<String, String[]> typeAndCountry, Csv csv) {
      this.typeAndCountry = typeAndCountry;
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, MentionStats> e, OutputReceiver<KV<String, String>> out) {
      boolean listed = e.getKey().charAt(0) == 'L';
      String name = e.getKey().substring(1);
      MentionStats s = e.getValue();
      String[] tc = listed ? typeAndCountry.get(name) : null;
      String type = tc != null ? tc[0] : "person";
      String country = tc != null ? tc[1] : "";
      out.output(KV.of(SortKeys.descending(s.mentions()) + name,
          csv.line(name, type, country, s.mentions(), s.articles(), s.first(), s.last(), listed)));
    }
  }
}
