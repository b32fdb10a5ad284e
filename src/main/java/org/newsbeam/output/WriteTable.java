package org.newsbeam.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes one table as one CSV file: header first, rows sorted by their key, so every runner and
 * every parallelism gives the same bytes. The file is written under a temporary name and renamed
 * into place, so a reader never sees half a table. Output: the path written.
 */
public class WriteTable extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {
  private final Table table;
  private final String outputDir;

  public WriteTable(Table table, String outputDir) {
    super("Write " + table.fileName());
    this.table = table;
    this.outputDir = outputDir;
  }

  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> rows) {
    return rows.apply("Sort rows", Combine.globally(new SortedRows()))
        .apply("Write file", ParDo.of(new WriteFileFn(table, outputDir)));
  }

  /** Gathers (key, line) pairs and sorts them; ties broken by the line itself. */
  static class SortedRows
      extends Combine.CombineFn<KV<String, String>, List<KV<String, String>>, List<KV<String, String>>> {
    @Override
    public List<KV<String, String>> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<KV<String, String>> addInput(List<KV<String, String>> acc, KV<String, String> row) {
      acc.add(row);
      return acc;
    }

    @Override
    public List<KV<String, String>> mergeAccumulators(Iterable<List<KV<String, String>>> accs) {
      List<KV<String, String>> all = new ArrayList<>();
      for (List<KV<String, String>> a : accs) {
        all.addAll(a);
      }
      return all;
    }

    @Override
    public List<KV<String, String>> extractOutput(List<KV<String, String>> acc) {
      List<KV<String, String>> sorted = new ArrayList<>(acc);
      sorted.sort(Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue));
      return sorted;
    }

    @Override
    public Coder<List<KV<String, String>>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, String>> in) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }

    @Override
    public Coder<List<KV<String, String>>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, String>> in) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
  }

  static class WriteFileFn extends DoFn<List<KV<String, String>>, String> {
    private final Table table;
    private final String outputDir;

    WriteFileFn(Table table, String outputDir) {
      this.table = table;
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> rows, OutputReceiver<String> out) throws IOException {
      List<String> lines = new ArrayList<>(rows.size() + 1);
      lines.add(table.header());
      for (KV<String, String> r : rows) {
        lines.add(r.getValue());
      }
      out.output(OutputFiles.writeAtomically(outputDir, table.fileName(), lines));
    }
  }
}
