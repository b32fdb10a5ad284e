package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsbeam.evaluate.Evaluation;
import org.newsbeam.evaluate.Gold;

/** event_records.csv of the sample run against the hand-made gold's event records, and against the run's other tables. */
class EventRecordsPipelineTest {

  @Test
  void recordsAgreeWithTheGold() throws Exception {
    Evaluation ev = Evaluation.run(Gold.load(SampleRun.GOLD), SampleRun.output());
    // 62 gold events carry a record; the differences left are clustering calls (see sample-data/README.md)
    assertEquals(62, ev.agreements.get("record event dates").total());
    assertTrue(ev.agreements.get("record event dates").rate() >= 0.95, "event dates " + ev.agreements.get("record event dates"));
    assertTrue(ev.agreements.get("record weapons").rate() >= 0.95, "weapons " + ev.agreements.get("record weapons"));
    assertTrue(ev.agreements.get("record casualties").rate() >= 0.93, "casualties " + ev.agreements.get("record casualties"));
    assertTrue(ev.agreements.get("record places").rate() >= 0.93, "places " + ev.agreements.get("record places"));
  }

  @Test
  void oneRecordPerEventOfEventsCsv() throws Exception {
    Path out = SampleRun.output();
    List<Map<String, String>> records = SampleRun.table(out, "event_records.csv");
    List<Map<String, String>> events = SampleRun.table(out, "events.csv");
    Set<String> ids = events.stream().map(e -> e.get("event_id")).filter(id -> !id.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(ids, records.stream().map(r -> r.get("event_id")).collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(ids.size(), records.size(), "one row per event");
    for (Map<String, String> r : records) {
      long reports = events.stream().filter(e -> e.get("event_id").equals(r.get("event_id"))).count();
      assertEquals(reports, Long.parseLong(r.get("reports")), r.get("event_id"));
      assertTrue(Set.of("day", "week", "month", "published").contains(r.get("date_precision")), r.toString());
      assertTrue(Set.of("asserted", "claimed").contains(r.get("certainty")), r.toString());
    }
  }

  @Test
  void theSplitInterceptionAndItsWeapons() throws Exception {
    // "Air defence units destroyed 34 missiles and 100 drones": two events, never one of 134
    List<Map<String, String>> records = SampleRun.table(SampleRun.output(), "event_records.csv");
    Map<String, String> missiles = records.stream().filter(r -> r.get("event_type").equals("air_defence_interception")
        && r.get("event_date").equals("2025-03-07") && r.get("weapon").equals("missiles")).findFirst().orElseThrow();
    Map<String, String> drones = records.stream().filter(r -> r.get("event_type").equals("air_defence_interception")
        && r.get("event_date").equals("2025-03-07") && r.get("weapon").equals("drones")).findFirst().orElseThrow();
    assertEquals("34", missiles.get("quantity"));
    assertEquals("100", drones.get("quantity"));
    assertEquals("2", missiles.get("sites"), "both sites report it");
    // event_counts.csv sums them per weapon
    List<Map<String, String>> counts = SampleRun.table(SampleRun.output(), "event_counts.csv");
    Map<String, String> day = counts.stream().filter(c -> c.get("published").equals("2025-03-07")
        && c.get("event_type").equals("air_defence_interception") && c.get("weapon").equals("drones")).findFirst().orElseThrow();
    assertEquals("100", day.get("quantity"));
  }

  @Test
  void theSumyStrikeIsDatedPlacedAndCounted() throws Exception {
    List<Map<String, String>> records = SampleRun.table(SampleRun.output(), "event_records.csv");
    Map<String, String> sumy = records.stream().filter(r -> r.get("place").equals("Sumy")).findFirst().orElseThrow();
    assertEquals("2025-04-13", sumy.get("event_date"), "\"on Sunday\" in an article of Monday 14 April");
    assertEquals("day", sumy.get("date_precision"));
    assertEquals("ballistic missiles", sumy.get("weapon"));
    assertEquals("34", sumy.get("fatalities"));
    assertEquals("2", sumy.get("quantity"), "the missiles, never the dead");
    assertEquals("Sumy Oblast", sumy.get("admin1"));
    assertEquals("UA", sumy.get("country"));
    assertEquals("asserted", sumy.get("certainty"), "asserted when any report asserts it, though one claims");
  }
}
