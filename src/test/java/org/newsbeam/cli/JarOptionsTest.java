package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.extensions.gcp.options.GcsOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;
import org.junit.jupiter.api.Test;

class JarOptionsTest {
  /** The test classpath still has Beam's own registrar lists (only the shaded jar drops them). */
  @Test
  void jarOptionsExtendsEveryInterfaceThatBeamsRegistrarsDeclare() {
    Set<Class<?>> declared = new HashSet<>();
    for (PipelineOptionsRegistrar r : ServiceLoader.load(PipelineOptionsRegistrar.class)) {
      if (!(r instanceof JarOptionsRegistrar)) {
        r.getPipelineOptions().forEach(declared::add);
      }
    }
    assertTrue(declared.size() > 10, "Beam's registrars found: " + declared);
    Set<Class<?>> extended = new HashSet<>(Arrays.asList(JarOptions.class.getInterfaces()));
    declared.removeAll(extended);
    assertEquals(Set.of(), declared, "options interfaces a Beam registrar declares that JarOptions does not extend");
  }

  @Test
  void theRegistrarListsNewsbeamsOptionsFirstThenTheUnion() {
    var listed = new java.util.ArrayList<Class<? extends PipelineOptions>>();
    new JarOptionsRegistrar().getPipelineOptions().forEach(listed::add);
    assertEquals(java.util.List.of(NewsbeamOptions.class, JarOptions.class), listed);
  }

  @Test
  void runnerAndCloudOptionsParseThroughTheOneInterface() {
    PipelineOptionsFactory.register(JarOptions.class);
    NewsbeamOptions o = PipelineOptionsFactory.fromArgs(
            "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=3", "--targetParallelism=2",
            "--gcsUploadBufferSizeBytes=1048576", "--input=x")
        .withValidation().as(NewsbeamOptions.class);
    assertEquals("[local]", o.as(FlinkPipelineOptions.class).getFlinkMaster());
    assertEquals(3, o.as(FlinkPipelineOptions.class).getParallelism());
    assertEquals(2, o.as(DirectOptions.class).getTargetParallelism());
    assertEquals(1048576, o.as(GcsOptions.class).getGcsUploadBufferSizeBytes());
    assertEquals("x", o.getInput());
  }

  @Test
  void helpFindsBeamsInterfacesInsideTheUnion() {
    Set<Class<? extends PipelineOptions>> known = Help.withSuperInterfaces(java.util.List.of(JarOptions.class));
    assertTrue(known.contains(FlinkPipelineOptions.class), known.toString());
    assertTrue(known.contains(GcsOptions.class), known.toString());
    assertTrue(known.contains(NewsbeamOptions.class), known.toString());
  }
}
