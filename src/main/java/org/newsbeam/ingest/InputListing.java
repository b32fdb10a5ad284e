package org.newsbeam.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files of one local {@code --input} pattern (a file, a folder, or a glob where {@code *}
 * stays within a folder and {@code **} crosses folders), without Beam's matcher, which walks the
 * nearest existing parent of a missing path and follows symbolic links into loops.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a path that does not exist, or a glob whose fixed leading folder does not exist, fails at
 *       once ({@link Missing});
 *   <li>the walk starts at the glob's fixed leading folder and goes no deeper than the pattern can
 *       match ({@code **} has no limit);
 *   <li>symbolic links are followed once: each real folder is listed once (a link back to a folder
 *       already listed, a loop, is reported and not entered), and a file reached through links is
 *       read once;
 *   <li>every entry matching the pattern that cannot be read as a file gets a {@link
 *       Sink#skipped} call with the reason: dangling links, FIFOs, devices, sockets, folders that
 *       cannot be listed, links into a folder already listed;
 *   <li>folders given in {@code exclude} (the run's own output folder) are never entered.
 * </ul>
 *
 * Memory: the walk holds the folders still to visit and the identities of folders listed (and of
 * files reached through links), never the list of files, which goes to the sink as it is found.
 */
public final class InputListing {
  private InputListing() {}

  /** Receives entries as they are found, in a stable order (sorted by name within each folder). */
  public interface Sink {
    void file(String path);

    void skipped(String path, String reason);
  }

  /** The pattern names nothing that exists; the message says which part is missing. */
  public static final class Missing extends RuntimeException {
    Missing(String message) {
      super(message);
    }
  }

  /** Whether a pattern holds glob characters. */
  public static boolean isGlob(String pattern) {
    for (char c : pattern.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  /**
   * Lists one absolute local pattern into the sink.
   *
   * @param exclude real paths of folders never to enter
   * @return entries passed to the sink (files and skipped)
   */
  public static long list(String pattern, Set<Path> exclude, Sink sink) throws IOException {
    Path asGiven = Paths.get(pattern);
    if (!isGlob(pattern)) {
      if (!Files.exists(asGiven, LinkOption.NOFOLLOW_LINKS)) {
        throw new Missing(pattern + " does not exist");
      }
      if (Files.isDirectory(asGiven)) {
        return new Walk(asGiven, null, Integer.MAX_VALUE, exclude, sink).run();
      }
      return new Walk(asGiven.getParent(), null, 0, exclude, sink).entry(asGiven) ? 1 : 0;
    }
    // the fixed leading folders, then the glob part
    Path base = asGiven.getRoot();
    int globAt = 0;
    for (Path part : asGiven) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
      globAt++;
    }
    if (!Files.isDirectory(base)) {
      throw new Missing(Files.exists(base) ? base + " is not a folder" : "folder " + base + " does not exist");
    }
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : asGiven.getNameCount() - globAt;
    PathMatcher matcher = globMatcher(base.toString(), pattern.substring(base.toString().length()));
    return new Walk(base, matcher, depth, exclude, sink).run();
  }

  /**
   * A matcher for the fixed folder followed by the glob part: {@code **} crosses folders, {@code *}
   * and {@code ?} stay within one, {@code [..]} and {@code {a,b}} as usual. Any character matches,
   * a newline too (the JDK's glob matcher never matches a newline in a name).
   */
  static PathMatcher globMatcher(String fixed, String glob) {
    StringBuilder re = new StringBuilder(java.util.regex.Pattern.quote(fixed));
    boolean inGroup = false;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        re.append("(?:");
        inGroup = true;
      } else if (c == '}' && inGroup) {
        re.append(')');
        inGroup = false;
      } else if (c == ',' && inGroup) {
        re.append('|');
      } else if (c == '[') {
        int end = glob.indexOf(']', i + 2);
        if (end < 0) {
          re.append("\\[");
          continue;
        }
        String set = glob.substring(i + 1, end);
        re.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
        i = end;
      } else {
        re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(re.toString(), java.util.regex.Pattern.DOTALL);
    return p -> compiled.matcher(p.toString()).matches();
  }

  private static final class Walk {
    private final Path base;
    private final PathMatcher matcher;
    private final int maxDepth;
    private final Set<Path> exclude;
    private final Sink sink;
    private final Set<Object> foldersListed = new HashSet<>();
    private final Set<Object> linkedFilesRead = new HashSet<>();
    private long entries;

    Walk(Path base, PathMatcher matcher, int maxDepth, Set<Path> exclude, Sink sink) {
      this.base = base;
      this.matcher = matcher;
      this.maxDepth = maxDepth;
      this.exclude = exclude;
      this.sink = sink;
    }

    private record Folder(Path path, int depth) {}

    long run() throws IOException {
      Deque<Folder> todo = new ArrayDeque<>();
      BasicFileAttributes top = Files.readAttributes(base, BasicFileAttributes.class);
      foldersListed.add(identity(base, top));
      todo.push(new Folder(base, 0));
      while (!todo.isEmpty()) {
        Folder f = todo.pop();
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(f.path)) {
          for (Path c : ds) {
            children.add(c);
          }
        } catch (AccessDeniedException e) {
          skipped(f.path, "cannot list folder: permission denied");
          continue;
        } catch (IOException e) {
          skipped(f.path, "cannot list folder: " + e.getClass().getSimpleName() + " " + e.getMessage());
          continue;
        }
        children.sort(null);
        // pushed in reverse so folders are visited in name order
        List<Folder> sub = new ArrayList<>();
        for (Path c : children) {
          Folder next = visit(c, f.depth + 1);
          if (next != null) {
            sub.add(next);
          }
        }
        for (int i = sub.size() - 1; i >= 0; i--) {
          todo.push(sub.get(i));
        }
      }
      return entries;
    }

    /** One entry given by name (not a glob): read or reported. */
    boolean entry(Path p) throws IOException {
      long before = entries;
      visit(p, 0);
      return entries > before;
    }

    /** A folder to enter, or null; files and skips go to the sink. */
    private Folder visit(Path p, int depth) throws IOException {
      BasicFileAttributes own;
      try {
        own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return null; // removed while listing
      }
      boolean link = own.isSymbolicLink();
      BasicFileAttributes attrs = own;
      if (link) {
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
          if (matches(p)) {
            skipped(p, "dangling symbolic link (or a loop of links): nothing to read");
          }
          return null;
        }
      }
      if (attrs.isDirectory()) {
        if (depth >= maxDepth || isExcluded(p)) {
          return null;
        }
        if (!foldersListed.add(identity(p, attrs))) {
          if (link) {
            skipped(p, "symbolic link to a folder already listed (a loop, or a second path to it): not read twice");
          }
          return null;
        }
        return new Folder(p, depth);
      }
      if (!matches(p)) {
        return null;
      }
      if (attrs.isRegularFile()) {
        if (link && !linkedFilesRead.add(identity(p, attrs))) {
          skipped(p, "symbolic link to a file already read through another link: not read twice");
          return null;
        }
        entries++;
        sink.file(p.toString());
        return null;
      }
      skipped(p, "not a regular file (a FIFO, device or socket): not read");
      return null;
    }

    private boolean matches(Path p) {
      return matcher == null || matcher.matches(p);
    }

    private boolean isExcluded(Path p) {
      if (exclude.isEmpty()) {
        return false;
      }
      try {
        return exclude.contains(p.toRealPath());
      } catch (IOException e) {
        return false;
      }
    }

    private void skipped(Path p, String reason) {
      entries++;
      sink.skipped(p.toString(), reason);
    }

    private static Object identity(Path p, BasicFileAttributes attrs) throws IOException {
      Object key = attrs.fileKey();
      return key != null ? key : p.toRealPath();
    }
  }
}
