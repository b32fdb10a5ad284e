package org.newsbeam.aggregate;

import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * events.csv: every report with the sentence behind it and the event it reports; an act that
 * names several weapons is a row per weapon, each with its own count. Written from
 * {@link ClusterEvents}' step.
 */
public final class ListEvents {
  private ListEvents() {}

  static TableRow row(EventClustering.Assigned a, Csv csv) {
    Report r = a.report();
    return new TableRow(Table.EVENTS, r.key() + "|" + r.type(), csv.line(r.articleId(), r.url(), r.date(), r.type(),
        String.join(";", r.actors()), r.quantity() < 0 ? "" : Long.toString(r.quantity()), r.sentence(), r.source(),
        r.target(), r.certainty().label(), a.eventId(), r.trigger(), r.weapon()));
  }
}
