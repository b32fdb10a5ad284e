package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FlinkProgressTest {
  @Test
  void aJobsDetailsReadAsStepsFinishedRunningAndRecordsRead() throws Exception {
    String details = "{\"state\":\"RUNNING\",\"vertices\":["
        + "{\"name\":\"Read archive/Match files -> Read archive/Read and analyse/ParMultiDo(Read)\",\"status\":\"FINISHED\","
        + "\"metrics\":{\"write-records\":1200}},"
        + "{\"name\":\"Fold articles/Group snapshots (GroupByKey)\",\"status\":\"RUNNING\",\"metrics\":{}},"
        + "{\"name\":\"Count actors/Combine\",\"status\":\"CREATED\",\"metrics\":{}}]}";
    String line = FlinkProgress.describe(new ObjectMapper().readTree(details), 42.4);
    assertEquals("progress: 42 s on Flink (running), 1 of 3 steps finished, 1200 records read; running: Fold articles", line);
  }

  @Test
  void vertexNamesShortenToTheStepAnAnalystKnows() {
    assertEquals("Count co-mentions", FlinkProgress.shortName("MapPartition: Count co-mentions/Pairs/ParDo(Pairs) -> Map"));
    assertEquals("Write actors.csv", FlinkProgress.shortName("Write actors.csv (sorted runs) -> Sink"));
  }
}
