package org.newsbeam.aggregate;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;

/** article_actors.csv: which actors each article names, and how often; joins articles.csv on article_id. */
public class ListArticleActors extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public ListArticleActors(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles.apply("Article actor rows", ParDo.of(new Rows(csv)));
  }

  static class Rows extends DoFn<Article, KV<String, String>> {
    private final Csv csv;

    Rows(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      ArticleFacts f = ArticleFacts.of(a.page());
      String id = a.id();
      for (Map.Entry<String, Integer> e : f.actorMentions.entrySet()) {
        out.output(KV.of(a.page().published() + "|" + id + "|" + e.getKey(),
            csv.line(id, a.page().url(), a.page().published(), e.getKey(), e.getValue(), f.actorListed.get(e.getKey()))));
      }
    }
  }
}
