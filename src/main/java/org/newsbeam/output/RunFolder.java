package org.newsbeam.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A run's output folder on a local filesystem, from the checks before the run to publishing its
 * files:
 *
 * <ul>
 *   <li>an exclusive lock ({@value #LOCK}, an OS file lock, freed when the process ends however it
 *       ends): a second run into the same folder fails at once;
 *   <li>the run writes into a staging folder of its own inside the output folder (tables, spill
 *       files, summary, anything else); a failed run's staging folder is removed, and a killed
 *       run's is removed by the next run;
 *   <li>publishing moves every staged file into place, replaces only files the previous run's
 *       {@link Manifest} names, writes the new manifest, and moves {@value #SUCCESS} in last: the
 *       folder holds one complete run, or no {@value #SUCCESS};
 *   <li>a previous run is recognised by its manifest only: files no manifest names are the user's,
 *       and the run refuses the folder unless {@code --overwrite} (they are then left alone).
 * </ul>
 */
public final class RunFolder implements AutoCloseable {
  public static final String SUCCESS = "_SUCCESS";
  public static final String LOCK = ".newsbeam.lock";
  static final String STAGING_PREFIX = ".newsbeam-run-";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path staging;

  private RunFolder(Path dir, FileChannel lockChannel, FileLock lock, Path staging) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.staging = staging;
  }

  /** The folder cannot be used as asked; the message says why and what to do. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * Checks the folder, takes its lock, removes leftovers of killed runs and makes this run's
   * staging folder. Nothing of a previous run is touched.
   */
  public static RunFolder open(Path dir, boolean overwrite) {
    String shown = dir.toString();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Refused("--output " + shown + " is a file, not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new Refused("--output " + shown + " cannot be created: " + e.getMessage());
    }
    if (!Files.isWritable(dir)) {
      throw new Refused("--output " + shown + " is not writable");
    }
    FileChannel channel;
    FileLock lock;
    try {
      channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new Refused("--output " + shown + " is not writable: " + e.getMessage());
    }
    try {
      lock = channel.tryLock();
    } catch (IOException | OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = holder(channel);
      close(channel);
      throw new Refused("--output " + shown + " is in use by another newsbeam run" + holder
          + "; wait for it to end or choose another folder");
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n")
          .getBytes(StandardCharsets.UTF_8)), 0);
      checkContents(dir, overwrite);
      removeLeftovers(dir);
      Path staging = dir.resolve(STAGING_PREFIX + UUID.randomUUID());
      Files.createDirectory(staging);
      return new RunFolder(dir, channel, lock, staging);
    } catch (IOException | RuntimeException e) {
      release(lock, channel);
      if (e instanceof Refused r) {
        throw r;
      }
      throw new Refused("--output " + shown + " is not writable: " + e.getMessage());
    }
  }

  /** Where this run writes everything it publishes (and its spill files, under dot names). */
  public Path staging() {
    return staging;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Moves the staged run into place: the previous {@value #SUCCESS} goes first, then each staged
   * file (names starting with '.' are the run's own temporary files and stay behind), then files
   * the previous manifest named that this run did not write are removed, the manifest is written,
   * and {@value #SUCCESS} (if staged) comes last.
   *
   * @return the names published, the manifest and {@value #SUCCESS} included
   */
  public List<String> publish() throws IOException {
    Manifest previous = Manifest.read(dir);
    Map<String, String> staged = new TreeMap<>();
    for (String name : stagedFiles()) {
      if (!name.equals(SUCCESS)) {
        staged.put(name, Manifest.sha256(staging.resolve(name)));
      }
    }
    Files.deleteIfExists(dir.resolve(SUCCESS));
    // while files move, the manifest names old and new, so a publish cut short leaves nothing
    // unnamed behind; "complete": false tells the next run that hashes may not match
    Map<String, String> during = new TreeMap<>(previous == null ? Map.of() : previous.files());
    during.putAll(staged);
    new Manifest(during, false).write(dir);
    for (String name : staged.keySet()) {
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      move(staging.resolve(name), target);
    }
    if (previous != null) {
      for (String name : previous.files().keySet()) {
        if (!staged.containsKey(name)) {
          Path gone = dir.resolve(name);
          Files.deleteIfExists(gone);
          // folders the old run made, emptied now
          for (Path up = gone.getParent(); !up.equals(dir) && isEmptyFolder(up); up = up.getParent()) {
            Files.delete(up);
          }
        }
      }
    }
    new Manifest(staged, true).write(dir);
    List<String> published = new ArrayList<>(staged.keySet());
    published.add(Manifest.FILE);
    if (Files.exists(staging.resolve(SUCCESS))) {
      move(staging.resolve(SUCCESS), dir.resolve(SUCCESS));
      published.add(SUCCESS);
    }
    return published;
  }

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
      return !ds.iterator().hasNext();
    }
  }

  /** Staged files by path relative to the staging folder, '/'-separated, dot names skipped. */
  List<String> stagedFiles() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
        Path rel = staging.relativize(p);
        for (Path part : rel) {
          if (part.toString().startsWith(".")) {
            return;
          }
        }
        out.add(rel.toString().replace(java.io.File.separatorChar, '/'));
      });
    }
    out.sort(null);
    return out;
  }

  /** Removes the staging folder (all of it, if the run failed) and frees the lock. */
  @Override
  public void close() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // the next run removes it
    }
    release(lock, lockChannel);
  }

  // --- checks ----------------------------------------------------------------------------

  /** Refuses a folder with files no manifest names (unless overwrite), or a run's files edited since. */
  static void checkContents(Path dir, boolean overwrite) throws IOException {
    Manifest manifest = Manifest.read(dir);
    List<String> foreign = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.equals(LOCK) || name.startsWith(STAGING_PREFIX) || name.equals(Manifest.TEMP)) {
          continue;
        }
        if (manifest != null && (name.equals(Manifest.FILE) || name.equals(SUCCESS) || manifest.namesTopLevel(name))) {
          continue;
        }
        foreign.add(name);
      }
    }
    foreign.sort(null);
    if (!foreign.isEmpty() && !overwrite) {
      throw new Refused("--output " + dir + " holds files no newsbeam run wrote (no " + Manifest.FILE + " names them: "
          + String.join(", ", foreign.subList(0, Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", ..." : "")
          + "); choose another folder, or pass --overwrite to write beside them (files of the same name are replaced)");
    }
    if (manifest != null && manifest.complete() && !overwrite) {
      for (Map.Entry<String, String> e : manifest.files().entrySet()) {
        Path f = dir.resolve(e.getKey());
        if (Files.isRegularFile(f) && !Manifest.sha256(f).equals(e.getValue())) {
          throw new Refused("--output " + dir + ": " + e.getKey() + " was changed after the run that wrote it; "
              + "move it away, or pass --overwrite to replace it");
        }
      }
    }
  }

  /** Staging folders of killed runs: no run holds them, since we hold the lock. */
  static void removeLeftovers(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
      for (Path p : entries) {
        deleteTree(p);
      }
    }
    Files.deleteIfExists(dir.resolve(Manifest.TEMP));
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer b = ByteBuffer.allocate(200);
      int n = channel.read(b, 0);
      String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? "" : " (" + s + ")";
    } catch (IOException e) {
      return "";
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // closing the channel frees it too
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing left to free
    }
  }
}
