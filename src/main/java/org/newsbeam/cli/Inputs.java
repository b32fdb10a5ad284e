package org.newsbeam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.newsbeam.ingest.InputListing;
import org.newsbeam.ingest.ListingFile;

/** The run's {@code --input}: checked before the run, then listed into the staging folder. */
final class Inputs {
  private Inputs() {}

  /**
   * Comma-separated globs or folders; each must match at least one file. Local paths are listed by
   * {@link InputListing} (a missing path fails at once; links followed once), others by Beam.
   */
  static List<String> patterns(String input, String output) {
    List<String> out = new ArrayList<>();
    for (String raw : input.split(",")) {
      String s = raw.trim();
      if (s.isEmpty()) {
        continue;
      }
      s = RunCommand.absolute(s);
      if (!s.contains("://")) {
        if (!InputListing.isGlob(s) && Files.isDirectory(Paths.get(s))) {
          s = s.endsWith("/") ? s + "**" : s + "/**";
        }
        if (firstEntry(raw.trim(), s, output) == null) {
          throw new UsageException("no file matches --input " + raw.trim());
        }
        out.add(s);
        continue;
      }
      MatchResult m;
      try {
        m = FileSystems.match(s, EmptyMatchTreatment.ALLOW);
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("cannot list --input " + raw.trim() + ": " + e.getMessage());
      }
      try {
        if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
          throw new UsageException("no file matches --input " + raw.trim());
        }
      } catch (IOException e) {
        throw new UsageException("no file matches --input " + raw.trim() + ": " + e.getMessage());
      }
      out.add(s);
    }
    if (out.isEmpty()) {
      throw new UsageException("--input is empty");
    }
    return out;
  }

  /** The first entry a local pattern lists, or null; stops the walk there. */
  private static String firstEntry(String raw, String pattern, String output) {
    final class Found extends RuntimeException {
      final String path;

      Found(String path) {
        super(null, null, false, false);
        this.path = path;
      }
    }
    try {
      InputListing.list(pattern, excluded(output), new InputListing.Sink() {
        @Override
        public void file(String path) {
          throw new Found(path);
        }

        @Override
        public void skipped(String path, String reason) {
          throw new Found(path);
        }
      });
      return null;
    } catch (Found f) {
      return f.path;
    } catch (InputListing.Missing e) {
      throw new UsageException("no file matches --input " + raw + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot list --input " + pattern + ": " + e.getMessage());
    }
  }

  /** The run's own output folder is never read back as input. */
  private static Set<Path> excluded(String output) {
    if (output.contains("://")) {
      return Set.of();
    }
    try {
      return Set.of(Paths.get(output).toRealPath());
    } catch (IOException e) {
      return Set.of(); // not there yet: nothing of it to read
    }
  }

  /** Lists every local pattern into the staging folder; "" when an input is remote (Beam matches those). */
  static String writeListing(List<String> patterns, String output, Path staging) {
    for (String p : patterns) {
      if (p.contains("://")) {
        return "";
      }
    }
    Path file = staging.resolve(".listing");
    Set<Path> exclude = excluded(output);
    try (java.io.BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String p : patterns) {
        InputListing.list(p, exclude, new InputListing.Sink() {
          @Override
          public void file(String path) {
            write(ListingFile.fileLine(path));
          }

          @Override
          public void skipped(String path, String reason) {
            write(ListingFile.skippedLine(path, reason));
          }

          private void write(String line) {
            try {
              w.write(line);
              w.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UsageException("cannot list --input: " + e.getMessage());
    } catch (InputListing.Missing e) {
      throw new UsageException("no file matches --input: " + e.getMessage());
    }
    return file.toString();
  }

}
