package org.newsbeam.aggregate;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.output.Csv;

/** articles.csv: one row per story, copies included and marked. */
public class ListArticles extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public ListArticles(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles.apply("Article rows", ParDo.of(new ArticleRow(csv)));
  }

  static class ArticleRow extends DoFn<Article, KV<String, String>> {
    private final Csv csv;

    ArticleRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      PageAnalysis p = a.page();
      out.output(KV.of(p.published() + "|" + p.url(), csv.line(a.id(), p.url(), p.site(), p.published(), p.title(),
          p.words(), p.dateSource(), a.duplicateOf(), a.snapshots(), p.source(), p.location())));
    }
  }
}
