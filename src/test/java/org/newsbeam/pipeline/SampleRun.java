package org.newsbeam.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsbeam.ingest.ReadLimits;
import org.newsbeam.output.CsvReader;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/** Runs the whole pipeline on the DirectRunner once per JVM, for the tests that read its outputs. */
public final class SampleRun {
  private SampleRun() {}

  static final Path ARCHIVE = Paths.get("sample-data", "archive").toAbsolutePath();
  static final Path GOLD = Paths.get("sample-data", "gold.yaml").toAbsolutePath();
  private static Path output;

  public static synchronized Path output() throws IOException {
    if (output == null) {
      Path dir = Files.createTempDirectory("newsbeam-sample-run");
      run(List.of(ARCHIVE + "/**"), dir, "", "");
      output = dir;
    }
    return output;
  }

  static void run(List<String> inputs, Path out, String since, String until) {
    PipelineOptions options = PipelineOptionsFactory.create();
    Pipeline p = Pipeline.create(options);
    Study study = StudyLoader.resolve("ukraine-war", Paths.get(""));
    RunConfig config = new RunConfig(inputs, out.toString(), since, until, true, ReadLimits.defaults(), Map.of("test", "true"));
    NewsbeamPipeline.build(p, study, config);
    PipelineResult.State state = p.run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended " + state);
    }
  }

  /** A table as a list of rows keyed by column name. */
  static List<Map<String, String>> table(Path dir, String name) throws IOException {
    List<List<String>> rows = CsvReader.read(dir.resolve(name));
    List<String> header = rows.get(0);
    return rows.subList(1, rows.size()).stream().map(r -> {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < r.size() ? r.get(i) : null);
      }
      return m;
    }).toList();
  }

  static List<String> header(Path dir, String name) throws IOException {
    return CsvReader.read(dir.resolve(name)).get(0);
  }
}
