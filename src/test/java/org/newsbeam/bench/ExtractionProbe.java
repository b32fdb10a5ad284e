package org.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Diagnosis aid for extraction failures: {@code ExtractionProbe DIR ID} finds the elements that
 * hold the first, middle and last lines of a page's marked truth and prints their ancestor chains
 * (tag, id, class, hidden attribute, style), where the hints that dropped them usually sit.
 */
public final class ExtractionProbe {
  private ExtractionProbe() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    String id = args[1];
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    String body = truth.path(id).path("articleBody").asText("");
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document doc = Jsoup.parse(html);
    String[] lines = body.split("\n");
    java.util.List<String> probes = new java.util.ArrayList<>();
    for (String l : lines) {
      if (l.trim().split("\\s+").length >= 8) {
        probes.add(l.trim());
      }
    }
    if (probes.isEmpty()) {
      System.out.println("no long truth line");
      return;
    }
    int[] picks = {0, probes.size() / 2, probes.size() - 1};
    for (int k : picks) {
      String line = probes.get(k);
      String needle = line.substring(0, Math.min(40, line.length()));
      System.out.println("== " + needle);
      Element hit = null;
      for (Element e : doc.getAllElements()) {
        if (e.ownText().contains(needle.substring(0, Math.min(25, needle.length())))) {
          hit = e;
          break;
        }
      }
      if (hit == null) {
        System.out.println("   (not found as own text)");
        continue;
      }
      for (Element e = hit; e != null; e = e.parent()) {
        String style = e.attr("style");
        System.out.println("   " + e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
            + (e.className().isEmpty() ? "" : " ." + abbreviate(e.className()))
            + (e.hasAttr("hidden") ? " [hidden]" : "")
            + (style.isEmpty() ? "" : " style=" + abbreviate(style))
            + (e.hasAttr("role") ? " role=" + e.attr("role") : "")
            + " words=" + e.text().split("\\s+").length);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
