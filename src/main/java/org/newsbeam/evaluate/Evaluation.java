package org.newsbeam.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsbeam.output.CsvReader;
import org.newsbeam.text.TextNormalizer;

/**
 * Compares a run's output folder with a gold file: precision and recall for actors per article,
 * co-mention pairs, event mentions, and how often matched events carry the gold quantity,
 * certainty and roles. Also checks that every gold record ended where it should (article, copy,
 * folded snapshot, reject) with its date.
 */
public final class Evaluation {
  /** Counts of one comparison. */
  public record Score(long tp, long fp, long fn) {
    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
  }

  /** Share of matched items that agree. */
  public record Agreement(long agree, long total) {
    public double rate() {
      return total == 0 ? 1.0 : (double) agree / total;
    }
  }

  public final Map<String, Score> scores = new LinkedHashMap<>();
  public final Map<String, Agreement> agreements = new LinkedHashMap<>();
  public final List<String> problems = new ArrayList<>();

  public static Evaluation run(Gold gold, Path outputDir) throws IOException {
    Evaluation ev = new Evaluation();
    ev.compare(gold, outputDir);
    return ev;
  }

  private void compare(Gold gold, Path dir) throws IOException {
    List<Map<String, String>> articleRows = read(dir, "articles.csv");
    Map<String, Map<String, String>> articles = byKey(articleRows, "url");
    List<Map<String, String>> rejects = read(dir, "rejects.csv");
    gold = withRunUrls(gold, articleRows);

    // where each record ended
    long placed = 0;
    long dated = 0;
    long datedTotal = 0;
    for (Gold.Record r : gold.records()) {
      boolean ok;
      switch (r.kind()) {
        case "article":
          Map<String, String> a = articles.get(r.url());
          ok = a != null && a.get("duplicate_of").isEmpty();
          if (a != null) {
            datedTotal++;
            if (a.get("published").equals(r.published())) {
              dated++;
            } else {
              problems.add("date of " + r.url() + ": " + a.get("published") + ", gold " + r.published());
            }
          }
          break;
        case "duplicate":
          Map<String, String> d = articles.get(r.url());
          ok = d != null && d.get("duplicate_of").equals(r.duplicateOf());
          break;
        case "snapshot":
          ok = articles.containsKey(r.url());
          break;
        case "reject":
          ok = rejects.stream().anyMatch(x -> fileOf(x).endsWith(r.file())
              && (r.location().isEmpty() || x.get("location").equals(r.location())));
          break;
        default:
          ok = false;
      }
      if (ok) {
        placed++;
      } else {
        problems.add(r.kind() + " not found as such: " + r.file() + " " + r.location() + " " + r.url());
      }
    }
    agreements.put("records placed", new Agreement(placed, gold.records().size()));
    agreements.put("article dates", new Agreement(dated, datedTotal));

    // actors per article
    Map<String, Set<String>> runActors = new HashMap<>();
    for (Map<String, String> row : read(dir, "article_actors.csv")) {
      runActors.computeIfAbsent(row.get("url"), k -> new HashSet<>()).add(row.get("actor"));
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    Map<String, Long> goldPairs = new HashMap<>();
    for (Gold.Record r : gold.records()) {
      if (!r.kind().equals("article")) {
        continue;
      }
      Set<String> g = new HashSet<>(r.actors());
      Set<String> p = runActors.getOrDefault(r.url(), Set.of());
      for (String x : p) {
        if (g.contains(x)) {
          tp++;
        } else {
          fp++;
          problems.add("actor not in gold: " + x + " in " + r.url());
        }
      }
      for (String x : g) {
        if (!p.contains(x)) {
          fn++;
          problems.add("actor missed: " + x + " in " + r.url());
        }
      }
      for (List<String> pair : r.pairs()) {
        goldPairs.merge(pairKey(pair.get(0), pair.get(1)), 1L, Long::sum);
      }
    }
    scores.put("actors", new Score(tp, fp, fn));

    // pairs over the corpus, weighted by articles
    Map<String, Long> runPairs = new HashMap<>();
    for (Map<String, String> row : read(dir, "co_mentions.csv")) {
      runPairs.put(pairKey(row.get("actor_a"), row.get("actor_b")), Long.parseLong(row.get("articles")));
    }
    scores.put("co-mention pairs", multiset(goldPairs, runPairs));

    // event mentions per article, matched by type and sentence
    Map<String, List<Map<String, String>>> runEvents = new HashMap<>();
    for (Map<String, String> row : read(dir, "events.csv")) {
      runEvents.computeIfAbsent(row.get("url"), k -> new ArrayList<>()).add(row);
    }
    EventRecordAgreement records = new EventRecordAgreement(
        Files.exists(dir.resolve("event_records.csv")) ? read(dir, "event_records.csv") : List.of());
    long etp = 0;
    long efp = 0;
    long efn = 0;
    long qAgree = 0;
    long cAgree = 0;
    long rAgree = 0;
    for (Gold.Record r : gold.records()) {
      if (!r.kind().equals("article")) {
        continue;
      }
      List<Map<String, String>> pred = new ArrayList<>(runEvents.getOrDefault(r.url(), List.of()));
      for (Gold.Event g : r.events()) {
        // the closest sentence of that type: a live blog repeats one line under several times
        // ("08:18 X said ...", "11:58 President X said ..."), and containment alone would pair
        // them crosswise
        Map<String, String> match = null;
        int closest = Integer.MAX_VALUE;
        String goldSentence = norm(g.sentence());
        for (Map<String, String> p : pred) {
          if (!p.get("event_type").equals(g.type())) {
            continue;
          }
          String run = norm(p.get("sentence"));
          if (sameNormalised(run, goldSentence)) {
            int gap = Math.abs(run.length() - goldSentence.length());
            if (gap < closest) {
              match = p;
              closest = gap;
            }
          }
        }
        if (match == null) {
          efn++;
          problems.add("event missed: " + g.type() + " in \"" + g.sentence() + "\" (" + r.url() + ")");
          continue;
        }
        pred.remove(match);
        etp++;
        records.compare(g, match, problems);
        String q = g.quantity() == null ? "" : Long.toString(g.quantity());
        if (q.equals(match.get("quantity"))) {
          qAgree++;
        } else {
          problems.add("quantity " + match.get("quantity") + ", gold " + q + ": " + g.type() + " in \"" + g.sentence() + "\"");
        }
        if (g.certainty().equals(match.get("certainty"))) {
          cAgree++;
        } else {
          problems.add("certainty " + match.get("certainty") + ", gold " + g.certainty() + ": " + g.type() + " in \"" + g.sentence() + "\"");
        }
        if (Objects.equals(g.source(), sourceActor(match)) && Objects.equals(g.target(), match.getOrDefault("target", ""))) {
          rAgree++;
        } else {
          problems.add("roles " + sourceActor(match) + " -> " + match.get("target") + ", gold " + g.source() + " -> "
              + g.target() + ": " + g.type() + " in \"" + g.sentence() + "\"");
        }
      }
      for (Map<String, String> p : pred) {
        efp++;
        problems.add("event not in gold: " + p.get("event_type") + " in \"" + p.get("sentence") + "\" (" + r.url() + ")");
      }
    }
    scores.put("event mentions", new Score(etp, efp, efn));
    agreements.put("event quantities", new Agreement(qAgree, etp));
    agreements.put("event certainty", new Agreement(cAgree, etp));
    agreements.put("event source/target", new Agreement(rAgree, etp));
    records.addTo(agreements);
  }

  /** Gold records without a URL (plain-text files) take the URL the run gave their file. */
  static Gold withRunUrls(Gold gold, List<Map<String, String>> articleRows) {
    List<Gold.Record> out = new ArrayList<>();
    for (Gold.Record r : gold.records()) {
      String url = r.url();
      if (url.isEmpty() && !r.kind().equals("reject")) {
        for (Map<String, String> a : articleRows) {
          if (fileOf(a).replace('\\', '/').endsWith("/" + r.file()) && a.get("location").equals(r.location())) {
            url = a.get("url");
          }
        }
      }
      out.add(new Gold.Record(r.file(), r.location(), r.kind(), url, r.published(), r.duplicateOf(), r.actors(),
          r.pairs(), r.events()));
    }
    return new Gold(out);
  }

  static Score multiset(Map<String, Long> gold, Map<String, Long> run) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    Set<String> keys = new HashSet<>(gold.keySet());
    keys.addAll(run.keySet());
    for (String k : keys) {
      long g = gold.getOrDefault(k, 0L);
      long r = run.getOrDefault(k, 0L);
      tp += Math.min(g, r);
      fp += Math.max(0, r - g);
      fn += Math.max(0, g - r);
    }
    return new Score(tp, fp, fn);
  }

