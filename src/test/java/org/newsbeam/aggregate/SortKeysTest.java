package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortKeysTest {
  @Test
  void recordsSortInFileOrder() {
    List<String> locations = new ArrayList<>(List.of("offset 10745", "offset 2150", "offset 0", "offset 987"));
    locations.sort(Comparator.comparing(SortKeys::location));
    assertEquals(List.of("offset 0", "offset 987", "offset 2150", "offset 10745"), locations);
    assertTrue(SortKeys.location("line 9").compareTo(SortKeys.location("line 10")) < 0);
  }

  @Test
  void aWholeFileOrAnOddLocationSortsAsItIs() {
    assertEquals("", SortKeys.location(""));
    assertEquals("item x", SortKeys.location("item x"));
    assertEquals("line ", SortKeys.location("line "));
  }

  @Test
  void largerNumbersFirstWhenDescending() {
    assertTrue(SortKeys.descending(100).compareTo(SortKeys.descending(99)) < 0);
    assertTrue(SortKeys.ascending(99).compareTo(SortKeys.ascending(100)) < 0);
  }
}
