package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsbeam.output.TableRow;

/**
 * Grouping and combining with keys gathered into a bounded number of buckets.
 *
 * <p>Why: a runner may pay a fixed cost per key after a shuffle (the DirectRunner runs one bundle
 * per key, and sets up the downstream DoFn for each). With a million paragraph fingerprints or a
 * hundred thousand URLs as keys, that cost dominates the run. Gathering keys into a few thousand
 * buckets bounds it, while each bucket stays small (its keys are a thousandth of the data). On
 * every runner the result is the same as a plain {@code GroupByKey} or {@code Combine.perKey}.
 * The values cross each grouping packed, one array per bucket and bundle ({@link Packed}).
 */
public final class Buckets {
  private Buckets() {}

  /** What crosses each grouping here: a bucket and the values of one bundle in it, packed. */
  static final KvCoder<Integer, Packed> PACKED = KvCoder.of(VarIntCoder.of(), Packed.PackedCoder.of());

  /** The number of buckets, an option of the run; 0 picks one for the runner. */
  public interface Options extends PipelineOptions {
    @Description("Keys are gathered into this many buckets after each shuffle; 0 picks a number for the runner "
        + "(on the DirectRunner 16 for reading and folding, 4 for the tallies after it; 256 elsewhere). More buckets spread work over more task slots")
    @Default.Integer(0)
    int getKeyBuckets();

    void setKeyBuckets(int value);
  }

  /**
   * Buckets for a run: on the DirectRunner each bucket is a bundle for every step after a shuffle,
   * and each bundle sets its DoFn up anew, so few buckets (a few per thread) are fastest; a
   * cluster wants more buckets than task slots.
   */
  static int count(PipelineOptions options) {
    return count(options, 16);
  }

  /**
   * Buckets of the tallies after folding (counts per actor, pair, place, day, event): on the
   * DirectRunner fewer than {@link #count}. Their values are small partial sums, so a bigger bucket
   * costs little, while every bucket is a bundle and a DoFn set-up for each step after the
   * grouping (sample data: 1,434 set-ups with 16 buckets everywhere, 617 with 4). Reading and
   * folding keep {@link #count}: there the values are whole pages, and the DirectRunner copies a
   * bucket's values each time another bundle of them arrives, so four times bigger buckets cost
   * more copying on large archives than the set-ups they save.
   */
  static int tallyCount(PipelineOptions options) {
    return count(options, DIRECT_TALLY_BUCKETS);
  }

  /** DirectRunner buckets of the tallies after folding. */
  static final int DIRECT_TALLY_BUCKETS = 4;

  /** The option when set, else {@code onDirectRunner} on the DirectRunner and 256 elsewhere. */
  private static int count(PipelineOptions options, int onDirectRunner) {
    // the launcher's options already are this view; as() would build and check a new one
    int set = (options instanceof Options o ? o : options.as(Options.class)).getKeyBuckets();
    if (set > 0) {
      return set;
    }
    boolean direct = options.getRunner() != null && options.getRunner().getSimpleName().equals("DirectRunner");
    return direct ? onDirectRunner : 256;
  }

  /** How many sorted runs a table is written as: one per bucket, so as many as the run spreads keys over. */
  public static int tableShards(PipelineOptions options) {
    return count(options);
  }

  /** A stable bucket for a key: {@code hashCode} of strings, longs and lists of them is fixed by the JDK. */
  static int of(Object key, int buckets) {
    return Math.floorMod(key.hashCode() * 0x9E3779B9, buckets);
  }

  /** Like {@code Combine.perKey(plus)}: one value per key, partial sums taken within each bundle first. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, V>>> combine(SerializableBiFunction<V, V, V> plus) {
    return new Combined<>(plus, false);
  }

  /** Like {@code GroupByKey}: each key with all its values. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> group() {
    return new Grouped<>(false);
  }

  /** Like {@link #group}, over {@link #tallyCount} buckets: for small values after folding. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> groupTally() {
    return new Grouped<>(true);
  }

  /** Like {@link #combine}, over {@link #tallyCount} buckets: for sums after folding. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, V>>> combineTally(SerializableBiFunction<V, V, V> plus) {
    return new Combined<>(plus, true);
  }

  /**
   * Like {@link #combine} followed by one table row per key: the rows come out of the summing step
   * itself, a step fewer (each step costs a runner per bundle, whatever it does).
   *
   * @param row the row of a key and its sum; null for none
   */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<TableRow>> combineIntoRows(
      SerializableBiFunction<V, V, V> plus, SerializableBiFunction<K, V, TableRow> row) {
    return new CombinedIntoRows<>(plus, row);
  }

