package org.newsbeam.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * run_summary.json: the run's counters, computed as data inside the pipeline (so they are exact
 * on every runner, retries included), with the options of the run. The launcher adds timings
 * after the run and writes _SUCCESS.
 */
public class RunSummary extends PTransform<PCollectionList<KV<String, Long>>, PCollection<String>> {
  public static final String FILE = "run_summary.json";
  private final String outputDir;
  private final TreeMap<String, String> options;
  private final LinkedHashMap<String, String> provenance;
  private final ArrayList<String> inputs;

  public RunSummary(String outputDir, Map<String, String> options) {
    this(outputDir, options, Map.of(), List.of());
  }

  /**
   * @param provenance what made the run, in the order written (empty: no provenance object)
   * @param inputs the input globs, written into the provenance
   */
  public RunSummary(String outputDir, Map<String, String> options, Map<String, String> provenance, List<String> inputs) {
    this.outputDir = outputDir;
    this.options = new TreeMap<>(options);
    this.provenance = new LinkedHashMap<>(provenance);
    this.inputs = new ArrayList<>(inputs);
  }

  @Override
  public PCollection<String> expand(PCollectionList<KV<String, Long>> counters) {
    PCollectionView<Map<String, Long>> totals =
        counters
            .apply("All counters", Flatten.pCollections())
            .apply("Sum counters", Sum.longsPerKey())
            .apply("Counters view", View.asMap());
    return counters.getPipeline()
        .apply("Summary trigger", Create.of("summary"))
        .apply("Write summary", ParDo.of(new WriteSummaryFn(outputDir, options, provenance, inputs, totals))
            .withSideInputs(totals));
  }

  /** Names that every summary carries, zero when nothing was counted. */
  static final List<String> ALWAYS =
      List.of("files", "records", "pages", "skipped", "rejected", "articles", "snapshots_folded", "duplicates",
          "undated", "out_of_range", "chrome_paragraphs", "sentences", "actor_mentions", "event_mentions");

  /** Names counted for every run, beside {@link #ALWAYS}: zero when nothing was counted. */
  static final List<String> COUNTED = List.of("folded_articles");

  static class WriteSummaryFn extends DoFn<String, String> {
    private final String outputDir;
    private final TreeMap<String, String> options;
    private final LinkedHashMap<String, String> provenance;
    private final ArrayList<String> inputs;
    private final PCollectionView<Map<String, Long>> totals;

    WriteSummaryFn(String outputDir, TreeMap<String, String> options, LinkedHashMap<String, String> provenance,
        ArrayList<String> inputs, PCollectionView<Map<String, Long>> totals) {
      this.outputDir = outputDir;
      this.options = options;
      this.provenance = provenance;
      this.inputs = inputs;
      this.totals = totals;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      Map<String, Long> t = new TreeMap<>(c.sideInput(totals));
      for (String name : COUNTED) {
        t.putIfAbsent(name, 0L);
      }
      ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = om.createObjectNode();
      ObjectNode counters = root.putObject("counters");
      ObjectNode skipped = root.putObject("skipped_by_kind");
      for (String name : ALWAYS) {
        counters.put(name, t.getOrDefault(name, 0L));
      }
      long records = t.getOrDefault("pages", 0L) + t.getOrDefault("skipped", 0L) + t.getOrDefault("rejected", 0L);
      counters.put("records", records);
      for (Map.Entry<String, Long> e : t.entrySet()) {
        if (e.getKey().startsWith("skipped.")) {
          skipped.put(e.getKey().substring("skipped.".length()), e.getValue());
        } else if (!counters.has(e.getKey())) {
          counters.put(e.getKey(), e.getValue());
        }
      }
      ObjectNode opts = root.putObject("options");
      options.forEach(opts::put);
      if (!provenance.isEmpty()) {
        ObjectNode p = root.putObject("provenance");
        provenance.forEach(p::put);
        inputs.forEach(p.putArray("input")::add);
      }
      String json = om.writeValueAsString(root);
      c.output(OutputFiles.writeAtomically(outputDir, FILE, List.of(json)));
    }
  }

  static KvCoder<String, Long> coder() {
    return KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
  }
}
