package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/newsbeam on a small jar of its own: the class-data archive is written by the first run,
 * used by the next, made anew for a changed jar, and never written by a failed run or a help.
 */
class LauncherScriptTest {
  @TempDir Path dir;

  /** A jar whose main prints its arguments and exits with the number given as the first one. */
  private Path jar(String greeting) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Hello.java"),
        "public class Hello { public static void main(String[] a) {"
            + " boolean quick = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()"
            + ".contains(\"-XX:TieredStopAtLevel=1\");"
            + " System.out.println(\"" + greeting + " \" + String.join(\" \", a) + (quick ? \" (C1)\" : \"\"));"
            + " System.exit(a.length > 0 && a[0].matches(\"[0-9]+\") ? Integer.parseInt(a[0]) : 0); } }");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    int compiled = ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), src.resolve("Hello.java").toString());
    assertEquals(0, compiled);
    Path jar = dir.resolve("lib/newsbeam.jar");
    Files.createDirectories(jar.getParent());
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
      j.putNextEntry(new JarEntry("Hello.class"));
      j.write(Files.readAllBytes(classes.resolve("Hello.class")));
      j.closeEntry();
    }
    return jar;
  }

  private record Result(int code, String out) {}

  private Result launch(Path jar, String... args) throws Exception {
    return launchWithJit(jar, null, args);
  }

  private Result launchWithJit(Path jar, String jit, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", Paths.get("bin/newsbeam").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("NEWSBEAM_JAR", jar.toString());
    pb.environment().remove("NEWSBEAM_CDS");
    pb.environment().remove("NEWSBEAM_JAVA_OPTS");
    if (jit == null) {
      pb.environment().remove("NEWSBEAM_JIT");
    } else {
      pb.environment().put("NEWSBEAM_JIT", jit);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  @Test
  void firstRunWritesTheArchiveTheNextUsesItAChangedJarGetsANewOne() throws Exception {
    Path jar = jar("hello");
    Path archive = jar.resolveSibling("newsbeam.jsa");
    Path stamp = jar.resolveSibling("newsbeam.jsa.stamp");

    Result help = launch(jar, "--help");
    assertEquals(0, help.code());
    assertEquals("hello --help", help.out().strip());
    assertFalse(Files.exists(archive), "a help writes no archive");

    Result failed = launch(jar, "3", "--input=x");
    assertEquals(3, failed.code(), "the launcher passes the run's exit code on");
    assertFalse(Files.exists(archive), "a failed run writes no archive");

    Result first = launch(jar, "--input=x");
    assertEquals(0, first.code());
    assertEquals("hello --input=x", first.out().strip());
    assertTrue(Files.size(archive) > 0, "the first good run writes the archive");
    String firstStamp = Files.readString(stamp);
    try (var left = Files.list(jar.getParent())) {
      assertEquals(3, left.count(), "jar, archive and stamp; no temporary file left");
    }

    Result second = launch(jar, "--input=y");
    assertEquals(0, second.code());
    assertEquals("hello --input=y", second.out().strip(), "the archive adds nothing to the console");
    assertEquals(firstStamp, Files.readString(stamp));

    java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(jar);
    jar("hello again");
    // a rebuild is seconds later at least
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(built.toMillis() + 5_000));
    Result rebuilt = launch(jar, "--input=z");
    assertEquals("hello again --input=z", rebuilt.out().strip());
    assertNotEquals(firstStamp, Files.readString(stamp), "a rebuilt jar gets its own archive");
  }

  @Test
  void onlyASmallLocalInputRunsWithTheQuickCompilerAlone() throws Exception {
    Path jar = jar("hi");
    Path small = dir.resolve("small");
    Files.createDirectories(small.resolve("site"));
    Files.writeString(small.resolve("site/a.html"), "<html><p>A short page.</p></html>");
    Path large = dir.resolve("large");
    Files.createDirectories(large);
    try (var f = new java.io.RandomAccessFile(large.resolve("feed.jsonl").toFile(), "rw")) {
      f.setLength(520_000_000); // sparse: past the 512 MB limit without writing it
    }
    assertEquals("hi --input=" + small + " (C1)", launch(jar, "--input=" + small).out().strip());
    assertEquals("hi --input=" + small + "/**/*.html (C1)", launch(jar, "--input=" + small + "/**/*.html").out().strip());
    assertEquals("hi --input=" + small + "," + large, launch(jar, "--input=" + small + "," + large).out().strip());
    Path middling = dir.resolve("middling");
    Files.createDirectories(middling);
    try (var f = new java.io.RandomAccessFile(middling.resolve("feed.jsonl").toFile(), "rw")) {
      f.setLength(100_000_000); // sparse: under the DirectRunner's limit, over Flink's
    }
    assertEquals("hi --input=" + middling + " (C1)", launch(jar, "--input=" + middling).out().strip());
    assertEquals("hi --input=" + middling + " --runner=FlinkRunner",
        launch(jar, "--input=" + middling, "--runner=FlinkRunner").out().strip());
    assertEquals("hi --runner=DirectRunner --input=" + middling + " (C1)",
        launch(jar, "--runner=DirectRunner", "--input=" + middling).out().strip());
    Path manyPages = dir.resolve("many");
    Files.createDirectories(manyPages);
    for (int i = 0; i < 20_000; i++) {
      Files.createFile(manyPages.resolve(i + ".html")); // a long run in few bytes
    }
    assertEquals("hi --input=" + manyPages, launch(jar, "--input=" + manyPages).out().strip());
    assertEquals("hi --input=gs://bucket/news", launch(jar, "--input=gs://bucket/news").out().strip());
    assertEquals("hi --input=" + small, launchWithJit(jar, "full", "--input=" + small).out().strip());
    assertEquals("hi check --pipeline=x", launch(jar, "check", "--pipeline=x").out().strip());
  }
}
