package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsbeam.output.Csv;
import org.newsbeam.output.TableRow;
import java.util.function.BiConsumer;
import org.newsbeam.extract.EventMention;
import org.newsbeam.extract.EventRecordReader;

/**
 * Reports of events, grouped into events (see {@link EventClustering}). Grouped by event type,
 * so only the reports of one type (their sentences, not whole articles) meet on one worker. Each
 * report carries what its sentence tells of the act ({@link EventRecordReader}); an act that
 * names several weapons gives one report per weapon.
 */
public class ClusterEvents extends PTransform<PCollectionTuple, PCollectionTuple> {
  /** events.csv rows, ready to write. */
  public static final TupleTag<TableRow> EVENT_ROWS = new TupleTag<>() {};
  /** What {@link CountEvents} sums, keyed "day|type|weapon". */
  public static final TupleTag<KV<String, EventStats>> BY_DAY_AND_TYPE = new TupleTag<>() {};
  /** Reports keyed by their event, for {@link ListEventRecords}. */
  public static final TupleTag<KV<String, EventClustering.Assigned>> BY_EVENT = new TupleTag<>() {};

  private final Csv csv;

  public ClusterEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple facts) {
    return facts.get(FactsOfArticle.REPORTS)
        .apply("Group by type", Buckets.groupTally())
        .apply("Cluster reports", ParDo.of(new Cluster(csv))
            .withOutputTags(EVENT_ROWS, TupleTagList.of(BY_DAY_AND_TYPE).and(BY_EVENT)));
  }

  /** An article's reports, keyed by event type: one per event mention, one per weapon it names. */
  static void reportsOf(Article a, ArticleFacts f, EventRecordReader reader, BiConsumer<String, Report> out) {
    String id = a.id();
    List<ArticleFacts.PlacedEvent> events = f.events;
    for (ArticleFacts.PlacedEvent pe : events) {
      EventMention e = pe.event();
      String sentence = pe.sentenceText() == null ? "" : pe.sentenceText();
      List<EventMention> sameSentence = new ArrayList<>();
      for (ArticleFacts.PlacedEvent o : events) {
        if (o.paragraph() == pe.paragraph() && o.sentence() == pe.sentence()) {
          sameSentence.add(o.event());
        }
      }
      String order = SortKeys.ascending(pe.paragraph()) + SortKeys.ascending(pe.sentence()) + SortKeys.ascending(pe.index());
      List<EventRecordReader.Detail> details = reader.read(sentence, e, a.page().published(), sameSentence);
      for (int w = 0; w < details.size(); w++) {
        EventRecordReader.Detail d = details.get(w);
        // the first weapon keeps the mention's position, so its event id does not change
        String at = w == 0 ? order : order + SortKeys.ascending(w);
        out.accept(e.type(), new Report(e.type(), a.page().published(), id, a.page().url(), a.page().site(), at,
            e.actors(), e.source(), e.target(), d.quantity(), e.certainty(), sentence, e.trigger(), d));
      }
    }
  }

  /** Clusters one type's reports; each clustered report goes to events.csv and to both event counters. */
  static class Cluster extends DoFn<KV<String, Iterable<Report>>, TableRow> {
    private final Csv csv;

    Cluster(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Report>> e, MultiOutputReceiver out) {
      List<Report> reports = new ArrayList<>();
      e.getValue().forEach(reports::add);
      for (EventClustering.Assigned a : EventClustering.cluster(reports)) {
        out.get(EVENT_ROWS).output(ListEvents.row(a, csv));
        CountEvents.ofReport(a, (k, v) -> out.get(BY_DAY_AND_TYPE).output(KV.of(k, v)));
        ListEventRecords.ofReport(a, (k, v) -> out.get(BY_EVENT).output(KV.of(k, v)));
      }
    }
  }
}
