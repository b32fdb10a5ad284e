package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void findsWhatAHashMapFinds() {
    WordTable<Integer> table = new WordTable<>();
    Map<String, Integer> map = new HashMap<>();
    // enough words to grow the table several times; "Aa" and "BB" share a hash code
    String[] words = {"in", "to", "talks", "drone", "drones", "Aa", "BB", "shot", "down", "", "kh-101", "\u00e9t\u00e9"};
    for (int k = 0; k < 500; k++) {
      String w = k < words.length ? words[k] : "word" + k;
      table.put(w, k);
      map.put(w, k);
    }
    table.put("in", -1); // replaces
    map.put("in", -1);
    assertEquals(map.size(), table.size());
    for (String w : map.keySet()) {
      assertEquals(map.get(w), table.get(w), w);
    }
    for (String miss : new String[] {"the", "of", "word500", "Ab", "talk", "drones'", "IN"}) {
      assertNull(table.get(miss), miss);
    }
    assertEquals(2, table.computeIfAbsent("talks", w -> 99));
    assertEquals(99, table.computeIfAbsent("meeting", w -> 99));
    WordTable<String> small = new WordTable<>(4);
    for (int k = 0; k < 40; k++) {
      small.put("w" + k, "v" + k);
    }
    assertEquals("v39", small.get("w39"));
    assertEquals(40, small.size());
  }
}
