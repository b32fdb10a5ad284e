package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BundleSumsTest {
  @Test
  void eachKeyLeavesOnceWithItsSum() {
    BundleSums<Long> sums = new BundleSums<>(Long::sum);
    List<String> early = new ArrayList<>();
    sums.add("drones", 3L, (k, v) -> early.add(k));
    sums.add("missiles", 1L, (k, v) -> early.add(k));
    sums.add("drones", 4L, (k, v) -> early.add(k));
    Map<String, Long> out = new TreeMap<>();
    sums.flush((k, v) -> assertEquals(null, out.put(k, v)));
    assertTrue(early.isEmpty());
    assertEquals(Map.of("drones", 7L, "missiles", 1L), out);
    sums.flush((k, v) -> out.put(k + " again", v));
    assertEquals(2, out.size(), "a flush starts from nothing");
  }

  @Test
  void tooManyKeysAreHandedOnEarlyAndTheTotalsStayTheSame() {
    BundleSums<MentionStats> sums = new BundleSums<>(MentionStats::plus, 3);
    Map<String, MentionStats> total = new TreeMap<>();
    List<Integer> handedOn = new ArrayList<>();
    String[] places = {"Kharkiv", "Odesa", "Sumy", "Kharkiv", "Lviv", "Dnipro", "Odesa", "Sumy"};
    for (int i = 0; i < places.length; i++) {
      String day = "2025-06-0" + (i + 1);
      sums.add(places[i], MentionStats.ofArticle(i + 1, day), (k, v) -> {
        total.merge(k, v, MentionStats::plus);
        handedOn.add(1);
      });
    }
    sums.flush((k, v) -> total.merge(k, v, MentionStats::plus));
    assertTrue(handedOn.size() >= 3, "the third key hands the sums on");
    assertEquals(new MentionStats(1 + 4, 2, "2025-06-01", "2025-06-04"), total.get("Kharkiv"));
    assertEquals(new MentionStats(2 + 7, 2, "2025-06-02", "2025-06-07"), total.get("Odesa"));
    assertEquals(new MentionStats(6, 1, "2025-06-06", "2025-06-06"), total.get("Dnipro"));
    assertEquals(5, total.size());
  }
}
