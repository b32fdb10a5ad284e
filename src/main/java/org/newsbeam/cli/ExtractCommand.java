package org.newsbeam.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsbeam.text.ContentExtractor;
import org.newsbeam.text.ExtractedPage;

/**
 * {@code extract --input=GLOB --output=FILE.json}: runs the article extractor over saved HTML
 * pages (.html, .htm, optionally gzipped) and writes one JSON object keyed by file name without
 * extensions: {@code {"<name>": {"url": ..., "articleBody": ..., "method": ..., "pageType": ...}}},
 * the layout of the article-extraction benchmark, so results can be scored by its tools. The URL
 * is the page's canonical URL when it declares one, else "". {@code method} says how the body was
 * found: "main" (the article rule), "fallback" (the densest text block), "skipped" (not an
 * article: {@code pageType} says what it is, and the body is left empty) or "empty". With
 * {@code --explain} each entry also gets {@code "explain"}: the lines of
 * {@link ContentExtractor#explain} (the container chosen, the blocks dropped and why).
 */
public final class ExtractCommand {
  private ExtractCommand() {}

  public static int run(String[] args) {
    String input = null;
    String output = null;
    boolean explain = false;
    for (String a : args) {
      if (a.startsWith("--input=")) {
        input = a.substring("--input=".length());
      } else if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      } else if (a.equals("--explain")) {
        explain = true;
      } else if (a.equals("extract")) {
        continue;
      } else {
        System.err.println("extract: unknown argument " + a);
        return usage();
      }
    }
    if (input == null || output == null || input.isBlank() || output.isBlank()) {
      return usage();
    }
    List<Path> files;
    try {
      files = match(input);
    } catch (IOException e) {
      System.err.println("extract: cannot list " + input + ": " + e.getMessage());
      return 1;
    }
    if (files.isEmpty()) {
      System.err.println("extract: no .html/.htm(.gz) files match " + input);
      return 1;
    }
    ContentExtractor extractor = new ContentExtractor();
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    int failed = 0;
    java.util.Map<String, Integer> methods = new java.util.TreeMap<>();
    for (Path f : files) {
      try {
        String html = read(f);
        ExtractedPage page = extractor.extract(html, "");
        ObjectNode entry = root.putObject(baseName(f));
        entry.put("url", page.canonicalUrl());
        // a page that is no article is skipped, as the pipeline skips it
        entry.put("articleBody", page.isArticle() ? String.join("\n", page.paragraphs()) : "");
        entry.put("method", page.method().label());
        entry.put("pageType", page.pageType().label());
        methods.merge(page.method().label(), 1, Integer::sum);
        if (explain) {
          com.fasterxml.jackson.databind.node.ArrayNode lines = entry.putArray("explain");
          extractor.explain(html, "").forEach(lines::add);
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        System.err.println("extract: skipped " + f + ": " + e);
      }
    }
    try {
      Path out = Paths.get(output);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      json.writeValue(out.toFile(), root);
    } catch (IOException e) {
      System.err.println("extract: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
    System.err.printf("extract: %d pages written to %s, %d unreadable; by method %s%n", root.size(), output, failed, methods);
    return failed == 0 ? 0 : 1;
  }

  private static int usage() {
    System.err.println("usage: extract --input=GLOB --output=FILE.json [--explain]   (e.g. --input='pages/*.html.gz')");
    return 2;
  }

  /** Files matching a glob such as "dir/*.html.gz" or "dir/**" (the part before the first wildcard is the root). */
  static List<Path> match(String glob) throws IOException {
    Path literal = Paths.get(glob);
    if (Files.isRegularFile(literal)) {
      return List.of(literal);
    }
    String pattern = glob;
    if (Files.isDirectory(literal)) {
      pattern = glob.endsWith("/") ? glob + "*" : glob + "/*";
    }
    int wildcard = firstWildcard(pattern);
    String rootPart = wildcard < 0 ? pattern : pattern.substring(0, wildcard);
    int slash = rootPart.lastIndexOf('/');
    boolean relativeToHere = slash < 0;
    Path root = relativeToHere ? Paths.get(".") : Paths.get(rootPart.substring(0, slash + 1));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(relativeToHere ? root.relativize(p) : p))
          .filter(p -> isPage(p.getFileName().toString()))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  static boolean isPage(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /** "abc.html.gz" -> "abc". */
  static String baseName(Path f) {
    String n = f.getFileName().toString();
    String lower = n.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(".html")) {
      n = n.substring(0, n.length() - 5);
    } else if (lower.endsWith(".htm")) {
      n = n.substring(0, n.length() - 4);
    }
    return n;
  }

  static String read(Path f) throws IOException {
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw)
            : raw) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
