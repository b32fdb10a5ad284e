package org.newsbeam.aggregate;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The run summary's counters, summed within a bundle and sent as one element per name when the
 * bundle ends: a counter costs the shuffle a few elements per bundle, not one per record.
 */
public final class BundleCounters {
  private final Map<String, Long> sums = new TreeMap<>();

  public void add(String name, long n) {
    sums.merge(name, n, Long::sum);
  }

  /** Sends the sums to {@code tag} and starts again from nothing. */
  public <T> void flush(DoFn<T, ?>.FinishBundleContext c, TupleTag<KV<String, Long>> tag) {
    for (Map.Entry<String, Long> e : sums.entrySet()) {
      c.output(tag, KV.of(e.getKey(), e.getValue()), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    sums.clear();
  }
}
