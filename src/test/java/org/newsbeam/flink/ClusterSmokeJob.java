package org.newsbeam.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * A small word count with a shuffle, used to prove the Flink cluster script independently of the
 * newsbeam pipeline. Writes OUTPUT/word_counts.csv (sorted) and OUTPUT/_SUCCESS, like the real jar.
 */
public final class ClusterSmokeJob {
  private ClusterSmokeJob() {}

  public interface Options extends PipelineOptions {
    @Description("Input file glob")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Output directory")
    @Validation.Required
    String getOutput();

    void setOutput(String value);
  }

  public static void main(String[] args) throws Exception {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Path out = Path.of(options.getOutput());
    Files.createDirectories(out);
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply("Read", TextIO.read().from(options.getInput()))
        .apply(
            "Words",
            FlatMapElements.into(TypeDescriptors.strings())
                .via((String line) -> words(line)))
        .apply("Count", Count.perElement())
        .apply(
            "Row",
            MapElements.into(TypeDescriptors.strings())
                .via((KV<String, Long> kv) -> kv.getKey() + "," + kv.getValue()))
        // One element holding every row, so the file's order does not depend on the runner.
        .apply("OneKey", WithKeys.of(""))
        .apply("Gather", GroupByKey.create())
        .apply(
            "Csv",
            MapElements.into(TypeDescriptors.strings())
                .via((KV<String, Iterable<String>> all) -> sortedCsv(all.getValue())))
        .apply(
            "Write",
            TextIO.write().to(out.resolve("word_counts").toString()).withSuffix(".csv").withoutSharding());
    PipelineResult.State state = pipeline.run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended " + state);
    }
    Files.writeString(out.resolve("_SUCCESS"), "");
  }

  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static String sortedCsv(Iterable<String> rows) {
    List<String> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(null);
    return "word,count" + (sorted.isEmpty() ? "" : "\n" + String.join("\n", sorted));
  }
}
