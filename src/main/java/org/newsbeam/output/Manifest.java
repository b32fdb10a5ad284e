package org.newsbeam.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value #FILE}: the files a newsbeam run published in its output folder, each with its SHA-256.
 * It is how the next run knows which files are a previous run's (and may be replaced) and which
 * are the user's (never touched without {@code --overwrite}). {@code complete} is false while a
 * run is being published, so a publish cut short is still recognised as newsbeam's.
 */
public record Manifest(Map<String, String> files, boolean complete) {
  public static final String FILE = "newsbeam_manifest.json";
  static final String TEMP = ".tmp-" + FILE;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    files = Map.copyOf(files);
  }

  /** The folder's manifest, or null when it has none (or one that is not ours). */
  public static Manifest read(Path dir) throws IOException {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.path("files").isObject()) {
      return null;
    }
    Map<String, String> files = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      // a name that leaves the folder is never ours to replace
      if (safeName(e.getKey())) {
        files.put(e.getKey(), e.getValue().path("sha256").asText(""));
      }
    }
    return new Manifest(files, root.path("complete").asBoolean(false));
  }

  /** Whether a top-level entry of the folder is a file (or the folder of files) this manifest names. */
  boolean namesTopLevel(String entry) {
    for (String name : files.keySet()) {
      if (name.equals(entry) || name.startsWith(entry + "/")) {
        return true;
      }
    }
    return false;
  }

  static boolean safeName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds files written into a finished run's folder after the run (the {@code report} command's)
   * to its manifest, so the next run into the folder replaces them like the run's own. A folder
   * without a manifest (a run of an older newsbeam) is left as it is.
   */
  public static void addFiles(Path dir, List<String> names) throws IOException {
    Manifest m = read(dir);
    if (m == null) {
      return;
    }
    Map<String, String> files = new TreeMap<>(m.files());
    for (String name : names) {
      if (safeName(name) && Files.isRegularFile(dir.resolve(name))) {
        files.put(name, sha256(dir.resolve(name)));
      }
    }
    new Manifest(files, m.complete()).write(dir);
  }

  /** Writes the manifest under a temporary name and renames it into place. */
  void write(Path dir) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("written_by", "newsbeam");
    root.put("complete", complete);
    ObjectNode list = root.putObject("files");
    new TreeMap<>(files).forEach((name, hash) -> list.putObject(name).put("sha256", hash));
    Path temp = dir.resolve(TEMP);
    Files.writeString(temp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
