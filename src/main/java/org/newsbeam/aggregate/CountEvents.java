package org.newsbeam.aggregate;

import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;

/**
 * event_counts.csv: per day and event type, the asserted reports, the articles and distinct sites
 * behind them, the quantity they report, and the negated, hypothetical and claimed reports apart.
 */
public class CountEvents extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public CountEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles
        .apply("Reports of article", ParDo.of(new ReportsOf()))
        .apply("Sum per day and type", Combine.perKey(EventStats::plus))
        .apply("Count rows", ParDo.of(new CountRow(csv)));
  }

  static class ReportsOf extends DoFn<Article, KV<String, EventStats>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, EventStats>> out) {
      for (ArticleFacts.PlacedEvent pe : ArticleFacts.of(a.page()).events) {
        String key = a.page().published() + "|" + pe.event().type();
        out.output(KV.of(key, EventStats.ofReport(pe.event().certainty(), pe.event().quantity(), a.id(), a.page().site())));
      }
    }
  }

  static class CountRow extends DoFn<KV<String, EventStats>, KV<String, String>> {
    private final Csv csv;

    CountRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, EventStats> e, OutputReceiver<KV<String, String>> out) {
      String[] dt = e.getKey().split("\\|", 2);
      EventStats s = e.getValue();
      out.output(KV.of(e.getKey(), csv.line(dt[0], dt[1], s.reports(), s.articles().size(), s.sites().size(),
          s.quantity(), s.negated(), s.hypothetical(), s.claimed())));
    }
  }
}
