package org.newsbeam.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a study was loaded from, for the run's provenance: a folder (its absolute path) or the
 * copy built into the jar ({@code built-in:NAME}), and a SHA-256 over its files' bytes, so two
 * runs can tell whether they used the same dictionary and lexicon.
 *
 * @param name the study's name
 * @param folder the folder it was read from, or null for the built-in copy
 */
public record StudyOrigin(String name, Path folder) {
  /** The files a study consists of, in the order they are hashed. */
  public static final List<String> FILES =
      List.of(StudyLoader.STUDY_FILE, StudyLoader.ACTORS_FILE, StudyLoader.EVENTS_FILE);

  public boolean builtIn() {
    return folder == null;
  }

  /** The absolute folder, or "built-in:NAME". */
  public String path() {
    return builtIn() ? "built-in:" + name : folder.toString();
  }

  /**
   * SHA-256 over the study's files: for each of {@link #FILES}, its name, a newline, its length
   * in bytes (or "-" when missing), a newline and its bytes. The same files give the same hash
   * whether read from a folder or from the jar.
   */
  public String sha256() {
    return hashOf(this::bytesOf);
  }

  /** The same hash over a folder holding a study (e.g. one not used by the run). */
  public static String sha256Of(Path folder) {
    return new StudyOrigin(folder.getFileName().toString(), folder.toAbsolutePath().normalize()).sha256();
  }

  interface Reader {
    byte[] read(String file) throws IOException;
  }

  String hashOf(Reader reader) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String f : FILES) {
        byte[] b = reader.read(f);
        md.update((f + "\n" + (b == null ? "-" : Integer.toString(b.length)) + "\n").getBytes(StandardCharsets.UTF_8));
        if (b != null) {
          md.update(b);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new StudyException("cannot hash the study " + path() + ": " + e.getMessage(), e);
    }
  }

  private byte[] bytesOf(String file) throws IOException {
    if (!builtIn()) {
      Path p = folder.resolve(file);
      return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    }
    try (InputStream in = StudyLoader.resource(name + "/" + file)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