  static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  private static boolean sameNormalised(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  static String norm(String s) {
    return TextNormalizer.cleanParagraph(s == null ? "" : s).toLowerCase(Locale.ROOT);
  }

  static List<Map<String, String>> read(Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    if (!Files.exists(f)) {
      throw new IOException("no " + name + " in " + dir + ": is it a newsbeam output folder?");
    }
    List<List<String>> rows = CsvReader.read(f);
    List<Map<String, String>> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    for (int i = 1; i < rows.size(); i++) {
      Map<String, String> m = new HashMap<>();
      for (int c = 0; c < header.size() && c < rows.get(i).size(); c++) {
        m.put(header.get(c), rows.get(i).get(c));
      }
      out.add(m);
    }
    return out;
  }

  static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
    Map<String, Map<String, String>> m = new HashMap<>();
    for (Map<String, String> r : rows) {
      m.put(r.get(key), r);
    }
    return m;
  }

  public void print(PrintStream out, boolean details) {
    out.println("what                     precision  recall   (tp/fp/fn)");
    scores.forEach((k, s) -> out.printf(Locale.ROOT, "%-24s %9.3f %7.3f   (%d/%d/%d)%n", k, s.precision(), s.recall(), s.tp(), s.fp(), s.fn()));
    out.println();
    out.println("what                     agreement  (agree/total)");
    agreements.forEach((k, a) -> out.printf(Locale.ROOT, "%-24s %9.3f   (%d/%d)%n", k, a.rate(), a.agree(), a.total()));
    if (details && !problems.isEmpty()) {
      out.println();
      out.println("differences:");
      problems.forEach(p -> out.println("  " + p));
    }
  }

  /** The acting actor of an events.csv row; runs of newsbeam before the renaming called it "source". */
  static String sourceActor(Map<String, String> row) {
    return row.getOrDefault("source_actor", row.getOrDefault("source", ""));
  }

  /** The file of an articles.csv or rejects.csv row; older runs called it "source". */
  static String fileOf(Map<String, String> row) {
    return row.getOrDefault("file", row.getOrDefault("source", ""));
  }
}
