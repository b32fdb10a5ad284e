package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.extract.Certainty;

class EventClusteringTest {
  static Report report(String date, String article, long quantity, Certainty c, String... actors) {
    return new Report("air_defence_interception", date, article, "https://x/" + article, "site-" + article, "0", List.of(actors),
        "", "", quantity, c, "sentence " + article, "shot down");
  }

  @Test
  void sameStrikeAcrossSitesIsOneEvent() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-03-07", "a1", 70, Certainty.ASSERTED, "Ukrainian military"),
        report("2025-03-07", "a2", 70, Certainty.ASSERTED, "Ukrainian military", "Russian military"),
        report("2025-03-08", "a3", -1, Certainty.ASSERTED)));
    assertEquals(1, a.stream().map(EventClustering.Assigned::eventId).distinct().count());
    assertEquals(1, a.stream().filter(EventClustering.Assigned::first).count());
    assertEquals(70, a.stream().filter(EventClustering.Assigned::first).findFirst().orElseThrow().eventQuantity());
  }

  @Test
  void differentQuantitiesAreDifferentEvents() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-03-07", "a1", 112, Certainty.ASSERTED, "Russian military"),
        report("2025-03-07", "a2", 90, Certainty.ASSERTED, "Russian military")));
    assertNotEquals(a.get(0).eventId(), a.get(1).eventId());
  }

  @Test
  void disjointActorsAreDifferentEvents() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-03-07", "a1", -1, Certainty.ASSERTED, "Russian military"),
        report("2025-03-07", "a2", -1, Certainty.ASSERTED, "Polish military")));
    assertNotEquals(a.get(0).eventId(), a.get(1).eventId());
  }

  @Test
  void chainsDoNotGrowBeyondADayFromTheFirstReport() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-03-07", "a1", -1, Certainty.ASSERTED, "Russian military"),
        report("2025-03-08", "a2", -1, Certainty.ASSERTED, "Russian military"),
        report("2025-03-09", "a3", -1, Certainty.ASSERTED, "Russian military")));
    assertEquals(a.get(0).eventId(), a.get(1).eventId());
    assertNotEquals(a.get(0).eventId(), a.get(2).eventId());
  }

  @Test
  void negatedAndHypotheticalReportsJoinNoEvent() {
    List<EventClustering.Assigned> a = EventClustering.cluster(List.of(
        report("2025-03-07", "a1", -1, Certainty.NEGATED, "Russian military"),
        report("2025-03-07", "a2", -1, Certainty.HYPOTHETICAL)));
    assertTrue(a.stream().allMatch(x -> x.eventId().isEmpty() && !x.first()));
  }

  @Test
  void idsAreStableWhateverTheInputOrder() {
    Report r1 = report("2025-03-07", "a1", 5, Certainty.ASSERTED, "X");
    Report r2 = report("2025-03-07", "a2", 5, Certainty.ASSERTED, "X");
    assertEquals(EventClustering.cluster(List.of(r1, r2)).get(0).eventId(), EventClustering.cluster(List.of(r2, r1)).get(0).eventId());
  }
}