  /** Like {@link #group} followed by one table row per key, in the grouping step itself. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<TableRow>> groupIntoRows(
      SerializableBiFunction<K, List<V>, TableRow> row) {
    return new GroupedIntoRows<>(row);
  }

  static final class CombinedIntoRows<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<TableRow>> {
    private final SerializableBiFunction<V, V, V> plus;
    private final SerializableBiFunction<K, V, TableRow> row;

    CombinedIntoRows(SerializableBiFunction<V, V, V> plus, SerializableBiFunction<K, V, TableRow> row) {
      this.plus = plus;
      this.row = row;
    }

    @Override
    public PCollection<TableRow> expand(PCollection<KV<K, V>> in) {
      int buckets = tallyCount(in.getPipeline().getOptions());
      KvCoder<K, V> kv = (KvCoder<K, V>) in.getCoder();
      return in.apply("Sum within bundle", ParDo.of(new PreCombine<>(plus, buckets, kv)))
          .setCoder(PACKED)
          .apply("Group buckets", GroupByKey.create())
          .apply("Sum per key into rows", ParDo.of(new CombineBucketIntoRows<>(plus, row, kv)))
          .setCoder(TableRow.RowCoder.of());
    }
  }

  static final class GroupedIntoRows<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<TableRow>> {
    private final SerializableBiFunction<K, List<V>, TableRow> row;

    GroupedIntoRows(SerializableBiFunction<K, List<V>, TableRow> row) {
      this.row = row;
    }

    @Override
    public PCollection<TableRow> expand(PCollection<KV<K, V>> in) {
      int buckets = tallyCount(in.getPipeline().getOptions());
      KvCoder<K, V> kv = (KvCoder<K, V>) in.getCoder();
      return in.apply("Bucket of key", ParDo.of(new PackByBucket<K, V>(buckets, kv, 0)))
          .setCoder(PACKED)
          .apply("Group buckets", GroupByKey.create())
          .apply("Split by key into rows", ParDo.of(new SplitBucketIntoRows<K, V>(row, kv)))
          .setCoder(TableRow.RowCoder.of());
    }
  }

  static final class CombineBucketIntoRows<K, V> extends DoFn<KV<Integer, Iterable<Packed>>, TableRow> {
    private final SerializableBiFunction<V, V, V> plus;
    private final SerializableBiFunction<K, V, TableRow> row;
    private final Packed.Format<KV<K, V>> format;

    CombineBucketIntoRows(SerializableBiFunction<V, V, V> plus, SerializableBiFunction<K, V, TableRow> row,
        KvCoder<K, V> coder) {
      this.plus = plus;
      this.row = row;
      this.format = Packed.Format.of(coder);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> bucket, OutputReceiver<TableRow> out) {
      Map<K, V> sums = new HashMap<>();
      format.forEach(bucket.getValue(), e -> {
        org.newsbeam.watch.Heartbeat.beat();
        sums.merge(e.getKey(), e.getValue(), plus::apply);
      });
      sums.forEach((k, v) -> {
        TableRow r = row.apply(k, v);
        if (r != null) {
          out.output(r);
        }
      });
    }
  }

  static final class SplitBucketIntoRows<K, V> extends DoFn<KV<Integer, Iterable<Packed>>, TableRow> {
    private final SerializableBiFunction<K, List<V>, TableRow> row;
    private final Packed.Format<KV<K, V>> format;

    SplitBucketIntoRows(SerializableBiFunction<K, List<V>, TableRow> row, KvCoder<K, V> coder) {
      this.row = row;
      this.format = Packed.Format.of(coder);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> bucket, OutputReceiver<TableRow> out) {
      Map<K, List<V>> byKey = byKey(bucket.getValue(), format);
      byKey.forEach((k, vs) -> {
        TableRow r = row.apply(k, vs);
        if (r != null) {
          out.output(r);
        }
      });
    }
  }

  static final class Combined<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, V>>> {
    private final SerializableBiFunction<V, V, V> plus;
    private final boolean tally;

    Combined(SerializableBiFunction<V, V, V> plus, boolean tally) {
      this.plus = plus;
      this.tally = tally;
    }

    @Override
    public PCollection<KV<K, V>> expand(PCollection<KV<K, V>> in) {
      PipelineOptions options = in.getPipeline().getOptions();
      int buckets = tally ? tallyCount(options) : count(options);
      KvCoder<K, V> kv = (KvCoder<K, V>) in.getCoder();
      return in.apply("Sum within bundle", ParDo.of(new PreCombine<>(plus, buckets, kv)))
          .setCoder(PACKED)
          .apply("Group buckets", GroupByKey.create())
          .apply("Sum per key", ParDo.of(new CombineBucket<>(plus, kv)))
          .setCoder(kv);
    }
  }

  static final class Grouped<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
    private final boolean tally;

    Grouped(boolean tally) {
      this.tally = tally;
    }

    @Override
    public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> in) {
      PipelineOptions options = in.getPipeline().getOptions();
      int buckets = tally ? tallyCount(options) : count(options);
      KvCoder<K, V> kv = (KvCoder<K, V>) in.getCoder();
      return in.apply("Bucket of key", ParDo.of(new PackByBucket<K, V>(buckets, kv, 0)))
          .setCoder(PACKED)
          .apply("Group buckets", GroupByKey.create())
          .apply("Split by key", ParDo.of(new SplitBucket<K, V>(kv)))
          .setCoder(KvCoder.of(kv.getKeyCoder(), IterableCoder.of(kv.getValueCoder())));
    }
  }

  static final class PreCombine<K, V> extends DoFn<KV<K, V>, KV<Integer, Packed>> {
    private final SerializableBiFunction<V, V, V> plus;
    private final int buckets;
    private final Packed.Format<KV<K, V>> format;
    private transient Map<K, V> partial;

    PreCombine(SerializableBiFunction<V, V, V> plus, int buckets, KvCoder<K, V> coder) {
      this.plus = plus;
      this.buckets = buckets;
      this.format = Packed.Format.of(coder);
    }

    @StartBundle
    public void start() {
      partial = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element KV<K, V> e) {
      org.newsbeam.watch.Heartbeat.beat();
      partial.merge(e.getKey(), e.getValue(), plus::apply);
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      Packed.Packer<KV<K, V>> packer = format.packer(0);
      BiConsumer<Integer, Packed> out = (bucket, p) -> c.output(KV.of(bucket, p), GlobalWindow.INSTANCE.maxTimestamp(),
          GlobalWindow.INSTANCE);
      for (Map.Entry<K, V> e : partial.entrySet()) {
        packer.add(of(e.getKey(), buckets), KV.of(e.getKey(), e.getValue()), out);
      }
      packer.drain(out);
      partial = null;
    }
  }

  static final class CombineBucket<K, V> extends DoFn<KV<Integer, Iterable<Packed>>, KV<K, V>> {
    private final SerializableBiFunction<V, V, V> plus;
    private final Packed.Format<KV<K, V>> format;

    CombineBucket(SerializableBiFunction<V, V, V> plus, KvCoder<K, V> coder) {
      this.plus = plus;
      this.format = Packed.Format.of(coder);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> bucket, OutputReceiver<KV<K, V>> out) {
      Map<K, V> sums = new HashMap<>();
      format.forEach(bucket.getValue(), e -> {
        org.newsbeam.watch.Heartbeat.beat();
        sums.merge(e.getKey(), e.getValue(), plus::apply);
      });
      sums.forEach((k, v) -> out.output(KV.of(k, v)));
    }
  }

  /**
   * Each key's values packed by the bucket of the key, one packed value per bucket per bundle
   * (see {@link Packed} for why).
   */
  static final class PackByBucket<K, V> extends DoFn<KV<K, V>, KV<Integer, Packed>> {
    private final int buckets;
    private final Packed.Format<KV<K, V>> format;
    private final int side;
    private transient Packed.Packer<KV<K, V>> packer;

