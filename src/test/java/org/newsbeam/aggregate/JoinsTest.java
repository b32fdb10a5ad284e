package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/** Joins on the DirectRunner: every key of either side, with all its values from both. */
class JoinsTest {
  static final TupleTag<Long> COUNTS = new TupleTag<>("counts");
  static final TupleTag<String> NAMES = new TupleTag<>("names");

  @Test
  void everyKeyOfEitherSideMeetsAllItsValues() {
    Buckets.Options options = PipelineOptionsFactory.as(Buckets.Options.class);
    options.setKeyBuckets(2);
    Pipeline p = Pipeline.create(options);
    List<KV<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      counts.add(KV.of("k" + (i % 10), (long) i));
    }
    PCollection<String> joined = KeyedPCollectionTuple
        .of(COUNTS, p.apply("Counts", Create.of(counts)))
        .and(NAMES, p.apply("Names", Create.of(KV.of("k3", "three"), KV.of("k3", "drei"), KV.of("k42", "alone"))))
        .apply("Join", Joins.perKey((String key, Joins.Sides sides, java.util.function.Consumer<String> out) -> {
          long sum = sides.get(COUNTS).stream().mapToLong(Long::longValue).sum();
          List<String> names = new ArrayList<>(sides.get(NAMES));
          Collections.sort(names);
          out.accept(key + "=" + sum + names);
        }, TypeDescriptors.strings()));
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      long sum = k + (k + 10) + (k + 20);
      expected.add("k" + k + "=" + sum + (k == 3 ? "[drei, three]" : "[]"));
    }
    expected.add("k42=0[alone]");
    PAssert.that(joined).containsInAnyOrder(expected);
    assertEquals(11, expected.size());
    p.run().waitUntilFinish();
  }
}
