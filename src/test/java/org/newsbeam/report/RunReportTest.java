package org.newsbeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report embeds, read from a hand-made run: figures as in the tables, caps, escaping. */
class RunReportTest {
  @TempDir Path tmp;

  JsonNode model(boolean weapon, Caps caps) throws Exception {
    return RunReport.model(RunFixture.write(tmp.resolve("run"), weapon).toString(), caps).json();
  }

  @Test
  void summaryReadsTheRunSummaryAndArticles() throws Exception {
    JsonNode s = model(false, Caps.DEFAULT).get("summary");
    assertEquals(3, s.path("counters").path("articles").asLong());
    assertEquals(1, s.path("counters").path("rejected").asLong());
    assertEquals(2, s.path("sites").asLong());
    assertEquals("2025-03-01", s.path("first_day").asText());
    assertEquals("2025-03-03", s.path("last_day").asText());
    assertEquals("ukraine-war", s.path("study").asText());
    assertEquals("/data/**", s.path("archive").asText());
  }

  @Test
  void timelineCarriesEveryDayAndTheCertaintiesApart() throws Exception {
    JsonNode t = model(false, Caps.DEFAULT).get("timeline");
    assertEquals(List.of("2025-03-01", "2025-03-02", "2025-03-03"), texts(t.get("days")));
    assertEquals(List.of(2L, 0L, 0L), longs(t.at("/series/drone_strike/reports")));
    assertEquals(List.of(1L, 0L, 0L), longs(t.at("/series/drone_strike/claimed")));
    assertEquals(List.of(0L, 0L, 1L), longs(t.at("/series/talks/negated")));
    assertEquals(List.of(0L, 0L, 0L), longs(t.at("/series/missile_strike/negated")));
    assertEquals(1, t.at("/series/missile_strike/hypothetical/0").asLong());
    assertTrue(t.path("weapons").isMissingNode(), "no weapon column, no weapon split");
    // three reports on the first day, each its own event, all listed
    assertEquals(3, t.at("/examples/2025-03-01/reports").asLong());
    assertEquals(3, t.at("/examples/2025-03-01/list").size());
    assertEquals(50, totalOf(t, "drone_strike").path("quantity").asLong());
  }

  @Test
  void aWeaponColumnGivesTheWeaponSplit() throws Exception {
    JsonNode t = model(true, Caps.DEFAULT).get("timeline");
    assertEquals(List.of("drone", "missile"), texts(t.at("/weapons/names")));
    assertEquals(List.of(1L, 0L, 0L), longs(t.at("/weapons/series/drone/events")));
    assertEquals(List.of(1L, 0L, 0L), longs(t.at("/weapons/series/missile/reports")));
    // the type series are unchanged by the split
    assertEquals(List.of(2L, 0L, 0L), longs(t.at("/series/drone_strike/reports")));
  }

  @Test
  void capsCutAndSaySoWhileTotalsStayWhole() throws Exception {
    Caps tight = new Caps(2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 40);
    JsonNode m = model(false, tight);
    assertEquals(List.of("2025-03-02", "2025-03-03"), texts(m.at("/timeline/days")), "the latest days");
    assertEquals(4, m.at("/actors/total").asLong());
    // one of each type: the top actor overall and the top of each other type
    assertEquals(List.of("Ukraine", "Ukrainian military", "Tomas Varga"), m.at("/actors/rows").findValuesAsText("name"));
    assertEquals(2, m.at("/network/nodes").size());
    assertEquals(1, m.at("/network/edges").size());
    assertEquals(3, m.at("/network/pairs_total").asLong());
    assertEquals("Russia", m.at("/network/edges/0/a").asText());
    assertEquals(40, m.at("/timeline/examples/2025-03-03/list/0/sentence").asText().length());
  }

  @Test
  void networkExamplesComeFromEventSentencesNamingThePair() throws Exception {
    JsonNode n = model(false, Caps.DEFAULT).get("network");
    JsonNode pair = n.path("pair_examples").path("Russia\tUkraine");
    assertEquals(2, pair.size());
    assertEquals("Russia launched 50 drones at Ukraine overnight.", pair.get(0).path("sentence").asText());
    assertEquals(0.41, n.at("/edges/0/npmi").asDouble(), 1e-9);
  }

  @Test
  void articleTextCannotBreakOutOfThePage() throws Exception {
    Path run = RunFixture.write(tmp.resolve("run"), false);
    RunReport.write(run.toString());
    String html = Files.readString(run.resolve(RunReport.FILE));
    assertFalse(html.contains("</script><img"), "no closing tag from the data");
    assertFalse(html.contains("<i>talks</i>"), "no markup from the data");
    assertFalse(html.contains("\u2028"), "line separators escaped");
    String open = "<script type=\"application/json\" id=\"report-data\">";
    int from = html.indexOf(open) + open.length();
    String json = html.substring(from, html.indexOf("</script>", from));
    JsonNode back = RunReport.JSON.readTree(json);
    assertTrue(back.at("/timeline/examples/2025-03-01/list").findValuesAsText("sentence").contains(RunFixture.HOSTILE),
        "the text itself survives the escaping unchanged");
    assertEquals(1, count(html, "<script type=\"application/json\""));
  }

  @Test
  void theLibraryAndPageScriptsAreInlinedNotFetched() throws Exception {
    Path run = RunFixture.write(tmp.resolve("run"), false);
    RunReport.write(run.toString());
    String html = Files.readString(run.resolve(RunReport.FILE));
    assertFalse(html.matches("(?s).*<script[^>]*\\ssrc=.*"), "no external script");
    assertFalse(html.matches("(?s).*<link[^>]*stylesheet.*"), "no external style sheet");
    assertTrue(html.contains("echarts"), "ECharts inlined");
  }

  @Test
  void aRunWithoutSomeTablesStillGetsItsReport() throws Exception {
    Path run = RunFixture.write(tmp.resolve("run"), false);
    Files.delete(run.resolve("candidate_actors.csv"));
    Files.delete(run.resolve("actor_daily.csv"));
    RunReport.write(run.toString());
    JsonNode m = RunReport.model(run.toString(), Caps.DEFAULT).json();
    assertEquals(0, m.at("/candidates/total").asLong());
    assertEquals(0, m.at("/actors/rows/0/trend").size());
    assertEquals(9, m.at("/actors/rows/0/mentions").asLong());
    assertTrue(Files.exists(run.resolve(CoMentionGraph.GEXF)));
  }

  @Test
  void calendarFillsTheGapsAndKeepsTheLatestDays() {
    assertEquals(List.of("2025-02-27", "2025-02-28", "2025-03-01"),
        TimelineSection.calendar(java.util.Set.of("2025-01-01", "2025-02-27", "2025-03-01"), 3));
  }

  private static JsonNode totalOf(JsonNode t, String type) {
    for (JsonNode r : t.get("totals")) {
      if (r.path("type").asText().equals(type)) {
        return r;
      }
    }
    throw new AssertionError("no total for " + type);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asLong()));
    return out;
  }
}
