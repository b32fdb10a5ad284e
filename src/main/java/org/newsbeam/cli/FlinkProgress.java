package org.newsbeam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Progress of a job on a Flink cluster. Beam's FlinkRunner blocks in {@code run()} until a batch
 * job ends, so the launcher cannot ask the result for metrics on the way; this thread asks the
 * cluster's REST API instead, every ten seconds: the job (found by its unique name), how many of
 * its steps have finished, which run now, and the records the reading step has emitted.
 */
final class FlinkProgress implements AutoCloseable {
  static final Duration EVERY = Duration.ofSeconds(10);

  private final String base;
  private final String jobName;
  private final PrintStream out;
  private final long startNanos;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final Thread thread;
  private volatile boolean stopped;
  private volatile String jobId;

  private FlinkProgress(String master, String jobName, PrintStream out, long startNanos) {
    this.base = "http://" + master.replaceFirst("^https?://", "").replaceAll("/+$", "");
    this.jobName = jobName;
    this.out = out;
    this.startNanos = startNanos;
    this.thread = new Thread(this::loop, "newsbeam-flink-progress");
    this.thread.setDaemon(true);
  }

  /** Starts reporting for a job submitted to {@code master} (HOST:PORT). */
  static FlinkProgress start(String master, String jobName, PrintStream out, long startNanos) {
    FlinkProgress p = new FlinkProgress(master, jobName, out, startNanos);
    p.thread.start();
    return p;
  }

  private void loop() {
    while (!stopped) {
      try {
        Thread.sleep(EVERY.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (stopped) {
        return;
      }
      try {
        String line = poll();
        if (line != null) {
          out.println(line);
        }
      } catch (Exception e) {
        // progress is a courtesy: a cluster that does not answer leaves the run alone
      }
    }
  }

  /** The job's id on the cluster once it showed there, else null. */
  String jobId() {
    return jobId;
  }

  /** One progress line, or null before the job shows on the cluster. */
  String poll() throws Exception {
    if (jobId == null) {
      for (JsonNode job : get("/jobs/overview").path("jobs")) {
        if (jobName.equals(job.path("name").asText())) {
          jobId = job.path("jid").asText();
        }
      }
      if (jobId == null) {
        return null;
      }
    }
    return describe(get("/jobs/" + jobId), (System.nanoTime() - startNanos) / 1e9);
  }

  /** The line for a job's details as /jobs/ID returns them. */
  static String describe(JsonNode job, double seconds) {
    int total = 0;
    int finished = 0;
    long read = 0;
    List<String> running = new ArrayList<>();
    for (JsonNode v : job.path("vertices")) {
      total++;
      String status = v.path("status").asText();
      String name = v.path("name").asText();
      if (status.equals("FINISHED")) {
        finished++;
      } else if (status.equals("RUNNING")) {
        running.add(shortName(name));
      }
      if (name.contains("Read archive")) {
        read = Math.max(read, v.path("metrics").path("write-records").asLong());
      }
    }
    return String.format(Locale.ROOT, "progress: %.0f s on Flink (%s), %d of %d steps finished, %d records read%s",
        seconds, job.path("state").asText().toLowerCase(Locale.ROOT), finished, total, read,
        running.isEmpty() ? "" : "; running: " + String.join(", ", running.subList(0, Math.min(3, running.size())))
            + (running.size() > 3 ? " and " + (running.size() - 3) + " more" : ""));
  }

  /** "Read archive/Read and analyse/ParMultiDo(...) -> ..." reads as "Read archive". */
  static String shortName(String vertexName) {
    String first = vertexName.split(" -> ")[0].replaceFirst("^[A-Za-z]+: ", "").strip();
    int slash = first.indexOf('/');
    String s = slash > 0 ? first.substring(0, slash) : first;
    s = s.replaceAll("\\s*\\(.*$", "").strip();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return json.readTree(r.body());
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
  }
}
