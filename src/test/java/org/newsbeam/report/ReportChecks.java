package org.newsbeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsbeam.output.CsvReader;

/**
 * Checks a report.html as a browser rendered it against the CSVs of its run: the page finished
 * without a script error, and the figures it shows are the tables' figures.
 */
public final class ReportChecks {
  private ReportChecks() {}

  public static Document rendered(String dom) {
    Document d = Jsoup.parse(dom);
    List<String> errors = d.select("#script-errors li").eachText();
    assertTrue(errors.isEmpty(), "script errors on the page: " + errors);
    assertEquals("ready", d.body().attr("data-report-state"), "the page finished rendering");
    assertFalse(d.select("#timeline canvas").isEmpty(), "the timeline chart was drawn");
    assertFalse(d.select("#network canvas").isEmpty(), "the network was drawn");
    return d;
  }

  /** Rows of a table as maps by column name. */
  public static List<Map<String, String>> table(Path run, String name) throws IOException {
    List<List<String>> rows = CsvReader.read(run.resolve(name));
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < rows.get(0).size(); i++) {
        m.put(rows.get(0).get(i), i < r.size() ? r.get(i) : "");
      }
      out.add(m);
    }
    return out;
  }

  private static long figure(Document d, String name) {
    Element e = d.selectFirst("[data-figure=" + name + "]");
    assertTrue(e != null, "figure " + name + " on the page");
    assertEquals(e.attr("data-value").replaceAll("\\B(?=(\\d{3})+(?!\\d))", ","), e.text(), "shown as its value");
    return Long.parseLong(e.attr("data-value"));
  }

  private static double cell(Element row, String col) {
    Element e = row.selectFirst("td[data-col=" + col + "]");
    assertTrue(e != null, "column " + col + " in " + row);
    return Double.parseDouble(e.attr("data-value"));
  }

  /** Every figure the page shows equals its run's CSVs. Returns how many figures were compared. */
  public static int figuresEqualTheTables(Document d, Path run) throws IOException {
    int compared = 0;
    JsonNode summary = new ObjectMapper().readTree(Files.readString(run.resolve("run_summary.json")));
    for (String c : List.of("articles", "records", "skipped", "rejected", "actor_mentions")) {
      assertEquals(summary.path("counters").path(c).asLong(), figure(d, c), c);
      compared++;
    }
    List<Map<String, String>> articles = table(run, "articles.csv");
    Set<String> sites = new HashSet<>();
    articles.forEach(a -> sites.add(a.get("site")));
    assertEquals(sites.size(), figure(d, "sites"), "sites");
    String first = articles.stream().map(a -> a.get("published")).filter(s -> !s.isEmpty()).min(String::compareTo).orElse("");
    String last = articles.stream().map(a -> a.get("published")).filter(s -> !s.isEmpty()).max(String::compareTo).orElse("");
    assertEquals(first + "/" + last, d.selectFirst("[data-figure=date_range]").attr("data-value"));
    compared += 2;

    // event types: the sums of event_counts.csv over its days
    Map<String, Map<String, Long>> sums = new HashMap<>();
    for (Map<String, String> r : table(run, "event_counts.csv")) {
      for (String m : List.of("events", "reports", "claimed", "negated", "hypothetical", "quantity")) {
        sums.computeIfAbsent(r.get("event_type"), t -> new HashMap<>()).merge(m, Long.parseLong(r.get(m)), Long::sum);
      }
    }
    assertEquals(sums.keySet(), new HashSet<>(d.select("#event-types tr[data-type]").eachAttr("data-type")));
    for (Element row : d.select("#event-types tr[data-type]")) {
      for (String m : sums.get(row.attr("data-type")).keySet()) {
        assertEquals(sums.get(row.attr("data-type")).get(m), (long) cell(row, m), row.attr("data-type") + " " + m);
        compared++;
      }
    }

    // top actors: rows of actors.csv, most mentioned first
    Map<String, Map<String, String>> actors = new HashMap<>();
    table(run, "actors.csv").forEach(a -> actors.put(a.get("actor"), a));
    List<Element> actorRows = d.select("#actors-table tr[data-actor]");
    assertEquals(Math.min(Caps.DEFAULT.actors(), actors.size()), actorRows.size());
    long maxMentions = actors.values().stream().mapToLong(a -> Long.parseLong(a.get("mentions"))).max().orElse(0);
    assertEquals(maxMentions, (long) cell(actorRows.get(0), "mentions"), "the most mentioned actor first");
    for (Element row : actorRows) {
      Map<String, String> a = actors.get(row.attr("data-actor"));
      assertTrue(a != null, "actor " + row.attr("data-actor") + " in actors.csv");
      assertEquals(Long.parseLong(a.get("mentions")), (long) cell(row, "mentions"), row.attr("data-actor"));
      assertEquals(Long.parseLong(a.get("articles")), (long) cell(row, "articles"), row.attr("data-actor"));
      compared += 2;
    }

    // the actor open in the network panel: its partners as in co_mentions.csv
    Map<String, Map<String, String>> pairs = new HashMap<>();
    table(run, "co_mentions.csv").forEach(p -> pairs.put(p.get("actor_a") + "\t" + p.get("actor_b"), p));
    List<Element> partners = d.select("#partners tr[data-a]");
    assertFalse(pairs.isEmpty() && partners.isEmpty(), "the network panel lists partners");
    for (Element row : partners) {
      Map<String, String> p = pairs.get(row.attr("data-a") + "\t" + row.attr("data-b"));
      assertTrue(p != null, "pair " + row.attr("data-a") + " - " + row.attr("data-b") + " in co_mentions.csv");
      assertEquals(Long.parseLong(p.get("sentences")), (long) cell(row, "sentences"));
      assertEquals(Long.parseLong(p.get("articles")), (long) cell(row, "articles"));
      assertEquals(Double.parseDouble(p.get("npmi")), cell(row, "npmi"), 1e-9);
      compared += 3;
    }

    // the day open under the timeline: its reports in events.csv
    String day = d.selectFirst("#day-panel").attr("data-day");
    assertFalse(day.isEmpty(), "a day is open under the timeline");
    long reports = table(run, "events.csv").stream().filter(e -> e.get("published").startsWith(day)).count();
    assertEquals(reports, figure(d, "day_reports"), "reports of " + day);
    compared++;

    Map<String, Map<String, String>> candidates = new HashMap<>();
    table(run, "candidate_actors.csv").forEach(c -> candidates.put(c.get("name"), c));
    for (Element row : d.select("#candidates-table tr[data-candidate]")) {
      Map<String, String> c = candidates.get(row.attr("data-candidate"));
      assertEquals(Long.parseLong(c.get("mentions")), (long) cell(row, "mentions"));
      assertEquals(Long.parseLong(c.get("articles")), (long) cell(row, "articles"));
      compared += 2;
    }
    return compared;
  }
}
