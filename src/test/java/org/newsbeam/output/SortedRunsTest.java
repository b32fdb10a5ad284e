package org.newsbeam.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedRunsTest {
  private static byte[] run(List<SortedRuns.Row> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SortedRuns.writeRun(rows, out);
    return out.toByteArray();
  }

  @Test
  void runsMergeIntoOneOrderByKeyThenLine() throws Exception {
    Random random = new Random(7);
    List<SortedRuns.Row> all = new ArrayList<>();
    List<InputStream> runs = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      List<SortedRuns.Row> rows = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String key = "k" + random.nextInt(50);
        rows.add(new SortedRuns.Row(key, key + ",\"Kyiv, Odesa\",é," + random.nextInt(1000)));
      }
      all.addAll(rows);
      runs.add(new ByteArrayInputStream(run(rows)));
    }
    runs.add(new ByteArrayInputStream(run(List.of()))); // an empty shard
    all.sort(SortedRuns.ORDER);
    List<String> merged = new ArrayList<>();
    for (Iterator<String> it = SortedRuns.merge(runs); it.hasNext(); ) {
      merged.add(it.next());
    }
    assertEquals(all.stream().map(SortedRuns.Row::line).toList(), merged);
  }

  @Test
  void noRunsNoLines() throws Exception {
    assertFalse(SortedRuns.merge(List.of()).hasNext());
  }
}
