package org.newsbeam.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Streams gold.yaml record by record (the format of sample-data/gold.yaml) and keeps the running
 * totals that gold_counts.json reports: per actor, per co-mention pair and per day and event type.
 * Those maps grow with the cast and the calendar, never with the number of articles.
 */
final class GoldWriter implements Closeable {
  /** Totals per actor over counted articles (originals). */
  static final class ActorTotal {
    long mentions;
    long articles;
    String first = "";
    String last = "";
  }

  /** Totals per day and event type over counted articles. */
  static final class EventTotal {
    long reports;
    long negated;
    long hypothetical;
    long claimed;
    long quantity;
    long articles;
    Set<String> sites = new TreeSet<>();
  }

  private final BufferedWriter out;
  final Map<String, ActorTotal> actors = new TreeMap<>();
  final Map<String, Long> pairs = new TreeMap<>();
  final Map<String, EventTotal> events = new TreeMap<>();
  long records;
  long articles;
  long snapshots;
  long duplicates;
  long rejects;
  long eventMentions;

  GoldWriter(Path file) throws IOException {
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("# Gold for a generated archive: exact by construction (newsbeam generate).\n");
    out.write("# Paths are relative to this file's folder; conventions as in sample-data/README.md.\n");
    out.write("records:\n");
  }

  /** A YAML double-quoted scalar; JSON's string escapes are valid YAML escapes. */
  static String q(String s) {
    return '"' + Sites.jsonEsc(s) + '"';
  }

