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
import org.newsbeam.extract.EventRecordReader;
import org.newsbeam.study.PackedStudy;
import org.newsbeam.study.Study;

/**
 * Reports of events, grouped into events (see {@link EventClustering}). Grouped by event type,
 * so only the reports of one type (their sentences, not whole articles) meet on one worker. Each
 * report carries what its sentence tells of the act ({@link EventRecordReader}); an act that
 * names several weapons gives one report per weapon.
 */
public class ClusterEvents extends PTransform<PCollection<Article>, PCollection<EventClustering.Assigned>> {
  private final PackedStudy study;

  public ClusterEvents(Study study) {
    // packed: the DirectRunner copies a DoFn's fields for every bundle it runs
    this.study = PackedStudy.of(study);
  }

  @Override
  public PCollection<EventClustering.Assigned> expand(PCollection<Article> articles) {
    return articles
        .apply("Reports of article", ParDo.of(new ReportsOf(study)))
        .apply("Group by type", GroupByKey.create())
        .apply("Cluster reports", ParDo.of(new Cluster()));
  }

  static class ReportsOf extends DoFn<Article, KV<String, Report>> {
    private final PackedStudy study;
    private transient EventRecordReader reader;

    ReportsOf(PackedStudy study) {
      this.study = study;
    }

    @Setup
    public void setup() {
      reader = new EventRecordReader(study.study());
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Report>> out) {
      String id = a.id();
      List<ArticleFacts.PlacedEvent> events = ArticleFacts.of(a.page()).events;
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
          out.output(KV.of(e.type(), new Report(e.type(), a.page().published(), id, a.page().url(), a.page().site(), at,
              e.actors(), e.source(), e.target(), d.quantity(), e.certainty(), sentence, e.trigger(), d)));
        }
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
