package org.newsbeam.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
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
import org.newsbeam.watch.Heartbeat;
import org.newsbeam.watch.RunCounts;

/**
 * Writes one table as one CSV file: header first, rows sorted by their key, so every runner and
 * every parallelism gives the same bytes. Rows are spread over shards; each shard is sorted and
 * spilled as a run next to the output, and one step merges the runs into the file while reading
 * them ({@link SortedRuns}), so no worker holds a whole table. The file is written under a
 * temporary name and renamed into place, so a reader never sees half a table. Output: the path
 * written.
 */
public class WriteTable extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {
  private final Table table;
  private final String outputDir;

  private final int shards;

  public WriteTable(Table table, String outputDir) {
    this(table, outputDir, 16);
  }

  /** @param shards how many sorted runs a table is spilled as (each sorted in one worker) */
  public WriteTable(Table table, String outputDir, int shards) {
    super("Write " + table.fileName());
    this.table = table;
    this.outputDir = outputDir;
    this.shards = shards;
  }

  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> rows) {
    return rows
        .apply("Shard rows", ParDo.of(new ShardFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("Group shards", GroupByKey.create())
        .apply("Sort and spill", ParDo.of(new WriteRunFn(table, outputDir)))
        .apply("Gather runs", Combine.globally(new RunList()))
        .apply("Merge runs", ParDo.of(new MergeFn(table, outputDir)));
  }

  static class ShardFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final int shards;

    ShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<String, String> row, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      Heartbeat.beat();
      out.output(KV.of(Math.floorMod(row.getKey().hashCode() * 0x9E3779B9, shards), row));
    }
  }

  /** Name prefix of a table's runs in the output folder; the merge removes them. */
  static String runPrefix(Table table) {
    return ".runs-" + table.fileName() + "-";
  }

  static class WriteRunFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, String> {
    private final Table table;
    private final String outputDir;

    WriteRunFn(Table table, String outputDir) {
      this.table = table;
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> shard, OutputReceiver<String> out)
        throws IOException {
      List<SortedRuns.Row> rows = new ArrayList<>();
      for (KV<String, String> r : shard.getValue()) {
        Heartbeat.beat();
        rows.add(new SortedRuns.Row(r.getKey(), r.getValue()));
      }
      // a retried bundle writes a run of its own name; only the runs that reach the merge count
      ResourceId run = OutputFiles.file(outputDir, runPrefix(table) + shard.getKey() + "-" + UUID.randomUUID());
      try (OutputStream os = Channels.newOutputStream(FileSystems.create(run, "application/octet-stream"))) {
        SortedRuns.writeRun(rows, os);
      }
      out.output(run.toString());
    }
  }

  /** The names of a table's runs: one per shard, so a short list whatever the table's size. */
  static class RunList extends Combine.CombineFn<String, List<String>, List<String>> {
    @Override
    public List<String> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<String> addInput(List<String> acc, String run) {
      acc.add(run);
      return acc;
    }

    @Override
    public List<String> mergeAccumulators(Iterable<List<String>> accs) {
      List<String> all = new ArrayList<>();
      for (List<String> a : accs) {
        all.addAll(a);
      }
      return all;
    }

    @Override
    public List<String> extractOutput(List<String> acc) {
      List<String> sorted = new ArrayList<>(acc);
      sorted.sort(null);
      return sorted;
    }

    @Override
    public Coder<List<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> in) {
      return ListCoder.of(StringUtf8Coder.of());
    }

    @Override
    public Coder<List<String>> getDefaultOutputCoder(CoderRegistry registry, Coder<String> in) {
      return ListCoder.of(StringUtf8Coder.of());
    }
  }

  static class MergeFn extends DoFn<List<String>, String> {
    private final Table table;
    private final String outputDir;

    MergeFn(Table table, String outputDir) {
      this.table = table;
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element List<String> runs, OutputReceiver<String> out) throws IOException {
      List<InputStream> streams = new ArrayList<>();
      String written;
      try {
        for (String r : runs) {
          streams.add(Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(r, false))));
        }
        Iterator<String> body = SortedRuns.merge(streams);
        Iterator<String> lines = new Iterator<>() {
          boolean header = true;

          @Override
          public boolean hasNext() {
            return header || body.hasNext();
          }

          @Override
          public String next() {
            if (header) {
              header = false;
              return table.header();
            }
            Heartbeat.beat();
            return body.next();
          }
        };
        written = OutputFiles.writeAtomically(outputDir, table.fileName(), lines);
        RunCounts.tableWritten();
      } finally {
        for (InputStream in : streams) {
          in.close();
        }
      }
      // every run of this table, those of retried bundles too
      List<ResourceId> leftovers = new ArrayList<>();
      MatchResult match = FileSystems.match(
          List.of(OutputFiles.dir(outputDir).toString() + runPrefix(table) + "*"), EmptyMatchTreatment.ALLOW).get(0);
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : match.metadata()) {
          leftovers.add(m.resourceId());
        }
      }
      FileSystems.delete(leftovers, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      out.output(written);
    }
  }
}
