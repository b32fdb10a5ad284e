package org.newsbeam.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;

/**
 * Maps one scraped-article JSON object (news-please output, or a JSON line of any scraper using
 * similar names) to a {@link RawRecord}. First non-blank field wins:
 *
 * <ul>
 *   <li>url: {@code url}
 *   <li>title: {@code title}
 *   <li>published: {@code published}, {@code date_publish}, {@code datePublished}, {@code date}
 *   <li>crawled: {@code crawled}, {@code date_download}
 *   <li>site: {@code site}, {@code source_domain}
 *   <li>body: {@code text}, {@code maintext} (plain text), then {@code html} (HTML). A body given
 *       as an array of strings (paragraphs) is joined with blank lines.
 * </ul>
 *
 * Missing url, title or dates are kept as "" (the pipeline counts them); a missing body is a
 * reject, since there is nothing to analyse.
 */
final class JsonArticles {
  static final String NO_BODY = "no body: needs text, maintext or html";

  private static final List<String> PUBLISHED =
      List.of("published", "date_publish", "datePublished", "date");
  private static final List<String> CRAWLED = List.of("crawled", "date_download");
  private static final List<String> SITE = List.of("site", "source_domain");
  private static final List<String> TEXT_BODY = List.of("text", "maintext");

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** For values read one at a time off a streaming parser (array items): more tokens follow. */
  static final ObjectReader ITEM_READER =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonArticles() {}

  /** Emits one object as a record, or a reject if it is not an article object. */
  static void emit(
      String source, String location, JsonNode node, ReadLimits limits, RecordSink sink) {
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : node.getNodeType().name().toLowerCase();
      sink.reject(new Reject(source, location, "not a JSON object: found " + kind));
      return;
    }
    boolean html = false;
    String body = first(node, TEXT_BODY);
    if (body.isBlank()) {
      body = first(node, List.of("html"));
      html = true;
    }
    if (body.isBlank()) {
      sink.reject(new Reject(source, location, NO_BODY));
      return;
    }
    String junk = html ? null : NotLanguage.reason(body);
    if (junk != null) {
      sink.reject(new Reject(source, location, NotLanguage.REASON + junk));
      return;
    }
    if (body.length() > limits.maxRecordChars()) {
      sink.reject(new Reject(source, location, ArchiveReader.tooLargeChars(body.length(), limits)));
      return;
    }
    sink.record(
        new RawRecord(
            source,
            location,
            first(node, List.of("url")).strip(),
            body,
            html,
            first(node, List.of("title")).strip(),
            first(node, PUBLISHED).strip(),
            first(node, CRAWLED).strip(),
            first(node, SITE).strip()));
  }

  /** Reject reason for a JSON syntax error: Jackson's message without its source excerpt. */
  static String malformed(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    msg = msg.replaceAll("\\s+", " ").strip();
    if (msg.length() > 200) {
      msg = msg.substring(0, 200) + "...";
    }
    var loc = e.getLocation();
    String where = loc == null ? "" : " (column " + loc.getColumnNr() + ")";
    return "malformed JSON: " + msg + where;
  }

  private static String first(JsonNode node, List<String> names) {
    for (String name : names) {
      String v = text(node.get(name));
      if (!v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode item : v) {
        if (item.isValueNode() && !item.isNull()) {
          String s = item.asText();
          if (!s.isBlank()) {
            if (sb.length() > 0) {
              sb.append("\n\n");
            }
            sb.append(s);
          }
        }
      }
      return sb.toString();
    }
    return "";
  }
}
