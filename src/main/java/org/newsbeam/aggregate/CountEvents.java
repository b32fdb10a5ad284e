package org.newsbeam.aggregate;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;

/**
 * event_counts.csv: per day and event type, the asserted reports, the articles and distinct sites
 * behind them, the distinct events they tell of (counted on the day of an event's first report)
 * with the quantity of those events, and the negated, hypothetical and claimed reports apart.
 */
public class CountEvents extends PTransform<PCollection<EventClustering.Assigned>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public CountEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<EventClustering.Assigned> reports) {
    return reports
        .apply("Key by day and type", ParDo.of(new ByDayAndType()))
        .apply("Sum per day and type", Buckets.combine(EventStats::plus))
        .apply("Count rows", ParDo.of(new CountRow(csv)));
  }

  static class ByDayAndType extends DoFn<EventClustering.Assigned, KV<String, EventStats>> {
    @ProcessElement
    public void process(@Element EventClustering.Assigned a, OutputReceiver<KV<String, EventStats>> out) {
      Report r = a.report();
      out.output(KV.of(r.date() + "|" + r.type(), EventStats.ofReport(r.certainty(), a.first(), a.eventQuantity(),
          r.articleId(), r.site())));
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
          s.quantity(), s.events(), s.negated(), s.hypothetical(), s.claimed())));
    }
  }
}
