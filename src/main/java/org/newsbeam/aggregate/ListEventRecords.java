package org.newsbeam.aggregate;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * event_records.csv: one row per distinct event, from the reports gathered under its event id (see
 * {@link EventRecords}), in order of event date, type and id.
 */
public class ListEventRecords extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final Csv csv;

  public ListEventRecords(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple clustered) {
    Csv format = csv;
    return clustered.get(ClusterEvents.BY_EVENT)
        .apply("Gather reports of event into rows", Buckets.groupIntoRows(
            (String eventId, List<EventClustering.Assigned> members) -> row(format, eventId, members)));
  }

  /** A clustered report, keyed by its event; reports of no event are left out. */
  static void ofReport(EventClustering.Assigned a, BiConsumer<String, EventClustering.Assigned> out) {
    if (!a.eventId().isEmpty()) {
      out.accept(a.eventId(), a);
    }
  }

  static TableRow row(Csv csv, String eventId, List<EventClustering.Assigned> members) {
    EventRecords.EventRecord r = EventRecords.of(eventId, members);
    return new TableRow(Table.EVENT_RECORDS, r.eventDate() + "|" + r.type() + "|" + r.eventId(), csv.line(r.eventId(),
        r.eventDate(), r.datePrecision(), r.type(), r.weapon(), count(r.quantity()), count(r.fatalities()),
        count(r.injured()), r.place().name(), r.place().admin1(), r.place().country(), r.sourceActor(), r.target(),
        r.certainty(), r.reports(), r.articles(), r.sites(), r.firstReported(), r.lastReported(), r.exampleSentence(),
        r.exampleUrl()));
  }

  private static String count(long n) {
    return n < 0 ? "" : Long.toString(n);
  }
}
