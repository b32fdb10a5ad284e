package org.newsbeam.cli;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/**
 * Registers newsbeam's options and then all of the jar's options as one interface
 * ({@link JarOptions}): two checks of the options union instead of seventeen.
 */
public final class JarOptionsRegistrar implements PipelineOptionsRegistrar {
  @Override
  public Iterable<Class<? extends PipelineOptions>> getPipelineOptions() {
    return List.of(NewsbeamOptions.class, JarOptions.class);
  }
}
