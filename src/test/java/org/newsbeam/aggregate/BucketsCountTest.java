package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class BucketsCountTest {
  private static PipelineOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(Buckets.Options.class);
  }

  @Test
  void theDirectRunnerTalliesInFewerBucketsThanItReadsAndFolds() {
    PipelineOptions direct = options();
    direct.setRunner(DirectRunner.class);
    assertEquals(16, Buckets.count(direct));
    assertEquals(16, Buckets.tableShards(direct));
    assertEquals(4, Buckets.tallyCount(direct));
  }

  @Test
  void otherRunnersUseManyBucketsForBoth() {
    PipelineOptions other = options();
    other.setRunner(null);
    assertEquals(256, Buckets.count(other));
    assertEquals(256, Buckets.tallyCount(other));
  }

  @Test
  void anExplicitCountIsUsedEverywhere() {
    PipelineOptions set = options("--keyBuckets=7");
    set.setRunner(DirectRunner.class);
    assertEquals(7, Buckets.count(set));
    assertEquals(7, Buckets.tallyCount(set));
  }
}
