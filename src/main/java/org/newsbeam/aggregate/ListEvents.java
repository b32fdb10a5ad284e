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
 * events.csv: every report with the sentence behind it and the event it reports; an act that
 * names several weapons is a row per weapon, each with its own count.
 */
public class ListEvents extends PTransform<PCollection<EventClustering.Assigned>, PCollection<TableRow>> {
  private final Csv csv;

  public ListEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollection<EventClustering.Assigned> reports) {
    return reports.apply("Event rows", ParDo.of(new EventRows(csv)));
  }

  static class EventRows extends DoFn<EventClustering.Assigned, TableRow> {
    private final Csv csv;

    EventRows(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element EventClustering.Assigned a, OutputReceiver<TableRow> out) {
      Report r = a.report();
      out.output(new TableRow(Table.EVENTS, r.key() + "|" + r.type(), csv.line(r.articleId(), r.url(), r.date(), r.type(),
          String.join(";", r.actors()), r.quantity() < 0 ? "" : Long.toString(r.quantity()), r.sentence(), r.source(),
          r.target(), r.certainty().label(), a.eventId(), r.trigger(), r.weapon())));
    }
  }
}
