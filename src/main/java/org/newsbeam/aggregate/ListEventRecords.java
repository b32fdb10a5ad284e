package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * event_records.csv: one row per distinct event, from the reports gathered under its event id (see
 * {@link EventRecords}), in order of event date, type and id.
 */
public class ListEventRecords extends PTransform<PCollection<EventClustering.Assigned>, PCollection<TableRow>> {
  private final Csv csv;

  public ListEventRecords(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollection<EventClustering.Assigned> reports) {
    return reports
        .apply("Key by event", ParDo.of(new ByEvent()))
        .apply("Gather reports of event", Buckets.group())
        .apply("Event record rows", ParDo.of(new RecordRow(csv)));
  }

  static class ByEvent extends DoFn<EventClustering.Assigned, KV<String, EventClustering.Assigned>> {
    @ProcessElement
    public void process(@Element EventClustering.Assigned a, OutputReceiver<KV<String, EventClustering.Assigned>> out) {
      if (!a.eventId().isEmpty()) {
        out.output(KV.of(a.eventId(), a));
      }
    }
  }

  static class RecordRow extends DoFn<KV<String, Iterable<EventClustering.Assigned>>, TableRow> {
    private final Csv csv;

    RecordRow(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<EventClustering.Assigned>> e, OutputReceiver<TableRow> out) {
      List<EventClustering.Assigned> members = new ArrayList<>();
      e.getValue().forEach(members::add);
      EventRecords.EventRecord r = EventRecords.of(e.getKey(), members);
      out.output(new TableRow(Table.EVENT_RECORDS, r.eventDate() + "|" + r.type() + "|" + r.eventId(), csv.line(r.eventId(), r.eventDate(),
          r.datePrecision(), r.type(), r.weapon(), count(r.quantity()), count(r.fatalities()), count(r.injured()),
          r.place().name(), r.place().admin1(), r.place().country(), r.sourceActor(), r.target(), r.certainty(),
          r.reports(), r.articles(), r.sites(), r.firstReported(), r.lastReported(), r.exampleSentence(), r.exampleUrl())));
    }

    private static String count(long n) {
      return n < 0 ? "" : Long.toString(n);
    }
  }
}
