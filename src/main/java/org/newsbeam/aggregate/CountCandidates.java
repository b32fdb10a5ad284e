package org.newsbeam.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsbeam.extract.ActorMention;
import org.newsbeam.extract.DiscoveredActor;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.extract.SentenceAnalysis;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/**
 * candidate_actors.csv: people the dictionary does not list, found from title and speech cues,
 * for an analyst to promote into the study's dictionary.
 */
public class CountCandidates extends PTransform<PCollectionTuple, PCollection<TableRow>> {
  private final Csv csv;

  public CountCandidates(Csv csv) {
    this.csv = csv;
  }

  @Override
  public PCollection<TableRow> expand(PCollectionTuple facts) {
    Csv format = csv;
    return facts.get(FactsOfArticle.CANDIDATES)
        .apply("Sum per candidate into rows", Buckets.combineIntoRows(CandidateStats::plus,
            (String name, CandidateStats s) -> row(format, name, s)));
  }

  /** What an article adds: each unlisted person it names, with a title and an example sentence. */
  static void ofArticle(Article a, BiConsumer<String, CandidateStats> out) {
    Map<String, Long> mentions = new TreeMap<>();
    Map<String, String> title = new LinkedHashMap<>();
    Map<String, String> example = new LinkedHashMap<>();
    Map<String, String> exampleKey = new LinkedHashMap<>();
    List<ParagraphAnalysis> ps = a.page().paragraphs();
    for (int p = 0; p < ps.size(); p++) {
      List<SentenceAnalysis> ss = ps.get(p).sentences();
      for (int s = 0; s < ss.size(); s++) {
        SentenceAnalysis sa = ss.get(s);
        for (DiscoveredActor d : sa.discovered()) {
          if (!d.title().isEmpty()) {
            title.putIfAbsent(d.name(), d.title());
          }
          if (sa.text() != null && !example.containsKey(d.name())) {
            example.put(d.name(), sa.text());
            exampleKey.put(d.name(), a.page().published() + "|" + a.page().url() + "|"
                + SortKeys.ascending(p) + SortKeys.ascending(s));
          }
        }
        for (ActorMention m : sa.actors()) {
          if (!m.listed()) {
            mentions.merge(m.actor(), 1L, Long::sum);
          }
        }
      }
    }
    for (Map.Entry<String, Long> e : mentions.entrySet()) {
      String name = e.getKey();
      Map<String, Long> titles = new TreeMap<>();
      if (title.containsKey(name)) {
        titles.put(title.get(name), 1L);
      }
      out.accept(name, new CandidateStats(e.getValue(), 1, titles, exampleKey.getOrDefault(name, "~"),
          example.getOrDefault(name, "")));
    }
  }

  static TableRow row(Csv csv, String name, CandidateStats s) {
    return new TableRow(Table.CANDIDATE_ACTORS, SortKeys.descending(s.mentions()) + name,
        csv.line(name, s.title(), s.mentions(), s.articles(), s.example()));
  }
}
