package org.newsbeam.aggregate;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * event_counts.csv: per day, event type and weapon ("" for acts that name none), the asserted
 * reports, the articles and distinct sites behind them, the distinct events they tell of (counted
 * on the day of an event's first asserted report) with the quantity of those events, the negated,
 * hypothetical and claimed reports apart, and the events told by claims only (counted on the day
 * of their first report, their quantity in no sum). Summing a day's rows over weapons gives the
 * type's reports, events and quantity; articles and sources are distinct per row.
 */
public class CountEvents extends PTransform<PCollection<EventClustering.Assigned>, PCollection<TableRow>> {
  private final Csv csv;

  public CountEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollection<EventClustering.Assigned> reports) {
    return reports
        .apply("Key by day and type", ParDo.of(new ByDayAndType()))
        .apply("Sum per day and type", Buckets.combine(EventStats::plus))
        .apply("Count rows", ParDo.of(new CountRow(csv)));
  }

  static class ByDayAndType extends DoFn<EventClustering.Assigned, KV<String, EventStats>> {
    @ProcessElement
    public void process(@Element EventClustering.Assigned a, OutputReceiver<KV<String, EventStats>> out) {
      Report r = a.report();
      // an event counts under its own weapon; its reports under the weapon each names
      String weapon = a.first() ? a.eventWeapon() : r.weapon();
      if (a.first() && !weapon.equals(r.weapon())) {
        out.output(KV.of(r.date() + "|" + r.type() + "|" + weapon, EventStats.ofEvent(a.asserted(), a.eventQuantity())));
        out.output(KV.of(r.date() + "|" + r.type() + "|" + r.weapon(), EventStats.ofReport(r.certainty(), false, false, -1,
            r.articleId(), r.site())));
        return;
      }
      out.output(KV.of(r.date() + "|" + r.type() + "|" + weapon, EventStats.ofReport(r.certainty(), a.first(), a.asserted(),
          a.eventQuantity(), r.articleId(), r.site())));
    }
  }

  static class CountRow extends DoFn<KV<String, EventStats>, TableRow> {
    private final Csv csv;

    CountRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, EventStats> e, OutputReceiver<TableRow> out) {
      String[] dtw = e.getKey().split("\\|", 3);
      EventStats s = e.getValue();
      out.output(new TableRow(Table.EVENT_COUNTS, e.getKey(), csv.line(dtw[0], dtw[1], dtw[2], s.reports(), s.articles().size(),
          s.sites().size(), s.quantity(), s.events(), s.negated(), s.hypothetical(), s.claimed(), s.claimedEvents())));
    }
  }
}
