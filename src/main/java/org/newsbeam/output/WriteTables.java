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
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.newsbeam.aggregate.Packed;
import org.newsbeam.watch.Heartbeat;
import org.newsbeam.watch.RunCounts;

/**
 * Writes every table of the run, each as one CSV file: header first, rows sorted by their key,
 * so every runner and every parallelism gives the same bytes. All tables go through one chain of
 * steps (rows tagged with their table), not a chain per table: each step costs a runner the same
 * setup whatever it carries. Each table's rows are spread over shards; each (table, shard) is
 * sorted and spilled as a run next to the output, and one step merges each table's runs into its
 * file while reading them ({@link SortedRuns}), so no worker holds a whole table. Each file is
 * written under a temporary name and renamed into place, so a reader never sees half a table; a
 * table without rows is its header alone. Output: the paths written.
 */
public class WriteTables extends PTransform<PCollectionList<TableRow>, PCollection<String>> {
  private final String outputDir;
  private final int shards;

  /** @param shards how many sorted runs each table is spilled as (each sorted in one worker) */
  public WriteTables(String outputDir, int shards) {
    super("Write tables");
    this.outputDir = outputDir;
    this.shards = shards;
  }

  @Override
  public PCollection<String> expand(PCollectionList<TableRow> rows) {
    PCollection<KV<Integer, String>> runs = rows
        .apply("All rows", Flatten.pCollections())
        .apply("Shard rows", ParDo.of(new ShardFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), Packed.PackedCoder.of()))
        .apply("Group shards", GroupByKey.create())
        .apply("Sort and spill", ParDo.of(new WriteRunFn(outputDir)))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()));
    // one more element under the same key, so the merge runs (and writes headers) when no table has rows
    PCollection<KV<Integer, String>> noRun = rows.getPipeline()
        .apply("No rows yet", Create.of(KV.of(0, NO_RUN)).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())));
    return PCollectionList.of(runs).and(noRun)
        .apply("All runs", Flatten.pCollections())
        .apply("Gather runs", GroupByKey.create())
        .apply("Merge runs", ParDo.of(new MergeFn(outputDir)));
  }

  /**
   * Key: the table and a shard of it, as one number (table ordinal times shards, plus the shard).
   * A bundle's rows of one shard cross the grouping packed together ({@link Packed}).
   */
  static class ShardFn extends DoFn<TableRow, KV<Integer, Packed>> {
    private final int shards;
    private transient Packed.Packer<TableRow> packer;

    ShardFn(int shards) {
      this.shards = shards;
    }

    static int shard(TableRow row, int shards) {
      return row.table().ordinal() * shards + Math.floorMod(row.key().hashCode() * 0x9E3779B9, shards);
    }

    @StartBundle
    public void start() {
      packer = new Packed.Packer<>(TableRow.RowCoder.of(), 0);
    }

    @ProcessElement
    public void process(@Element TableRow row, OutputReceiver<KV<Integer, Packed>> out) {
      Heartbeat.beat();
      packer.add(shard(row, shards), row, (shard, p) -> out.output(KV.of(shard, p)));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      packer.drain((shard, p) -> c.output(KV.of(shard, p), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      packer = null;
    }
  }

  /** Name prefix of a table's runs in the output folder; the merge removes them. */
  static String runPrefix(Table table) {
    return ".runs-" + table.fileName() + "-";
  }

  /** Stands for no run in the list of runs. */
  static final String NO_RUN = "";

  /** Sorts a shard of a table and spills it as a run; output: the run's name, all under one key for the merge. */
  static class WriteRunFn extends DoFn<KV<Integer, Iterable<Packed>>, KV<Integer, String>> {
    private final String outputDir;

    WriteRunFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> shard, OutputReceiver<KV<Integer, String>> out)
        throws IOException {
      List<SortedRuns.Row> rows = new ArrayList<>();
      Table[] tableOf = new Table[1];
      Packed.forEach(shard.getValue(), TableRow.RowCoder.of(), r -> {
        Heartbeat.beat();
        tableOf[0] = r.table();
        rows.add(new SortedRuns.Row(r.key(), r.line()));
      });
      Table table = tableOf[0];
      if (table == null) {
        return;
      }
      // a retried bundle writes a run of its own name; only the runs that reach the merge count
      ResourceId run = OutputFiles.file(outputDir, runPrefix(table) + shard.getKey() + "-" + UUID.randomUUID());
      try (OutputStream os = Channels.newOutputStream(FileSystems.create(run, "application/octet-stream"))) {
        SortedRuns.writeRun(rows, os);
      }
      out.output(KV.of(0, run.toString()));
    }
  }

  /** Merges each table's runs into its file, every table, those without rows too. */
  static class MergeFn extends DoFn<KV<Integer, Iterable<String>>, String> {
    private final String outputDir;

    MergeFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> runs, OutputReceiver<String> out) throws IOException {
      // Flink's grouped values can be read once only
      List<String> all = new ArrayList<>();
      runs.getValue().forEach(all::add);
      for (Table table : Table.values()) {
        List<String> own = new ArrayList<>();
        for (String r : all) {
          if (!r.equals(NO_RUN) && FileSystems.matchNewResource(r, false).getFilename().startsWith(runPrefix(table))) {
            own.add(r);
          }
        }
        out.output(merge(table, own));
      }
    }

    private String merge(Table table, List<String> runs) throws IOException {
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
      return written;
    }
  }
}
