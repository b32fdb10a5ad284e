package org.newsbeam.aggregate;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.extract.EventMention;
import org.newsbeam.output.Csv;

/** events.csv: every event mention with the sentence behind it. */
public class ListEvents extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final Csv csv;

  public ListEvents(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles.apply("Event rows", ParDo.of(new EventRows(csv)));
  }

  static class EventRows extends DoFn<Article, KV<String, String>> {
    private final Csv csv;

    EventRows(Csv csv) {
      this.csv = csv;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      String id = a.id();
      for (ArticleFacts.PlacedEvent pe : ArticleFacts.of(a.page()).events) {
        EventMention e = pe.event();
        String key = a.page().published() + "|" + id + "|" + SortKeys.ascending(pe.paragraph())
            + SortKeys.ascending(pe.sentence()) + SortKeys.ascending(pe.index());
        out.output(KV.of(key, csv.line(id, a.page().url(), a.page().published(), e.type(),
            String.join(";", e.actors()), e.quantity() < 0 ? "" : Long.toString(e.quantity()),
            pe.sentenceText(), e.source(), e.target(), e.certainty().label(), e.trigger())));
      }
    }
  }
}
