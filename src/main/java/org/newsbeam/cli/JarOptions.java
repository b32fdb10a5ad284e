package org.newsbeam.cli;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectTestOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.extensions.gcp.options.GcpOptions;
import org.apache.beam.sdk.extensions.gcp.options.GcsOptions;
import org.apache.beam.sdk.extensions.gcp.options.GoogleApiDebugOptions;
import org.apache.beam.sdk.options.ApplicationNameOptions;
import org.apache.beam.sdk.options.ExperimentalOptions;
import org.apache.beam.sdk.options.ManualDockerEnvironmentOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PortablePipelineOptions;
import org.apache.beam.sdk.options.RemoteEnvironmentOptions;
import org.apache.beam.sdk.options.SdkHarnessOptions;
import org.apache.beam.sdk.options.StreamingOptions;
import org.apache.beam.sdk.transforms.resourcehints.ResourceHintsOptions;
import org.apache.beam.sdk.util.construction.ExternalTranslationOptions;

/**
 * Every options interface that Beam's own registrars in the jar declare (SDK core, DirectRunner,
 * FlinkRunner, GCP), as one interface. Beam registers options one interface at a time and checks
 * the union of all registered so far at each step (a proxy class and a sorted method list each
 * time): sixteen interfaces cost sixteen ever larger checks when the options factory starts,
 * about a fifth of a one-article run. Registered as one, the union is checked once, and every
 * option parses as before. The shaded jar carries only {@link JarOptionsRegistrar} for options
 * (pom.xml drops Beam's registrar lists); {@code JarOptionsTest} checks that this list matches
 * what Beam's registrars declare.
 */
public interface JarOptions
    extends PipelineOptions,
        ApplicationNameOptions,
        StreamingOptions,
        ExperimentalOptions,
        SdkHarnessOptions,
        PortablePipelineOptions,
        ManualDockerEnvironmentOptions,
        RemoteEnvironmentOptions,
        ResourceHintsOptions,
        ExternalTranslationOptions,
        DirectOptions,
        DirectTestOptions,
        FlinkPipelineOptions,
        GcpOptions,
        GcsOptions,
        GoogleApiDebugOptions,
        NewsbeamOptions {}
