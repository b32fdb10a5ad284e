package org.newsbeam.aggregate;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Holds a collection back until another one is complete, on the DirectRunner only; elsewhere the
 * collection passes untouched.
 *
 * <p>Why: a ParDo with a side input that is not ready yet "pushes back" its input, and the
 * DirectRunner (2.62) offers a pushed-back bundle again at once, so it re-reads the whole bundle in
 * a busy loop (copying it, and refreshing watermarks over it) until the side input is complete.
 * With a large bundle (one big file's records) that loop takes a worker and much of the heap while
 * the side input is still being computed, and runs look stalled in {@code
 * QuiescenceDriver.fireTimers}. Applied to the main input of such a ParDo, with the side input's
 * source as {@code complete}, the main input reaches the ParDo only when the side input can be
 * read: its elements go through a grouping that also waits for one marker per bucket, emitted when
 * {@code complete} has ended.
 */
public final class AfterComplete<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private final PCollection<?> complete;

  private AfterComplete(PCollection<?> complete) {
    this.complete = complete;
  }

  public static <T> AfterComplete<T> of(PCollection<?> complete) {
    return new AfterComplete<>(complete);
  }

  @Override
  public PCollection<T> expand(PCollection<T> main) {
    var options = main.getPipeline().getOptions();
    if (options.getRunner() == null || !options.getRunner().getSimpleName().equals("DirectRunner")) {
      return main;
    }
    int buckets = Buckets.count(options);
    Coder<T> coder = main.getCoder();
    KvCoder<Integer, T> kv = KvCoder.of(VarIntCoder.of(), NullableCoder.of(coder));
    PCollection<KV<Integer, T>> keyed = main.apply("Bucket", ParDo.of(new KeyByBucket<T>(buckets))).setCoder(kv);
    PCollection<KV<Integer, T>> markers = complete
        .apply("Ended", Count.globally())
        .apply("Marker per bucket", ParDo.of(new Markers<T>(buckets)))
        .setCoder(kv);
    return PCollectionList.of(keyed).and(markers)
        .apply("With markers", Flatten.pCollections())
        .apply("Wait for markers", GroupByKey.create())
        .apply("Release", ParDo.of(new Release<T>()))
        .setCoder(coder);
  }

  static final class KeyByBucket<T> extends DoFn<T, KV<Integer, T>> {
    private final int buckets;
    private transient int next;

    KeyByBucket(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element T e, OutputReceiver<KV<Integer, T>> out) {
      // round robin: spreads the elements evenly whatever they are
      next = (next + 1) % buckets;
      out.output(KV.of(next, e));
    }
  }

  static final class Markers<T> extends DoFn<Long, KV<Integer, T>> {
    private final int buckets;

    Markers(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(OutputReceiver<KV<Integer, T>> out) {
      for (int b = 0; b < buckets; b++) {
        out.output(KV.of(b, null));
      }
    }
  }

  static final class Release<T> extends DoFn<KV<Integer, Iterable<T>>, T> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<T>> bucket, OutputReceiver<T> out) {
      for (T e : bucket.getValue()) {
        if (e != null) {
          org.newsbeam.watch.Heartbeat.beat();
          out.output(e);
        }
      }
    }
  }
}
