package org.newsbeam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Job-level Flink settings that let newsbeam run on a cluster with Flink's stock configuration.
 *
 * <p>Beam's DataSet translation of a batch job makes every exchange blocking or pipelined as
 * Flink's optimiser decides, and Flink 1.19 serves each blocking result with a sort shuffle that
 * reserves 512 network buffers (16 MB) per partition: a TaskManager with the default 128 MB of
 * network memory cannot hold the dozen exchanges of a newsbeam job at once ("Insufficient number
 * of network buffers"). The job is translated with the DataStream API instead, in batch mode,
 * with hybrid shuffles: data goes downstream through memory while the consumer runs and spills
 * to disk otherwise, with a handful of buffers per partition. "Full" hybrid keeps every result
 * on disk, so a lost TaskManager is recovered by rerunning its region only.
 *
 * <p>Only submissions to a cluster get them: the embedded Flink ({@code [local]}) is sized by Beam.
 * Both settings are defaults: a user who names {@code --useDataStreamForBatch} or whose
 * {@code --flinkConfDir} sets {@value #SHUFFLE_KEY} keeps theirs.
 */
final class FlinkJobSettings {
  private FlinkJobSettings() {}

  static final String SHUFFLE_KEY = "execution.batch-shuffle-mode";
  static final String SHUFFLE_MODE = "ALL_EXCHANGES_HYBRID_FULL";
  /** The two names Flink 1.19 reads a configuration from, the newer first. */
  private static final List<String> CONF_FILES = List.of("config.yaml", "flink-conf.yaml");

  /** Sets the defaults on FlinkRunner options; leaves other runners' options alone. */
  static void apply(PipelineOptions options, boolean userChoseTranslation) throws IOException {
    if (!options.getRunner().getSimpleName().equals("FlinkRunner")) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    String master = flink.getFlinkMaster();
    if (isEmbedded(master)) {
      // Beam sizes the embedded cluster's network memory itself; the DataSet translation runs
      // there in half the CPU time of the DataStream one.
      return;
    }
    if (!master.equals("[auto]")) {
      checkReachable(master);
    }
    if (!userChoseTranslation) {
      flink.setUseDataStreamForBatch(true);
    }
    String base = flink.getFlinkConfDir();
    if (base == null || base.isBlank()) {
      base = System.getenv("FLINK_CONF_DIR");
    }
    Path conf = withShuffleMode(base == null || base.isBlank() ? null : Paths.get(base));
    if (conf != null) {
      flink.setFlinkConfDir(conf.toString());
    }
  }

  /**
   * Whether the job runs in a Flink inside this process: [local] and [collection] always,
   * [auto] unless the jar was started by Flink's CLI ({@code flink run}), which hands the job
   * its cluster through a context environment.
   */
  static boolean isEmbedded(String master) {
    if (master == null || master.isBlank() || master.equals("[local]") || master.equals("[collection]")) {
      return true;
    }
    return master.equals("[auto]") && !startedByFlinkCli();
  }

  static boolean startedByFlinkCli() {
    return !(org.apache.flink.api.java.ExecutionEnvironment.getExecutionEnvironment()
        instanceof org.apache.flink.api.java.LocalEnvironment);
  }

  /** HOST:PORT of the cluster a FlinkRunner job is submitted to, or null (other runners, embedded, [auto]). */
  static String clusterMaster(PipelineOptions options) {
    if (!options.getRunner().getSimpleName().equals("FlinkRunner")) {
      return null;
    }
    String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
    return master == null || master.startsWith("[") ? null : master;
  }

  /** What the console says about where a FlinkRunner job runs. */
  static String describe(PipelineOptions options) {
    String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
    if (isEmbedded(master)) {
      return "Flink: an embedded cluster in this process (give --flinkMaster=HOST:PORT for a cluster)";
    }
    return master.equals("[auto]") ? "Flink: the cluster of `flink run`" : "Flink: the cluster at " + master;
  }

  /**
   * Fails within seconds when nothing answers at the master's REST address; Flink's client would
   * otherwise retry for minutes before it gives up.
   */
  static void checkReachable(String master) {
    String hostPort = master.replaceFirst("^https?://", "");
    int colon = hostPort.lastIndexOf(':');
    String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
    int port;
    try {
      port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1).replaceAll("/.*$", "")) : 8081;
    } catch (NumberFormatException e) {
      throw new UsageException("--flinkMaster=" + master + " is not HOST:PORT, [local] or [auto]");
    }
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(host, port), 5_000);
    } catch (IOException e) {
      throw new UsageException("no Flink cluster answers at --flinkMaster=" + master + " (tried " + host + ":" + port
          + ": " + e.getMessage() + "); is the cluster up, and is that its REST port?");
    }
  }

  /**
   * A configuration folder that is the user's (if any) plus the shuffle mode, or null when the
   * user's configuration already sets one.
   */
  static Path withShuffleMode(Path userDir) throws IOException {
    String name = CONF_FILES.get(0);
    String text = "";
    if (userDir != null) {
      for (String candidate : CONF_FILES) {
        Path f = userDir.resolve(candidate);
        if (Files.isRegularFile(f)) {
          name = candidate;
          text = Files.readString(f, StandardCharsets.UTF_8);
          break;
        }
      }
    }
    if (setsShuffleMode(text)) {
      return null;
    }
    Path dir = Files.createTempDirectory("newsbeam-flink-conf");
    Path file = dir.resolve(name);
    String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    Files.writeString(file, text + sep
        + "# added by newsbeam: hybrid shuffles fit Flink's stock network memory\n"
        + SHUFFLE_KEY + ": " + SHUFFLE_MODE + "\n", StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return dir;
  }

  /** Whether a configuration text sets the shuffle mode on a line of its own, flat or nested. */
  static boolean setsShuffleMode(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.startsWith(SHUFFLE_KEY + ":") || t.startsWith("batch-shuffle-mode:")) {
        return true;
      }
    }
    return false;
  }
}
