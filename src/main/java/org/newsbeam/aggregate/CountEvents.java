package org.newsbeam.aggregate;

import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
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
public class CountEvents extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final Csv csv;

  public CountEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple clustered) {
    Csv format = csv;
    return clustered.get(ClusterEvents.BY_DAY_AND_TYPE)
        .apply("Sum per day and type into rows", Buckets.combineIntoRows(EventStats::plus,
            (String dayTypeWeapon, EventStats s) -> row(format, dayTypeWeapon, s)));
  }

  /** What a clustered report adds, keyed "day|type|weapon". */
  static void ofReport(EventClustering.Assigned a, BiConsumer<String, EventStats> out) {
    Report r = a.report();
    // an event counts under its own weapon; its reports under the weapon each names
    String weapon = a.first() ? a.eventWeapon() : r.weapon();
    if (a.first() && !weapon.equals(r.weapon())) {
      out.accept(r.date() + "|" + r.type() + "|" + weapon, EventStats.ofEvent(a.asserted(), a.eventQuantity()));
      out.accept(r.date() + "|" + r.type() + "|" + r.weapon(), EventStats.ofReport(r.certainty(), false, false, -1,
          r.articleId(), r.site()));
      return;
    }
    out.accept(r.date() + "|" + r.type() + "|" + weapon, EventStats.ofReport(r.certainty(), a.first(), a.asserted(),
        a.eventQuantity(), r.articleId(), r.site()));
  }

  static TableRow row(Csv csv, String dayTypeWeapon, EventStats s) {
    String[] dtw = dayTypeWeapon.split("\\|", 3);
    return new TableRow(Table.EVENT_COUNTS, dayTypeWeapon, csv.line(dtw[0], dtw[1], dtw[2], s.reports(),
        s.articles().size(), s.sites().size(), s.quantity(), s.events(), s.negated(), s.hypothetical(), s.claimed(),
        s.claimedEvents()));
  }
}
