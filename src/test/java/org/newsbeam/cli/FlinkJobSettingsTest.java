package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkJobSettingsTest {
  @TempDir Path tmp;

  @Test
  void withoutAUserConfigurationTheShuffleModeIsTheOnlySetting() throws Exception {
    Path dir = FlinkJobSettings.withShuffleMode(null);
    String text = Files.readString(dir.resolve("config.yaml"));
    assertTrue(text.contains("execution.batch-shuffle-mode: ALL_EXCHANGES_HYBRID_FULL"), text);
  }

  @Test
  void aUsersConfigurationIsKeptAndTheShuffleModeAdded() throws Exception {
    Files.writeString(tmp.resolve("flink-conf.yaml"), "rest.port: 9091\nstate.backend: hashmap");
    Path dir = FlinkJobSettings.withShuffleMode(tmp);
    String text = Files.readString(dir.resolve("flink-conf.yaml"));
    assertTrue(text.startsWith("rest.port: 9091\nstate.backend: hashmap\n"), text);
    assertTrue(text.endsWith("execution.batch-shuffle-mode: ALL_EXCHANGES_HYBRID_FULL\n"), text);
    assertFalse(Files.exists(dir.resolve("config.yaml")));
  }

  @Test
  void aUsersOwnShuffleModeWins() throws Exception {
    Files.writeString(tmp.resolve("config.yaml"), "execution:\n  batch-shuffle-mode: ALL_EXCHANGES_BLOCKING\n");
    assertNull(FlinkJobSettings.withShuffleMode(tmp));
    Files.writeString(tmp.resolve("config.yaml"), "execution.batch-shuffle-mode: ALL_EXCHANGES_BLOCKING\n");
    assertNull(FlinkJobSettings.withShuffleMode(tmp));
  }

  @Test
  void aClusterSubmissionGetsTheDataStreamTranslationUnlessTheUserChose() throws Exception {
    try (ServerSocket listening = new ServerSocket(0)) {
      FlinkPipelineOptions options = PipelineOptionsFactory.create().as(FlinkPipelineOptions.class);
      options.setRunner(FlinkRunner.class);
      options.setFlinkMaster("localhost:" + listening.getLocalPort());
      FlinkJobSettings.apply(options, false);
      assertTrue(options.getUseDataStreamForBatch());
      assertTrue(Files.readString(Path.of(options.getFlinkConfDir(), "config.yaml")).contains("HYBRID_FULL"));

      FlinkPipelineOptions chosen = PipelineOptionsFactory.create().as(FlinkPipelineOptions.class);
      chosen.setRunner(FlinkRunner.class);
      chosen.setFlinkMaster("localhost:" + listening.getLocalPort());
      chosen.setUseDataStreamForBatch(false);
      FlinkJobSettings.apply(chosen, true);
      assertFalse(chosen.getUseDataStreamForBatch());
    }
  }

  @Test
  void theEmbeddedFlinkIsLeftAsBeamSizesIt() throws Exception {
    FlinkPipelineOptions options = PipelineOptionsFactory.create().as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    FlinkJobSettings.apply(options, false);
    assertFalse(Boolean.TRUE.equals(options.getUseDataStreamForBatch()));
    assertNull(options.getFlinkConfDir());
    assertTrue(FlinkJobSettings.isEmbedded("[auto]"), "[auto] outside `flink run` is embedded");
    assertTrue(FlinkJobSettings.describe(options).contains("embedded"));
  }

  @Test
  void anUnreachableMasterFailsAtOnceNamingTheAddress() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    int closed = port;
    UsageException e = assertThrows(UsageException.class, () -> FlinkJobSettings.checkReachable("localhost:" + closed));
    assertTrue(e.getMessage().contains("localhost:" + closed), e.getMessage());
    assertThrows(UsageException.class, () -> FlinkJobSettings.checkReachable("localhost:notaport"));
  }

  @Test
  void jobNamesSayStudyAndTime() {
    String name = RunCommand.jobName("Ukraine War");
    assertTrue(name.matches("newsbeam-ukraine-war-\\d{8}-\\d{6}"), name);
    assertEquals("newsbeam-study-", RunCommand.jobName("!!").substring(0, 15));
  }
}
