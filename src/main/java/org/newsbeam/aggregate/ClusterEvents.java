package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.extract.EventMention;

/**
 * Reports of events, grouped into events (see {@link EventClustering}). Grouped by event type,
 * so only the reports of one type (their sentences, not whole articles) meet on one worker.
 */
public class ClusterEvents extends PTransform<PCollection<Article>, PCollection<EventClustering.Assigned>> {
  @Override
  public PCollection<EventClustering.Assigned> expand(PCollection<Article> articles) {
    return articles
        .apply("Reports of article", ParDo.of(new ReportsOf()))
        .apply("Group by type", GroupByKey.create())
        .apply("Cluster reports", ParDo.of(new Cluster()));
  }

  static class ReportsOf extends DoFn<Article, KV<String, Report>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Report>> out) {
      String id = a.id();
      for (ArticleFacts.PlacedEvent pe : ArticleFacts.of(a.page()).events) {
        EventMention e = pe.event();
        String order = SortKeys.ascending(pe.paragraph()) + SortKeys.ascending(pe.sentence()) + SortKeys.ascending(pe.index());
        out.output(KV.of(e.type(), new Report(e.type(), a.page().published(), id, a.page().url(), a.page().site(), order,
            e.actors(), e.source(), e.target(), e.quantity(), e.certainty(), pe.sentenceText() == null ? "" : pe.sentenceText(),
            e.trigger())));
      }
    }
  }

  static class Cluster extends DoFn<KV<String, Iterable<Report>>, EventClustering.Assigned> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Report>> e, OutputReceiver<EventClustering.Assigned> out) {
      List<Report> reports = new ArrayList<>();
      e.getValue().forEach(reports::add);
      EventClustering.cluster(reports).forEach(out::output);
    }
  }
}
