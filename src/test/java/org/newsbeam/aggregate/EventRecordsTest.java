package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.extract.Certainty;
import org.newsbeam.extract.EventDates;
import org.newsbeam.extract.EventRecordReader;
import org.newsbeam.study.Place;

/** Reports combined into one record per event, and the clustering rules that weapons and act dates add. */
class EventRecordsTest {
  private static final Place KHARKIV = new Place("Kharkiv", "Kharkiv Oblast", "UA");
  private static final Place NONE = new Place("", "", "");

  static Report report(String date, String article, String site, long quantity, Certainty c, String weapon, String kindOf,
      String eventDate, String precision, long dead, long hurt, Place place, String source) {
    EventRecordReader.Detail d = new EventRecordReader.Detail(weapon, kindOf, quantity, eventDate, precision, dead, hurt, place);
    return new Report("drone_strike", date, article, "https://" + site + "/" + article, site, "0", List.of(), source, "",
        quantity, c, "sentence of " + article, "launched", d);
  }

  @Test
  void oneRecordFromThreeReports() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-06-08", "a1", "one.example", 80, Certainty.CLAIMED, "drones", "", "2025-06-08", EventDates.PUBLISHED, 2, -1, KHARKIV, "Russia"),
        report("2025-06-08", "a2", "two.example", -1, Certainty.ASSERTED, "Shahed drones", "drones", "2025-06-07", EventDates.DAY, 3, 10, KHARKIV, "Russian military"),
        report("2025-06-09", "a3", "two.example", 80, Certainty.ASSERTED, "", "", "2025-06-09", EventDates.PUBLISHED, -1, 12, NONE, "Russian military")));
    assertEquals(1, a.stream().map(EventClustering.Assigned::eventId).distinct().count());
    EventRecords.EventRecord r = EventRecords.of(a.get(0).eventId(), a);
    assertEquals("2025-06-07", r.eventDate(), "the day a report gives beats publication days");
    assertEquals(EventDates.DAY, r.datePrecision());
    assertEquals("Shahed drones", r.weapon(), "the specific weapon over its kind");
    assertEquals(80, r.quantity());
    assertEquals(3, r.fatalities(), "the highest toll");
    assertEquals(12, r.injured());
    assertEquals(KHARKIV, r.place());
    assertEquals("Russian military", r.sourceActor(), "the actor most reports give");
    assertEquals("asserted", r.certainty(), "asserted when any report asserts it");
    assertEquals(3, r.reports());
    assertEquals(3, r.articles());
    assertEquals(2, r.sites());
    assertEquals("2025-06-08", r.firstReported());
    assertEquals("2025-06-09", r.lastReported());
    assertEquals("sentence of a2", r.exampleSentence(), "the first asserted report");
    // the event is carried in the counts by its first asserted report
    EventClustering.Assigned carrier = a.stream().filter(EventClustering.Assigned::first).findFirst().orElseThrow();
    assertEquals("a2", carrier.report().articleId());
    assertTrue(carrier.asserted());
    assertEquals("Shahed drones", carrier.eventWeapon());
  }

  @Test
  void aClaimedOnlyEventIsClaimedAndCountedApart() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-06-08", "a1", "one.example", 40, Certainty.CLAIMED, "drones", "", "", EventDates.PUBLISHED, -1, -1, NONE, "")));
    EventRecords.EventRecord r = EventRecords.of(a.get(0).eventId(), a);
    assertEquals("claimed", r.certainty());
    assertEquals("2025-06-08", r.eventDate());
    assertEquals(EventDates.PUBLISHED, r.datePrecision());
    assertFalse(a.get(0).asserted());
    EventStats s = EventStats.ofReport(Certainty.CLAIMED, true, false, 40, "a1", "one.example");
    assertEquals(0, s.events());
    assertEquals(0, s.quantity(), "a claim's quantity is in no sum");
    assertEquals(1, s.claimedEvents());
    assertEquals(1, s.claimed());
    assertEquals(0, s.reports());
  }

  @Test
  void differentWeaponsAreDifferentEventsButAKindJoinsItsWeapon() {
    List<EventClustering.Assigned> split = EventClustering.cluster(List.of(
        report("2025-06-08", "a1", "one.example", -1, Certainty.ASSERTED, "cruise missiles", "missiles", "", EventDates.PUBLISHED, -1, -1, NONE, ""),
        report("2025-06-08", "a2", "two.example", -1, Certainty.ASSERTED, "ballistic missiles", "missiles", "", EventDates.PUBLISHED, -1, -1, NONE, "")));
    assertNotEquals(split.get(0).eventId(), split.get(1).eventId());
    List<EventClustering.Assigned> joined = EventClustering.cluster(List.of(
        report("2025-06-08", "a1", "one.example", -1, Certainty.ASSERTED, "missiles", "", "", EventDates.PUBLISHED, -1, -1, NONE, ""),
        report("2025-06-08", "a2", "two.example", -1, Certainty.ASSERTED, "cruise missiles", "missiles", "", EventDates.PUBLISHED, -1, -1, NONE, "")));
    assertEquals(joined.get(0).eventId(), joined.get(1).eventId());
  }

  @Test
  void actDaysMoreThanADayApartAreDifferentEvents() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-06-08", "a1", "one.example", -1, Certainty.ASSERTED, "", "", "2025-05-12", EventDates.DAY, -1, -1, NONE, ""),
        report("2025-06-08", "a2", "two.example", -1, Certainty.ASSERTED, "", "", "2025-06-08", EventDates.DAY, -1, -1, NONE, "")));
    assertNotEquals(a.get(0).eventId(), a.get(1).eventId());
  }
}
