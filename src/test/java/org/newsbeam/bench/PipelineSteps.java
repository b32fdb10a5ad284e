package org.newsbeam.bench;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.newsbeam.ingest.ReadLimits;
import org.newsbeam.pipeline.NewsbeamPipeline;
import org.newsbeam.pipeline.RunConfig;
import org.newsbeam.study.StudyLoader;

/**
 * Counts the primitive steps of the pipeline as built (before a runner replaces any): each ParDo
 * is a DoFn the DirectRunner sets up per bundle, each GroupByKey a shuffle. Run with the test
 * classpath: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.newsbeam.bench.PipelineSteps [list]}; "list" prints each step with its kind.
 */
public final class PipelineSteps {
  private PipelineSteps() {}

  public static void main(String[] args) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    RunConfig config = new RunConfig(List.of("sample-data/archive/**"), "/tmp/steps-out", "", "", true,
        ReadLimits.defaults(), Map.of());
    NewsbeamPipeline.build(p, StudyLoader.resolve("ukraine-war", Paths.get("")), config);
    Map<String, Integer> byKind = new TreeMap<>();
    p.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        String kind = node.getTransform().getClass().getSimpleName();
        byKind.merge(kind, 1, Integer::sum);
        if (args.length > 0) {
          System.out.println(kind + " " + node.getFullName());
        }
      }
    });
    int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("primitive steps " + total + ": " + byKind);
  }
}
