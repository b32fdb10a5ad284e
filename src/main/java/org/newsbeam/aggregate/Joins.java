package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
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
 *
 * <p>Each side's values cross the grouping packed per bundle and bucket ({@link Packed}), tagged
 * with their side, in one {@code GroupByKey}: a {@code CoGroupByKey} would shuffle each value as a
 * union value, which the DirectRunner copies through its coder every time the bucket grows.
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
    @SuppressWarnings("unchecked")
    public PCollection<O> expand(KeyedPCollectionTuple<K> in) {
      int buckets = Buckets.count(in.getPipeline().getOptions());
      PCollectionList<KV<Integer, Packed>> packed = PCollectionList.empty(in.getPipeline());
      List<String> tags = new ArrayList<>();
      List<KvCoder<K, ?>> coders = new ArrayList<>();
      for (KeyedPCollectionTuple.TaggedKeyedPCollection<K, ?> side : in.getKeyedCollections()) {
        packed = packed.and(packSide(side, tags.size(), buckets));
        tags.add(side.getTupleTag().getId());
        coders.add((KvCoder<K, ?>) (Coder<?>) side.getCollection().getCoder());
      }
      PCollection<O> out = packed
          .apply("All sides", Flatten.pCollections())
          .setCoder(Buckets.PACKED)
          .apply("Group buckets", GroupByKey.create())
          .apply("Split by key", ParDo.of(new SplitBucket<K, O>(perKey, tags, coders)));
      try {
        return out.setCoder(in.getPipeline().getCoderRegistry().getCoder(output));
      } catch (CannotProvideCoderException e) {
        throw new IllegalArgumentException("no coder for the output of a join: " + output, e);
      }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> PCollection<KV<Integer, Packed>> packSide(
        KeyedPCollectionTuple.TaggedKeyedPCollection<K, V> side, int index, int buckets) {
      PCollection<KV<K, V>> values = side.getCollection();
      return values
          .apply("Bucket of " + side.getTupleTag().getId(),
              ParDo.of(new Buckets.PackByBucket<K, V>(buckets, (KvCoder<K, V>) values.getCoder(), index)))
          .setCoder(Buckets.PACKED);
    }
  }

  static final class SplitBucket<K, O> extends DoFn<KV<Integer, Iterable<Packed>>, O> {
    private final PerKey<K, O> perKey;
    private final List<String> tags;
    private final List<Packed.Format<? extends KV<K, ?>>> formats = new ArrayList<>();

    SplitBucket(PerKey<K, O> perKey, List<String> tags, List<KvCoder<K, ?>> coders) {
      this.perKey = perKey;
      this.tags = tags;
      coders.forEach(c -> formats.add(Packed.Format.of(c)));
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Packed>> bucket, OutputReceiver<O> out) {
      // sides in the order they were joined, as CoGroupByKey gives them
      List<List<Packed>> bySide = new ArrayList<>();
      tags.forEach(t -> bySide.add(new ArrayList<>()));
      bucket.getValue().forEach(p -> bySide.get(p.side()).add(p));
      Map<K, Sides> byKey = new HashMap<>();
      for (int side = 0; side < tags.size(); side++) {
        String tag = tags.get(side);
        formats.get(side).forEach(bySide.get(side), e -> {
          org.newsbeam.watch.Heartbeat.beat();
          byKey.computeIfAbsent(e.getKey(), k -> new Sides()).add(tag, e.getValue());
        });
      }
      byKey.forEach((key, sides) -> perKey.join(key, sides, out::output));
    }
  }
}
