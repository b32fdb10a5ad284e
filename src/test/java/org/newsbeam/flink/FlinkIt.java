package org.newsbeam.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared plumbing of the Flink integration tests: processes, the cluster script, REST, outputs. */
final class FlinkIt {
  private FlinkIt() {}

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Path projectDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath();
  }

  /** The shaded jar `mvn package` builds; failsafe runs after package, so it is there. */
  static Path jar() {
    Path jar = projectDir().resolve("target/newsbeam.jar");
    assertTrue(Files.isRegularFile(jar), "missing " + jar + ": run `mvn package` first");
    return jar;
  }

  static Path sampleArchive() {
    Path archive = projectDir().resolve("sample-data/archive");
    assertTrue(Files.isDirectory(archive), "missing sample archive " + archive);
    return archive;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // ---- processes ---------------------------------------------------------------------------

  /** A finished child process: exit code and where its output went. */
  record Result(int exitCode, Path stdout, Path stderr) {
    String out() {
      return read(stdout);
    }

    String err() {
      return read(stderr);
    }

    /** The last lines of both streams, for failure messages. */
    String tail() {
      return "---- stdout " + stdout + "\n" + lastLines(out(), 40)
          + "\n---- stderr " + stderr + "\n" + lastLines(err(), 80);
    }
  }

  /** A child process running in the background; its output goes to files under logDir. */
  static final class Child {
    final Process process;
    final Path stdout;
    final Path stderr;
    final String name;

    Child(String name, List<String> command, Path logDir, Map<String, String> env) {
      this.name = name;
      try {
        Files.createDirectories(logDir);
        stdout = logDir.resolve(name + ".out");
        stderr = logDir.resolve(name + ".err");
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(projectDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(env);
        Files.writeString(logDir.resolve(name + ".cmd"), String.join(" ", command) + "\n");
        process = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start " + command, e);
      }
    }

    /** Waits for the process; a hung process is killed and fails the test with its output. */
    Result await(Duration limit) {
      try {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          Result partial = new Result(-1, stdout, stderr);
          fail(name + " did not finish within " + limit + "\n" + partial.tail());
        }
        return new Result(process.exitValue(), stdout, stderr);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        throw new IllegalStateException("interrupted waiting for " + name, e);
      }
    }
  }

  static Result run(String name, List<String> command, Path logDir, Duration limit) {
    return new Child(name, command, logDir, Map.of()).await(limit);
  }

  /** `java -jar target/newsbeam.jar ARGS...`, expected to succeed. */
  static Result runJar(String name, Path logDir, Duration limit, String... args) {
    Result result = run(name, jarCommand(args), logDir, limit);
    assertEquals(0, result.exitCode(), name + " failed\n" + result.tail());
    return result;
  }

  /** `java -jar target/newsbeam.jar ARGS...` in the background. */
  static Child startJar(String name, Path logDir, String... args) {
    return new Child(name, jarCommand(args), logDir, Map.of());
  }

  /**
   * Starts the cluster while the DirectRunner reference run is under way: both take a while and
   * need not wait for each other.
   */
  static Cluster startClusterBeside(Child reference, Path clusterDir, Duration limit) {
    Cluster cluster;
    try {
      cluster = Cluster.start(clusterDir);
    } catch (Throwable t) {
      reference.process.descendants().forEach(ProcessHandle::destroyForcibly);
      reference.process.destroyForcibly();
      throw t;
    }
    Result result = reference.await(limit);
    if (result.exitCode() != 0) {
      cluster.close();
      fail(reference.name + " failed\n" + result.tail());
    }
    return cluster;
  }

  static List<String> jarCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    return command;
  }

  // ---- the cluster script ------------------------------------------------------------------

  /** One cluster started by scripts/flink-cluster.sh in its own directory. */
  static final class Cluster implements AutoCloseable {
    final Path dir;
    final String address;
    final int restPort;

    private Cluster(Path dir, String address) {
      this.dir = dir;
      this.address = address;
      this.restPort = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    static Cluster start(Path dir) {
      Result result = runScript("start", dir, "start", dir.toString());
      if (result.exitCode() != 0) {
        String logs = runScript("logs", dir, "logs", dir.toString()).out();
        runScript("stop", dir, "stop", dir.toString());
        fail("the Flink cluster did not come up\n" + result.tail() + "\n" + logs);
      }
      List<String> lines = result.out().lines().filter(l -> !l.isBlank()).toList();
      assertTrue(!lines.isEmpty(), "start printed no address\n" + result.tail());
      String address = lines.get(lines.size() - 1).trim();
      assertTrue(address.matches("localhost:\\d+"), "unexpected address " + address);
      return new Cluster(dir, address);
    }

    Result script(String... args) {
      List<String> all = new ArrayList<>(List.of(args));
      if (args[0].equals("kill-taskmanager")) {
        all.add(dir.toString());
      } else {
        all.add(1, dir.toString());
      }
      return runScript(String.join("-", args), dir, all.toArray(String[]::new));
    }

    /** Flink's CLI (`flink ARGS...`) pointed at this cluster's configuration. */
    Child flinkCli(String name, Path logDir, String... args) {
      List<String> command = new ArrayList<>(scriptCommand("flink", dir.toString(), "--"));
      command.addAll(List.of(args));
      return new Child(name, command, logDir, scriptEnv(dir));
    }

    String logs() {
      return script("logs").out();
    }

    JsonNode rest(String path) {
      return FlinkIt.rest(restPort, path);
    }

    @Override
    public void close() {
      Result stop = script("stop");
      assertEquals(0, stop.exitCode(), "stopping the cluster failed\n" + stop.tail());
    }
  }

  static List<String> scriptCommand(String... args) {
    List<String> command =
        new ArrayList<>(List.of("bash", projectDir().resolve("scripts/flink-cluster.sh").toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** All test clusters share one resolved classpath, so Maven runs once per build. */
  static Map<String, String> scriptEnv(Path dir) {
    return Map.of(
        "FLINK_CLASSPATH_CACHE",
        projectDir().resolve("target/flink-it/classpath.txt").toString(),
        "JAVA",
        java());
  }

  static Result runScript(String name, Path dir, String... args) {
    return new Child("script-" + name, scriptCommand(args), dir.resolve("script-logs"), scriptEnv(dir))
        .await(Duration.ofMinutes(4));
  }

  // ---- REST --------------------------------------------------------------------------------

  static JsonNode rest(int port, String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " -> " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void restPatch(int port, String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .method("PATCH", HttpRequest.BodyPublishers.noBody())
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(response.statusCode() / 100 == 2, "PATCH " + path + " -> " + response.statusCode());
    } catch (IOException e) {
      throw new UncheckedIOException("PATCH " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls until the supplier yields a value; fails with the description at the deadline. */
  static <T> T await(String what, Duration limit, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(limit);
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (Instant.now().isAfter(deadline)) {
        fail("gave up after " + limit + " waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static List<String> jobIds(Cluster cluster) {
    List<String> ids = new ArrayList<>();
    cluster.rest("/jobs/overview").path("jobs").forEach(j -> ids.add(j.path("jid").asText()));
    return ids;
  }

  // ---- outputs -----------------------------------------------------------------------------

  /**
   * Asserts that actual holds the same CSV files as expected, row for row, and the same counters
   * in run_summary.json. Options and timings in the summary may differ between runners.
   */
  static void assertSameOutputs(Path expected, Path actual) {
    assertTrue(Files.isRegularFile(actual.resolve("_SUCCESS")), "no _SUCCESS in " + actual);
    TreeSet<String> expectedCsv = csvNames(expected);
    assertTrue(!expectedCsv.isEmpty(), "the reference run wrote no CSV in " + expected);
    assertEquals(expectedCsv, csvNames(actual), "CSV files of " + actual);
    for (String name : expectedCsv) {
      List<String> want = lines(expected.resolve(name));
      List<String> got = lines(actual.resolve(name));
      if (!want.equals(got)) {
        String hint =
            new TreeSet<>(want).equals(new TreeSet<>(got)) && want.size() == got.size()
                ? " (same rows, different order)"
                : firstDifference(want, got);
        fail(actual.resolve(name) + " differs from " + expected.resolve(name) + hint);
      }
    }
    Path wantSummary = expected.resolve("run_summary.json");
    Path gotSummary = actual.resolve("run_summary.json");
    if (Files.exists(wantSummary)) {
      assertTrue(Files.exists(gotSummary), "no run_summary.json in " + actual);
      // Options and timings differ by runner; the data counts must not.
      for (String part : List.of("counters", "skipped_by_kind")) {
        JsonNode want = readJson(wantSummary).path(part);
        JsonNode got = readJson(gotSummary).path(part);
        assertEquals(want, got, part + " of " + gotSummary);
      }
    }
  }

  private static String firstDifference(List<String> want, List<String> got) {
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end>";
      String g = i < got.size() ? got.get(i) : "<end>";
      if (!w.equals(g)) {
        return ": " + want.size() + " vs " + got.size() + " rows; row " + (i + 1)
            + " expected [" + w + "] but was [" + g + "]";
      }
    }
    return "";
  }

  static TreeSet<String> csvNames(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Row counts of every CSV, to show that a comparison was not between empty files. */
  static Map<String, Integer> rowCounts(Path dir) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String name : csvNames(dir)) {
      counts.put(name, lines(dir.resolve(name)).size());
    }
    return counts;
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String lastLines(String text, int n) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  /** A per-test-class directory under target/flink-it, emptied first. */
  static Path workDir(String name) {
    Path dir = projectDir().resolve("target/flink-it").resolve(name);
    Path leftover = dir.resolve("cluster");
    if (Files.exists(leftover.resolve("pids"))) {
      // A cluster an aborted earlier run left behind: stop it before its folder goes.
      runScript("stop-leftover", leftover, "stop", leftover.toString());
    }
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
