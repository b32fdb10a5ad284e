package org.newsbeam.aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * What the articles of a bundle add to one counter, summed by key before it leaves the step that
 * reads the articles. On Flink, a step with several outputs ships each of them to its consumers
 * through a serialising exchange, so every value an article adds would be encoded there before
 * the counter's own sum within the bundle could merge it; summed here, each key crosses once per
 * bundle. The sum is the counter's own (associative and commutative, as the later sums need too),
 * so the tables do not change. At most {@link #MAX_KEYS} keys are held: then the sums are handed
 * on and summing starts again (Flink runs a whole partition as one bundle).
 */
final class BundleSums<V> {
  static final int MAX_KEYS = 50_000;

  private final BinaryOperator<V> plus;
  private final int maxKeys;
  private final Map<String, V> sums = new HashMap<>();

  BundleSums(BinaryOperator<V> plus) {
    this(plus, MAX_KEYS);
  }

  BundleSums(BinaryOperator<V> plus, int maxKeys) {
    this.plus = plus;
    this.maxKeys = maxKeys;
  }

  /** Adds an article's value for a key; {@code out} gets the sums early when too many keys are held. */
  void add(String key, V value, BiConsumer<String, V> out) {
    sums.merge(key, value, plus);
    if (sums.size() >= maxKeys) {
      flush(out);
    }
  }

  /** Hands on every key's sum and starts from nothing. */
  void flush(BiConsumer<String, V> out) {
    sums.forEach(out);
    sums.clear();
  }
}
