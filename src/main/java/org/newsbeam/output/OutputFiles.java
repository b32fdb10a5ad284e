package org.newsbeam.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Output files through Beam's filesystems (local, or any registered one), written atomically. */
public final class OutputFiles {
  private OutputFiles() {}

  public static ResourceId dir(String outputDir) {
    return FileSystems.matchNewResource(outputDir.endsWith("/") ? outputDir : outputDir + "/", true);
  }

  public static ResourceId file(String outputDir, String name) {
    return dir(outputDir).resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  /** Reads a whole output file as UTF-8 text, through whichever filesystem holds it. */
  public static String read(String outputDir, String name) throws IOException {
    try (java.io.InputStream in = Channels.newInputStream(FileSystems.open(file(outputDir, name)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Whether an output file exists, through whichever filesystem holds the folder. */
  public static boolean exists(String outputDir, String name) throws IOException {
    var m = FileSystems.match(file(outputDir, name).toString(), org.apache.beam.sdk.io.fs.EmptyMatchTreatment.ALLOW);
    return m.status() == org.apache.beam.sdk.io.fs.MatchResult.Status.OK && !m.metadata().isEmpty();
  }

  /** Opens an output file for reading as UTF-8 text, so a large table can be streamed. */
  public static java.io.Reader open(String outputDir, String name) throws IOException {
    return new java.io.BufferedReader(
        new java.io.InputStreamReader(Channels.newInputStream(FileSystems.open(file(outputDir, name))), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** Writes lines (each followed by "\n") under a temporary name, then renames into place. */
  public static String writeAtomically(String outputDir, String name, List<String> lines) throws IOException {
    return writeAtomically(outputDir, name, lines.iterator());
  }

  /** As above, for lines that are read as they are written (a merge of sorted runs). */
  public static String writeAtomically(String outputDir, String name, java.util.Iterator<String> lines)
      throws IOException {
    ResourceId target = file(outputDir, name);
    ResourceId temp = file(outputDir, ".tmp-" + name + "-" + UUID.randomUUID());
    try (WritableByteChannel ch = FileSystems.create(temp, "text/plain");
        OutputStream os = Channels.newOutputStream(ch)) {
      byte[] nl = {'\n'};
      OutputStream buffered = new java.io.BufferedOutputStream(os, 1 << 16);
      while (lines.hasNext()) {
        buffered.write(lines.next().getBytes(StandardCharsets.UTF_8));
        buffered.write(nl);
      }
      buffered.flush();
    }
    FileSystems.rename(List.of(temp), List.of(target), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    return target.toString();
  }
}
