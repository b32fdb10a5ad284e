package org.newsbeam.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Walk;

/** What a page's JSON-LD says about its article: headline, body text, publication date. */
final class JsonLdArticle {
  private JsonLdArticle() {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();


  static final class JsonLd {
    String headline;
    String articleBody;
    String datePublished;
    /** The article's declared writers (author names, at most a few). */
    final List<String> authors = new ArrayList<>(2);
    /** Every schema.org type the page declares, for telling articles from other pages. */
    final java.util.Set<String> types = new java.util.HashSet<>();
  }

  static JsonLd readJsonLd(List<String> scripts) {
    JsonLd out = new JsonLd();
    for (String s : scripts) {
      try {
        JsonNode root = JSON.readTree(s.trim());
        visitJsonLd(root, out, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common; the DOM still has the article
      }
    }
    return out;
  }

  private static void visitJsonLd(JsonNode n, JsonLd out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        visitJsonLd(c, out, depth + 1);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    addTypes(n.get("@type"), out.types);
    boolean article = isArticleType(n.get("@type"));
    if (article) {
      if (out.headline == null && n.hasNonNull("headline")) {
        out.headline = n.get("headline").asText();
      }
      addAuthors(n.get("author"), out.authors, 0);
      if (n.hasNonNull("articleBody")) {
        String body = n.get("articleBody").asText();
        if (out.articleBody == null || body.length() > out.articleBody.length()) {
          out.articleBody = body;
        }
      }
    }
    if ((article || out.datePublished == null) && n.hasNonNull("datePublished")) {
      String d = n.get("datePublished").asText();
      if (PublicationDates.parse(d) != null && (article || out.datePublished == null)) {
        if (out.datePublished == null || article) {
          out.datePublished = d;
        }
      }
    }
    JsonNode graph = n.get("@graph");
    if (graph != null) {
      visitJsonLd(graph, out, depth + 1);
    }
    JsonNode main = n.get("mainEntity");
    if (main != null) {
      visitJsonLd(main, out, depth + 1);
    }
  }

  /** Names of an author field: a name, a Person, or a list of them (references by @id are skipped). */
  private static void addAuthors(JsonNode a, List<String> out, int depth) {
    if (a == null || depth > 2 || out.size() >= 4) {
      return;
    }
    if (a.isArray()) {
      for (JsonNode x : a) {
        addAuthors(x, out, depth + 1);
      }
    } else if (a.isTextual()) {
      out.add(a.asText());
    } else if (a.isObject() && a.hasNonNull("name")) {
      out.add(a.get("name").asText());
    }
  }

  private static void addTypes(JsonNode type, java.util.Set<String> out) {
    if (type == null) {
      return;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        out.add(t.asText());
      }
    } else {
      out.add(type.asText());
    }
  }

  static boolean isArticleType(String t) {
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")
        || t.equals("Report") || t.equals("SocialMediaPosting") || t.equals("Review");
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return isArticleType(type.asText());
  }

  static List<String> jsonLdParagraphs(String body, String title) {
    List<String> out = new ArrayList<>();
    if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
      Document frag = Jsoup.parseBodyFragment(body);
      Walk w = new Walk();
      w.traverse(frag.body());
      w.flush();
      for (Block b : w.blocks) {
        out.add(b.text());
      }
      return out;
    }
    for (String line : body.split("\n")) {
      String p = TextNormalizer.cleanParagraph(line);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
