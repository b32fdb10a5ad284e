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

  @Test
  void keysAreWhatTheFormatterWrote() {
    java.util.Random r = new java.util.Random(15);
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, -10L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1, 999_999_999_999_999_999L, -999_999_999_999_999_999L));
    for (int i = 0; i < 10_000; i++) {
      values.add(r.nextLong() >> r.nextInt(64));
    }
    for (long v : values) {
      assertEquals(String.format("%019d|", v), SortKeys.ascending(v), Long.toString(v));
      assertEquals(String.format("%019d|", Long.MAX_VALUE - v), SortKeys.descending(v), Long.toString(v));
    }
  }
}
