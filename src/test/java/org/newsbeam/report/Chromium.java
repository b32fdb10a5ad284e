package org.newsbeam.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium}, which .ci/run installs) opening a page from disk,
 * as a reader's browser would: its DOM after the scripts ran, or a screenshot.
 */
public final class Chromium {
  private Chromium() {}

  public record Page(String dom, long millis) {}

  /** $CHROMIUM, else the first of the usual names on the PATH. */
  static Path binary() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Paths.get(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    throw new AssertionError("the report tests open report.html in headless Chromium, and none is installed: "
        + "apt-get install chromium (Debian), or set CHROMIUM to a Chrome or Chromium binary");
  }

  /** The page's DOM once it has loaded and its scripts have run, and how long that took. */
  public static Page dumpDom(Path html) throws IOException, InterruptedException {
    Path out = Files.createTempFile("chromium-dom", ".html");
    try {
      long start = System.nanoTime();
      run(html, out, "--window-size=1400,1000", "--dump-dom");
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Page(Files.readString(out, StandardCharsets.UTF_8), millis);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** A screenshot of the top {@code height} pixels of the page at a desktop width. */
  public static void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(html, null, "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath());
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new AssertionError("chromium wrote no screenshot " + png);
    }
  }

  private static void run(Path html, Path stdout, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--disable-gpu", "--no-sandbox",
          "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile));
      cmd.addAll(List.of(args));
      cmd.add(html.toAbsolutePath().toUri().toString());
      Path err = Files.createTempFile("chromium-err", ".txt");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
      pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
      Process p = pb.start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish in 3 minutes: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("chromium exited " + p.exitValue() + ": " + Files.readString(err));
      }
      Files.deleteIfExists(err);
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
