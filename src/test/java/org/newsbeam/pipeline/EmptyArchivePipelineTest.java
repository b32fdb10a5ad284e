package org.newsbeam.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.output.Table;

/**
 * An archive with nothing to read still gives every table (its header alone) and a summary of
 * zeros: all tables share one write chain, which must run even when no table has a row.
 */
class EmptyArchivePipelineTest {
  @Test
  void everyTableIsWrittenAsItsHeaderAlone(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("archive"));
    Path out = tmp.resolve("out");
    SampleRun.run(List.of(in + "/**"), out, "", "");
    for (Table t : Table.values()) {
      assertEquals(t.header() + "\n", Files.readString(out.resolve(t.fileName())), t.fileName());
    }
    try (var runs = Files.list(out)) {
      assertEquals(0, runs.filter(f -> f.getFileName().toString().startsWith(".runs-")).count(), "sorted runs left behind");
    }
    JsonNode counters = new ObjectMapper().readTree(out.resolve("run_summary.json").toFile()).get("counters");
    for (String name : List.of("files", "records", "pages", "articles", "folded_articles", "sentences")) {
      assertEquals(0, counters.path(name).asLong(-1), name);
    }
  }
}
