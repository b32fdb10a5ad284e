package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Joins of keyed collections, with keys gathered into buckets as in {@link Buckets}.
 *
 * <p>Why joins and not side inputs: a ParDo whose side input is computed from its own main input
 * gets its main input first, and the Beam 2.62 DirectRunner pushes such a bundle back and offers
 * it again at once, copying it in a busy loop until the side input is complete (issue #14). A
 * join waits in a grouping instead, which costs nothing while it waits, and keeps every side
 * parallel on every runner.
 */
public final class Joins {
  private Joins() {}

  /** What to do with the values one key has on each side of a join. */
  @FunctionalInterface
  public interface PerKey<K, O> extends Serializable {
    void join(K key, Sides values, Consumer<O> out);
  }

  /** The values of one key, by side; a side the key is missing from gives an empty list. */
  public static final class Sides {
    private final Map<String, List<Object>> byTag = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <V> List<V> get(TupleTag<V> side) {
      return (List<V>) byTag.getOrDefault(side.getId(), List.of());
    }

    void add(String tag, Object value) {
      byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
    }
  }

  /**
   * Like {@code CoGroupByKey} followed by a ParDo over each key: {@code perKey} sees every key
   * that stands on at least one side, with all its values from each side.
   */
  public static <K, O> PTransform<KeyedPCollectionTuple<K>, PCollection<O>> perKey(PerKey<K, O> perKey,
      TypeDescriptor<O> output) {
    return new Joined<>(perKey, output);
  }

  static final class Joined<K, O> extends PTransform<KeyedPCollectionTuple<K>, PCollection<O>> {
    private final PerKey<K, O> perKey;
    private final TypeDescriptor<O> output;

    Joined(PerKey<K, O> perKey, TypeDescriptor<O> output) {
      this.perKey = perKey;
      this.output = output;
    }

    @Override
    public PCollection<O> expand(KeyedPCollectionTuple<K> in) {
      int buckets = Buckets.count(in.getPipeline().getOptions());
      KeyedPCollectionTuple<Integer> bucketed = KeyedPCollectionTuple.empty(in.getPipeline());
      List<String> tags = new ArrayList<>();
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> side : in.getKeyedCollections()) {
        bucketed = bucketSide(bucketed, side, buckets);
        tags.add(side.getTupleTag().getId());
      }
      PCollection<O> out = bucketed
          .apply("Group buckets", CoGroupByKey.create())
          .apply("Split by key", ParDo.of(new SplitBucket<K, O>(perKey, tags)));
      try {
        return out.setCoder(in.getPipeline().getCoderRegistry().getCoder(output));
      } catch (CannotProvideCoderException e) {
        throw new IllegalArgumentException("no coder for the output of a join: " + output, e);
      }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> KeyedPCollectionTuple<Integer> bucketSide(KeyedPCollectionTuple<Integer> bucketed,
        KeyedPCollectionTuple.TaggedKeyedPCollection<K, V> side, int buckets) {
      PCollection<KV<K, V>> values = side.getCollection();
      String tag = side.getTupleTag().getId();
      PCollection<KV<Integer, KV<K, V>>> inBuckets = values
          .apply("Bucket of " + tag, ParDo.of(new Buckets.BucketOf<K, V>(buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), (KvCoder<K, V>) values.getCoder()));
      return bucketed.and(new TupleTag<KV<K, V>>(tag), inBuckets);
    }
  }

  static final class SplitBucket<K, O> extends DoFn<KV<Integer, CoGbkResult>, O> {
    private final PerKey<K, O> perKey;
    private final List<String> tags;

    SplitBucket(PerKey<K, O> perKey, List<String> tags) {
      this.perKey = perKey;
      this.tags = tags;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> bucket, OutputReceiver<O> out) {
      Map<K, Sides> byKey = new HashMap<>();
      for (String tag : tags) {
        for (KV<K, Object> e : bucket.getValue().getAll(new TupleTag<KV<K, Object>>(tag))) {
          org.newsbeam.watch.Heartbeat.beat();
          byKey.computeIfAbsent(e.getKey(), k -> new Sides()).add(tag, e.getValue());
        }
      }
      byKey.forEach((key, sides) -> perKey.join(key, sides, out::output));
    }
  }
}
