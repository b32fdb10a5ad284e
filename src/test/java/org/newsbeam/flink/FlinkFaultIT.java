package org.newsbeam.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * A job on the real cluster survives losing a TaskManager mid-flight (Flink restarts it on the
 * remaining and replacement TaskManagers) and still writes the DirectRunner's tables; a job that
 * ends badly on the cluster makes the submitting command fail with Flink's reason.
 */
@Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkFaultIT {
  /**
   * Copies of the sample archive. The loss is timed by the job's state (a TaskManager running its
   * subtasks), not by volume, so a modest copy count keeps the DirectRunner reference affordable.
   */
  static final int COPIES = Integer.getInteger("newsbeam.it.faultCopies", 10);

  private static final Duration JOB_LIMIT = Duration.ofMinutes(8);
  private static final Pattern URL_HOST = Pattern.compile("(https?://[A-Za-z0-9.-]+)/");

  private static Path work;
  private static Path archive;
  private static FlinkIt.Cluster cluster;
  private static Path direct;

  @BeforeAll
  static void prepare() {
    work = FlinkIt.workDir("FlinkFaultIT");
    archive = work.resolve("archive");
    int files = replicate(FlinkIt.sampleArchive(), archive, COPIES);
    assertTrue(files > COPIES, "replicated only " + files + " files");
    direct = work.resolve("direct");
    // The DirectRunner's element checks are costly on this volume: off, whatever the jar's default.
    FlinkIt.Child reference =
        FlinkIt.startJar(
            "direct",
            work.resolve("logs"),
            "--enforceImmutability=false",
            "--enforceEncodability=false",
            "--input=" + input(),
            "--output=" + direct);
    cluster = FlinkIt.startClusterBeside(reference, work.resolve("cluster"), JOB_LIMIT);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String input() {
    return archive + "/**";
  }

  @Test
  @Order(1)
  void jobSurvivesTheLossOfATaskManager() {
    List<String> before = FlinkIt.jobIds(cluster);
    Path out = work.resolve("cluster-fault");
    FlinkIt.Child submit = submit("cluster-fault", out);
    String jobId = awaitNewJob(before, submit);

    // Kill a TaskManager while it runs subtasks of the job, so the loss really hits the job.
    String victim = awaitTaskManagerRunning(jobId, submit);
    String number = victim.substring(victim.lastIndexOf('-') + 1);
    FlinkIt.Result kill = cluster.script("kill-taskmanager", number);
    assertEquals(0, kill.exitCode(), kill.tail());
    FlinkIt.Result replacement = cluster.script("start-taskmanager");
    assertEquals(0, replacement.exitCode(), replacement.tail() + "\n" + cluster.logs());

    FlinkIt.Result result = submit.await(JOB_LIMIT);
    assertEquals(0, result.exitCode(), "the job did not survive\n" + result.tail() + "\n" + cluster.logs());
    JsonNode job = cluster.rest("/jobs/" + jobId);
    assertEquals("FINISHED", job.path("state").asText(), job.toString());
    assertTrue(
        job.path("timestamps").path("RESTARTING").asLong() > 0,
        "the job never restarted, so the TaskManager loss was not exercised: " + job);
    FlinkIt.assertSameOutputs(direct, out);
  }

  @Test
  @Order(2)
  void cancelledJobFailsTheSubmittingCommandWithFlinksReason() {
    List<String> before = FlinkIt.jobIds(cluster);
    Path out = work.resolve("cluster-cancelled");
    FlinkIt.Child submit = submit("cluster-cancelled", out);
    String jobId = awaitNewJob(before, submit);
    FlinkIt.await(
        "job " + jobId + " to run",
        Duration.ofMinutes(2),
        () -> Optional.of(true).filter(x -> "RUNNING".equals(state(jobId))));
    FlinkIt.restPatch(cluster.restPort, "/jobs/" + jobId + "?mode=cancel");

    FlinkIt.Result result = submit.await(JOB_LIMIT);
    assertNotEquals(0, result.exitCode(), "a cancelled job must not exit 0\n" + result.tail());
    String stderr = result.err();
    assertTrue(
        stderr.contains("JobCancellationException") || stderr.toLowerCase(Locale.ROOT).contains("cancel"),
        "stderr does not say the job was cancelled\n" + result.tail());
    assertFalse(Files.exists(out.resolve("_SUCCESS")), "a cancelled run wrote _SUCCESS");
    assertEquals("CANCELED", state(jobId));
  }

  private static FlinkIt.Child submit(String name, Path out) {
    return new FlinkIt.Child(
        name,
        FlinkIt.jarCommand(
            "--runner=FlinkRunner",
            "--flinkMaster=" + cluster.address,
            "--parallelism=2",
            "--input=" + input(),
            "--output=" + out),
        work.resolve("logs"),
        java.util.Map.of());
  }

  private static String state(String jobId) {
    return cluster.rest("/jobs/" + jobId).path("state").asText();
  }

  private static String awaitNewJob(List<String> before, FlinkIt.Child submit) {
    return FlinkIt.await(
        "the cluster to receive the job",
        Duration.ofMinutes(3),
        () -> {
          failIfExited(submit);
          return FlinkIt.jobIds(cluster).stream().filter(id -> !before.contains(id)).findFirst();
        });
  }

  /** The resource id (taskmanager-N) of a TaskManager running subtasks of the job. */
  private static String awaitTaskManagerRunning(String jobId, FlinkIt.Child submit) {
    return FlinkIt.await(
        "a TaskManager running subtasks of " + jobId,
        Duration.ofMinutes(3),
        () -> {
          failIfExited(submit);
          for (JsonNode vertex : cluster.rest("/jobs/" + jobId).path("vertices")) {
            if (!"RUNNING".equals(vertex.path("status").asText())) {
              continue;
            }
            JsonNode perTm =
                cluster.rest("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/taskmanagers");
            for (JsonNode tm : perTm.path("taskmanagers")) {
              if (tm.path("status-counts").path("RUNNING").asInt() > 0) {
                String id = tm.path("taskmanager-id").asText();
                if (id.matches("taskmanager-\\d+")) {
                  return Optional.of(id);
                }
              }
            }
          }
          return Optional.empty();
        });
  }

  private static void failIfExited(FlinkIt.Child submit) {
    if (!submit.process.isAlive()) {
      FlinkIt.Result early = submit.await(Duration.ofSeconds(1));
      fail(submit.name + " ended (exit " + early.exitCode() + ") before the test could act\n" + early.tail());
    }
  }

  /**
   * Writes `copies` copies of the archive, each under copy-NNN/ and with every URL moved to a
   * copy-specific path, so the copies are distinct articles rather than duplicates of one.
   * Returns the number of files written.
   */
  static int replicate(Path source, Path target, int copies) {
    try (Stream<Path> walk = Files.walk(source)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      int written = 0;
      for (int copy = 1; copy <= copies; copy++) {
        String tag = String.format(Locale.ROOT, "copy-%03d", copy);
        for (Path file : files) {
          Path dest = target.resolve(tag).resolve(source.relativize(file).toString());
          Files.createDirectories(dest.getParent());
          copyWithUrls(file, dest, tag);
          written++;
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyWithUrls(Path from, Path to, String tag) throws IOException {
    String name = from.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String inner = gzip ? name.substring(0, name.length() - 3) : name;
    // WARC records carry lengths; rewriting them would corrupt the file, so they are copied as is.
    boolean text = inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".jsonl")
        || inner.endsWith(".json") || inner.endsWith(".txt");
    if (!text) {
      Files.copy(from, to);
      return;
    }
    byte[] raw;
    try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(from)) : Files.newInputStream(from)) {
      raw = in.readAllBytes();
    }
    // Latin-1 maps every byte to one char, so bytes outside the URLs survive whatever the charset.
    String content = new String(raw, StandardCharsets.ISO_8859_1);
    String moved = URL_HOST.matcher(content).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "/" + tag + "/"));
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(to)) : Files.newOutputStream(to)) {
      out.write(moved.getBytes(StandardCharsets.ISO_8859_1));
    }
  }
}