    PackByBucket(int buckets, KvCoder<K, V> coder, int side) {
      this.buckets = buckets;
      this.format = Packed.Format.of(coder);
      this.side = side;
    }

    @StartBundle
    public void start() {
      packer = format.packer(side);
    }

    @ProcessElement
    public void process(@Element KV<K, V> e, OutputReceiver<KV<Integer, Packed>> out) {
      org.newsbeam.watch.Heartbeat.beat();
      packer.add(of(e.getKey(), buckets), e, (bucket, p) -> out.output(KV.of(bucket, p)));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      packer.drain((bucket, p) -> c.output(KV.of(bucket, p), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      packer = null;
    }
  }

  /** A bucket's values by key, in the order they come. */
  static <K, V> Map<K, List<V>> byKey(Iterable<Packed> bucket, Packed.Format<KV<K, V>> format) {
    Map<K, List<V>> byKey = new HashMap<>();
    format.forEach(bucket, e -> {
      org.newsbeam.watch.Heartbeat.beat();
      byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    });
    return byKey;
  }

  static final class SplitBucket<K, V> extends DoFn<KV<Integer, Iterable<Packed>>, KV<K, Iterable<V>>> {
    private final Packed.Format<KV<K, V>> format;

    SplitBucket(KvCoder<K, V> coder) {
      this.format = Packed.Format.of(coder);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> bucket, OutputReceiver<KV<K, Iterable<V>>> out) {
      byKey(bucket.getValue(), format).forEach((k, vs) -> out.output(KV.of(k, vs)));
    }
  }

}