  private static String list(List<String> xs) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(q(xs.get(i)));
    }
    return sb.append(']').toString();
  }

  private void head(String file, String location, String kind) throws IOException {
    records++;
    out.write("  - file: " + file + "\n");
    out.write("    location: " + q(location) + "\n");
    out.write("    kind: " + kind + "\n");
  }

  private void meta(String url, String site, String published, String title) throws IOException {
    out.write("    url: " + q(url) + "\n");
    out.write("    site: " + q(site) + "\n");
    out.write("    published: " + q(published) + "\n");
    out.write("    title: " + q(title) + "\n");
  }

  void reject(String file, String location, String reason) throws IOException {
    head(file, location, "reject");
    out.write("    reason: " + q(reason) + "\n");
    rejects++;
  }

  void snapshot(String file, String newest, String url, String site, String published, String title) throws IOException {
    head(file, "", "snapshot");
    out.write("    snapshot_of: " + q(newest) + "\n");
    meta(url, site, published, title);
    snapshots++;
  }

  void duplicate(String file, String location, String original, String url, String site, String published, String title)
      throws IOException {
    head(file, location, "duplicate");
    out.write("    duplicate_of: " + q(original) + "\n");
    meta(url, site, published, title);
    duplicates++;
    articles++;
  }

  /** An article, its annotations, and its share of the totals. */
  void article(String file, String location, String url, String site, String published, String title,
      List<Prose.Paragraph> body) throws IOException {
    head(file, location, "article");
    meta(url, site, published, title);
    articles++;
    Set<String> names = new LinkedHashSet<>();
    Map<String, Long> mentions = new TreeMap<>();
    Set<String> articlePairs = new LinkedHashSet<>();
    List<Prose.Event> evs = new ArrayList<>();
    for (Prose.Paragraph p : body) {
      for (Prose.Sentence s : p.sentences()) {
        Set<String> inSentence = new TreeSet<>();
        for (String m : s.mentions()) {
          names.add(m);
          inSentence.add(m);
          mentions.merge(m, 1L, Long::sum);
        }
        // a sentence whose every event is negated asserts no relation between its actors
        boolean onlyNegated = !s.events().isEmpty()
            && s.events().stream().allMatch(e -> e.certainty().equals(Prose.NEGATED));
        List<String> sorted = onlyNegated ? List.of() : new ArrayList<>(inSentence);
        for (int i = 0; i < sorted.size(); i++) {
          for (int j = i + 1; j < sorted.size(); j++) {
            articlePairs.add(sorted.get(i) + "\u001f" + sorted.get(j));
          }
        }
        evs.addAll(s.events());
      }
    }
    out.write("    actors: " + list(new ArrayList<>(names)) + "\n");
    if (articlePairs.isEmpty()) {
      out.write("    pairs: []\n");
    } else {
      out.write("    pairs:\n");
      for (String p : articlePairs) {
        String[] ab = p.split("\u001f");
        out.write("      - " + list(List.of(ab[0], ab[1])) + "\n");
        pairs.merge(ab[0] + "|" + ab[1], 1L, Long::sum);
      }
    }
    if (evs.isEmpty()) {
      out.write("    events: []\n");
    } else {
      out.write("    events:\n");
      for (Prose.Event e : evs) {
        out.write("      - type: " + e.type() + "\n");
        out.write("        quantity: " + (e.quantity() == null ? "null" : e.quantity().toString()) + "\n");
        out.write("        certainty: " + e.certainty() + "\n");
        out.write("        source_actor: " + q(e.source()) + "\n");
        out.write("        target: " + q(e.target()) + "\n");
        out.write("        actors: " + list(e.actors()) + "\n");
        out.write("        sentence: " + q(e.sentence()) + "\n");
      }
    }
    // totals
    for (Map.Entry<String, Long> m : mentions.entrySet()) {
      ActorTotal t = actors.computeIfAbsent(m.getKey(), k -> new ActorTotal());
      t.mentions += m.getValue();
      t.articles++;
      if (t.first.isEmpty() || published.compareTo(t.first) < 0) {
        t.first = published;
      }
      if (published.compareTo(t.last) > 0) {
        t.last = published;
      }
    }
    Set<String> assertedTypes = new TreeSet<>();
    for (Prose.Event e : evs) {
      eventMentions++;
      EventTotal t = events.computeIfAbsent(published + "|" + e.type(), k -> new EventTotal());
      switch (e.certainty()) {
        case Prose.ASSERTED -> {
          t.reports++;
          if (e.quantity() != null && e.quantity() > 0) {
            t.quantity += e.quantity();
          }
          t.sites.add(site);
          assertedTypes.add(e.type());
        }
        case Prose.NEGATED -> t.negated++;
        case Prose.HYPOTHETICAL -> t.hypothetical++;
        default -> t.claimed++;
      }
    }
    for (String type : assertedTypes) {
      events.get(published + "|" + type).articles++;
    }
  }

  /** gold_counts.json: what the aggregate tables must hold. */
  void writeCounts(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\n");
      w.write("  \"records\": " + records + ",\n");
      w.write("  \"articles\": " + articles + ",\n");
      w.write("  \"original_articles\": " + (articles - duplicates) + ",\n");
      w.write("  \"snapshots_folded\": " + snapshots + ",\n");
      w.write("  \"duplicates\": " + duplicates + ",\n");
      w.write("  \"rejected\": " + rejects + ",\n");
      w.write("  \"event_mentions\": " + eventMentions + ",\n");
      w.write("  \"actors\": {");
      boolean first = true;
      for (Map.Entry<String, ActorTotal> e : actors.entrySet()) {
        ActorTotal t = e.getValue();
        w.write((first ? "\n" : ",\n") + "    " + Sites.jsonQuote(e.getKey()) + ": {\"mentions\": " + t.mentions
            + ", \"articles\": " + t.articles + ", \"first_seen\": \"" + t.first + "\", \"last_seen\": \"" + t.last + "\"}");
        first = false;
      }
      w.write("\n  },\n  \"co_mentions\": {");
      first = true;
      for (Map.Entry<String, Long> e : pairs.entrySet()) {
        w.write((first ? "\n" : ",\n") + "    " + Sites.jsonQuote(e.getKey()) + ": {\"articles\": " + e.getValue() + "}");
        first = false;
      }
      w.write("\n  },\n  \"events\": {");
      first = true;
      for (Map.Entry<String, EventTotal> e : events.entrySet()) {
        EventTotal t = e.getValue();
        w.write((first ? "\n" : ",\n") + "    " + Sites.jsonQuote(e.getKey()) + ": {\"reports\": " + t.reports
            + ", \"articles\": " + t.articles + ", \"sites\": " + t.sites.size() + ", \"quantity_sum\": " + t.quantity
            + ", \"negated\": " + t.negated + ", \"hypothetical\": " + t.hypothetical + ", \"claimed\": " + t.claimed + "}");
        first = false;
      }
      w.write("\n  }\n}\n");
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
