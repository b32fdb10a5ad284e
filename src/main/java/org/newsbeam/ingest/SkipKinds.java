package org.newsbeam.ingest;

import java.util.Map;

/**
 * The kinds of record that are not articles, each with the sentence skipped.csv gives when the
 * record says nothing more. Kinds are the reason column of skipped.csv and the keys of
 * {@code skipped_by_kind} in run_summary.json.
 */
public final class SkipKinds {
  private SkipKinds() {}

  /** Articles folded from the archive whose publication day is outside --since/--until. */
  public static final String OUT_OF_RANGE = "out-of-range";
  /** Articles with no publication date in a run with a date range: their day cannot be checked. */
  public static final String UNDATED = "undated-with-range";

  private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
      Map.entry("warcinfo", "WARC warcinfo record: the crawl's description, not a page"),
      Map.entry("warc-request", "WARC request record: the crawler's request, not a page"),
      Map.entry("warc-metadata", "WARC metadata record: crawl metadata, not a page"),
      Map.entry("warc-revisit", "WARC revisit record: a page seen before, with no payload"),
      Map.entry("non-html-payload", "payload that is not HTML (an image, script, PDF, feed)"),
      Map.entry("http-redirect", "HTTP redirect: the page itself is elsewhere"),
      Map.entry("http-error", "HTTP error response: no page was served"),
      Map.entry("empty-payload", "response with an empty payload"),
      Map.entry("not-an-article", "page that is not an article"),
      Map.entry("no-article-text", "record with no article text after extraction"));

  /** The description of a kind; a language skip ("non-english:de") names its language. */
  public static String describe(String kind) {
    if (kind.startsWith("non-english:")) {
      return "page in another language (" + kind.substring("non-english:".length())
          + "); the study's lexicons are English";
    }
    if (kind.startsWith("warc-")) {
      return DESCRIPTIONS.getOrDefault(kind, "WARC " + kind.substring(5) + " record, not a page");
    }
    return DESCRIPTIONS.getOrDefault(kind, kind);
  }
}
