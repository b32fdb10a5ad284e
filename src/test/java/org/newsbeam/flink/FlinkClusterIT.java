package org.newsbeam.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar on a real standalone Flink 1.19 cluster (one JobManager, two TaskManagers of two slots,
 * started by scripts/flink-cluster.sh) writes the same tables as on the DirectRunner.
 */
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class FlinkClusterIT {
  private static final Duration JOB_LIMIT = Duration.ofMinutes(5);

  private static Path work;
  private static FlinkIt.Cluster cluster;
  private static Path direct;

  @BeforeAll
  static void startClusterAndReference() {
    work = FlinkIt.workDir("FlinkClusterIT");
    direct = work.resolve("direct");
    FlinkIt.Child reference =
        FlinkIt.startJar("direct", work.resolve("logs"), "--input=" + input(), "--output=" + direct);
    cluster = FlinkIt.startClusterBeside(reference, work.resolve("cluster"), JOB_LIMIT);
    assertTrue(
        FlinkIt.rowCounts(direct).values().stream().anyMatch(n -> n > 1),
        "the DirectRunner reference has no data rows: " + FlinkIt.rowCounts(direct));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
      assertTrue(
          !Files.exists(cluster.dir.resolve("pids")), "stop left a pids file behind");
    }
  }

  private static String input() {
    return FlinkIt.sampleArchive() + "/**";
  }

  @Test
  void clusterHasTwoTaskManagersWithTwoSlotsEach() {
    JsonNode taskManagers = cluster.rest("/taskmanagers").path("taskmanagers");
    assertEquals(2, taskManagers.size(), taskManagers.toString());
    for (JsonNode tm : taskManagers) {
      assertEquals(2, tm.path("slotsNumber").asInt(), tm.toString());
    }
  }

  @Test
  void clusterRunsWithFlinksStockMemorySettings() throws Exception {
    String config = Files.readString(cluster.dir.resolve("conf/config.yaml"));
    assertTrue(config.contains("taskmanager.memory.process.size: 1728m"), config);
    for (String tuned : List.of("taskmanager.memory.network", "sort-shuffle", "taskmanager.memory.task.heap",
        "taskmanager.memory.managed", "parallelism.default")) {
      assertFalse(config.contains(tuned), "stock clusters have no " + tuned + " setting:\n" + config);
    }
    for (JsonNode tm : cluster.rest("/taskmanagers").path("taskmanagers")) {
      // Flink's derivation from 1728m: 128 MB of network memory.
      assertEquals(128L << 20, tm.path("memoryConfiguration").path("networkMemory").asLong() & ~0xFFL, tm.toString());
    }
  }

  @Test
  void jarSubmittedAtTheClustersDefaultParallelismWritesTheDirectRunnersTables() {
    List<String> before = FlinkIt.jobIds(cluster);
    Path out = work.resolve("cluster-default");
    FlinkIt.runJar(
        "cluster-default",
        work.resolve("logs"),
        JOB_LIMIT,
        "--runner=FlinkRunner",
        "--flinkMaster=" + cluster.address,
        "--input=" + input(),
        "--output=" + out);
    JsonNode job = assertRanOnTheCluster(before);
    assertTrue(job.path("name").asText().startsWith("newsbeam-ukraine-war-"), job.path("name").asText());
    FlinkIt.assertSameOutputs(direct, out);
  }

  @Test
  void jarSubmittedToTheClusterWritesTheDirectRunnersTables() {
    List<String> before = FlinkIt.jobIds(cluster);
    Path out = work.resolve("cluster-jar");
    FlinkIt.runJar(
        "cluster-jar",
        work.resolve("logs"),
        JOB_LIMIT,
        "--runner=FlinkRunner",
        "--flinkMaster=" + cluster.address,
        // All four slots of both TaskManagers.
        "--parallelism=4",
        "--input=" + input(),
        "--output=" + out);
    assertEquals(4, maxVertexParallelism(assertRanOnTheCluster(before)));
    FlinkIt.assertSameOutputs(direct, out);
  }

  @Test
  void flinkCliRunOfTheJarWritesTheDirectRunnersTables() {
    List<String> before = FlinkIt.jobIds(cluster);
    Path out = work.resolve("cluster-cli");
    FlinkIt.Result result =
        cluster
            .flinkCli(
                "cluster-cli",
                work.resolve("logs"),
                "run",
                "-m",
                cluster.address,
                // All four slots of both TaskManagers.
                "-p",
                "4",
                // Under `flink run` the job takes the CLI's configuration, so the job-level
                // shuffle setting the launcher adds elsewhere is given on the command line.
                "-D" + "execution.batch-shuffle-mode=ALL_EXCHANGES_HYBRID_FULL",
                FlinkIt.jar().toString(),
                "--runner=FlinkRunner",
                "--flinkMaster=[auto]",
                "--input=" + input(),
                "--output=" + out)
            .await(JOB_LIMIT);
    assertEquals(0, result.exitCode(), "flink run failed\n" + result.tail());
    JsonNode job = assertRanOnTheCluster(before);
    assertEquals(4, maxVertexParallelism(job), "parallelism of the CLI job " + job);
    FlinkIt.assertSameOutputs(direct, out);
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {1, 2, 4})
  void embeddedFlinkWritesTheDirectRunnersTables(int parallelism) {
    Path out = work.resolve("local-p" + parallelism);
    FlinkIt.runJar(
        "local-p" + parallelism,
        work.resolve("logs"),
        JOB_LIMIT,
        "--runner=FlinkRunner",
        "--flinkMaster=[local]",
        "--parallelism=" + parallelism,
        "--input=" + input(),
        "--output=" + out);
    FlinkIt.assertSameOutputs(direct, out);
  }

  /** The one job the cluster gained since `before` finished there; returns its details. */
  private static JsonNode assertRanOnTheCluster(List<String> before) {
    List<String> added = new ArrayList<>(FlinkIt.jobIds(cluster));
    added.removeAll(before);
    assertEquals(1, added.size(), "jobs the cluster gained: " + added);
    String jobId = added.get(0);
    // The overview can lag the client's result by a moment.
    return FlinkIt.await(
        "job " + jobId + " to be FINISHED",
        Duration.ofSeconds(30),
        () -> {
          JsonNode job = cluster.rest("/jobs/" + jobId);
          return "FINISHED".equals(job.path("state").asText()) ? Optional.of(job) : Optional.empty();
        });
  }

  private static int maxVertexParallelism(JsonNode job) {
    int max = 0;
    for (JsonNode vertex : job.path("vertices")) {
      max = Math.max(max, vertex.path("parallelism").asInt());
    }
    return max;
  }
}
