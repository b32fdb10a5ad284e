package org.newsbeam.text;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the article in a news page: its body text, headline, canonical URL, declared language
 * and structured publication date.
 *
 * <p>Method, in one parse and a few linear passes (no page- or site-specific rules):
 *
 * <ol>
 *   <li>One walk over the DOM ({@link PageBlocks}) cuts the page into text blocks (the inline
 *       text between two block boundaries), notes for each block its characters, characters inside
 *       links and the element that owns it, and collects meta tags, JSON-LD and {@code <time>}
 *       elements on the way. Scripts, styles and form controls are skipped; hidden elements
 *       (hidden attribute, display:none) are marked, and weighed like chrome hints.
 *   <li>Class, id, role, itemprop and tag name give each element a hint: page chrome (share,
 *       related, comments, newsletter, cookie, caption, footer, nav, figure, form ...), article
 *       (article, story, main) or article body ("article-body", "entry-content",
 *       itemprop=articleBody). Hints are weighed against what they would remove
 *       ({@link ChromeHints#hintHolds}): void on an element that holds the main text; builder and
 *       ad-slot words count only on link-heavy elements. Text of inline chrome (a credit, a
 *       pop-up card inside a sentence) is left out without splitting the sentence.
 *   <li>Each block is prose (ten words or more, few links; long blocks may link more), chrome
 *       (link lists, blocks under chrome, stock lines such as "Advertisement" or sign-up appeals,
 *       teaser excerpts, teaser cards around a linked headline) or neutral. Every element sums the
 *       prose and chrome words beneath it; the article container is the container element
 *       (never a single paragraph) with the most prose net of chrome.
 *   <li>The body is the container's blocks in order, less chrome, link lists, bylines, meta lines
 *       and the headline repeated, and a second visible copy of a run of paragraphs (two layouts
 *       of one article). A short stock heading ("Related stories", "You may also like",
 *       "Comments") skips the box it heads, or ends the body when it stands in the body's own
 *       flow. When the page's JSON-LD articleBody is clearly longer than what the DOM gave, the
 *       JSON-LD text is used instead (pages that render their body by script).
 *   <li>No body on a page with visible text: the densest block of few-link text is taken
 *       ({@link ExtractionMethod#FALLBACK}). {@link PageTypes} says whether the page is an article
 *       at all; other pages come back marked {@link ExtractionMethod#NOT_AN_ARTICLE}.
 * </ol>
 *
 * <p>Thread-safe: holds no per-page state (a process-wide cache of class-name hints aside).
 */
public final class ContentExtractor {


  public ContentExtractor() {}


  /**
   * Forgets the class names learned from earlier pages (a process-wide cache that makes pages of
   * an already seen site cheaper). For benchmarks that must not profit from repeated pages.
   */
  public static void clearCaches() {
    Hints.clearCache();
  }

  public ExtractedPage extract(String html, String url) {
    String base = url == null ? "" : url;
    Document doc = Jsoup.parse(html == null ? "" : html, base);
    return extractDocument(doc, base);
  }

  /** For callers that already hold a parsed document. */
  public ExtractedPage extractDocument(Document doc, String url) {
    return extractDocument(doc, url, null);
  }

  /**
   * How the body of a page was found, for reading a benchmark page by page ({@code extract
   * --explain}): the container with its ancestors and their prose and chrome words, every dropped
   * block of four words or more with the element or link density that dropped it, and the method
   * and page type.
   */
  public List<String> explain(String html, String url) {
    String base = url == null ? "" : url;
    List<String> trace = new java.util.ArrayList<>();
    ExtractedPage page = extractDocument(Jsoup.parse(html == null ? "" : html, base), base, trace);
    trace.add("method " + page.method().label() + ", page type " + page.pageType().label()
        + ", " + page.paragraphs().size() + " paragraphs");
    return trace;
  }

  private ExtractedPage extractDocument(Document doc, String url, List<String> trace) {
    PageBlocks.Walk walk = new PageBlocks.Walk();
    walk.trace = trace;
    walk.traverse(doc);
    walk.flush();
    PageBlocks.Meta meta = walk.meta;
    JsonLdArticle.JsonLd ld = JsonLdArticle.readJsonLd(walk.jsonLd);

    String title = firstNonBlank(meta.ogTitle, ld.headline, walk.firstH1, cleanTitle(walk.titleTag));
    title = TextNormalizer.cleanParagraph(title);

    List<String> writers = new java.util.ArrayList<>(ld.authors);
    writers.add(meta.author);
    List<String> paragraphs = BodyFinder.body(walk, title, AuthorCard.names(writers));
    if (ld.articleBody != null && !ld.articleBody.isBlank()) {
      List<String> fromLd = JsonLdArticle.jsonLdParagraphs(ld.articleBody, title);
      int ldWords = words(fromLd);
      int domWords = words(paragraphs);
      // a members-only page shows the opening paragraphs and carries the whole text in its JSON-LD:
      // when every visible paragraph is part of the longer articleBody, the articleBody is the text
      if (ldWords > 0 && (domWords * 2 < ldWords || domWords < ldWords && teaserOf(paragraphs, fromLd))) {
        paragraphs = fromLd;
      }
    }

    String canonical = firstNonBlank(meta.canonical, meta.ogUrl);
    String language = languageTag(firstNonBlank(walk.htmlLang, meta.ogLocale, meta.contentLanguage));
    PublicationDate date = structuredDate(ld, meta, walk);
    if (date == null && PublicationDates.fromUrl(url) == null) {
      // the URL has no date either, so a dateline is the next most trusted source: read it from
      // the short lines around the body start, which the body itself leaves out
      date = datelineNearBody(walk);
    }
    ExtractionMethod method = ExtractionMethod.MAIN;
    if (paragraphs.isEmpty()) {
      // never silently empty: a page with visible text gives its densest block
      paragraphs = BodyFinder.densestBlock(walk);
      method = paragraphs.isEmpty() ? ExtractionMethod.EMPTY : ExtractionMethod.FALLBACK;
    }
    PageType type = PageTypes.classify(walk, ld, url, canonical);
    if (type != PageType.ARTICLE) {
      method = ExtractionMethod.NOT_AN_ARTICLE;
    }
    return new ExtractedPage(
        title, Collections.unmodifiableList(paragraphs), canonical, language, date, type, method);
  }

  /** Whether every visible paragraph stands, word for word, in the JSON-LD body. */
  static boolean teaserOf(List<String> visible, List<String> full) {
    if (visible.isEmpty()) {
      return false;
    }
    String whole = squeeze(String.join(" ", full));
    for (String p : visible) {
      if (!whole.contains(squeeze(p))) {
        return false;
      }
    }
    return true;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** Blocks looked at before the body's first block for a dateline. */
  private static final int DATELINE_WINDOW = 12;

  private static PublicationDate datelineNearBody(PageBlocks.Walk walk) {
    int start = walk.firstBodyBlock < 0 ? 0 : walk.firstBodyBlock;
    int from = Math.max(0, start - DATELINE_WINDOW);
    int to = Math.min(walk.blocks.size(), start + 3);
    for (int i = from; i < to; i++) {
      PageBlocks.Block b = walk.blocks.get(i);
      if (b.words > 14) {
        continue;
      }
      LocalDate d = PublicationDates.find(b.text(), 0, b.text().length());
      if (d != null) {
        return new PublicationDate(d, "text");
      }
    }
    return null;
  }



  private static PublicationDate structuredDate(JsonLdArticle.JsonLd ld, PageBlocks.Meta meta, PageBlocks.Walk walk) {
    LocalDate d = PublicationDates.parse(ld.datePublished);
    if (d != null) {
      return new PublicationDate(d, "json-ld", PublicationDates.instant(ld.datePublished));
    }
    d = PublicationDates.parse(meta.metaDate);
    String raw = meta.metaDate;
    if (d == null) {
      d = PublicationDates.parse(meta.itempropDate);
      raw = meta.itempropDate;
    }
    if (d != null) {
      return new PublicationDate(d, "meta", PublicationDates.instant(raw));
    }
    // a <time pubdate>, else the first <time> outside page chrome
    LocalDate first = null;
    for (String[] t : walk.times) {
      LocalDate td = PublicationDates.parse(t[0]);
      if (td == null) {
        continue;
      }
      if (!t[2].isEmpty()) {
        return new PublicationDate(td, "time", PublicationDates.instant(t[0]));
      }
      if (first == null && t[1].isEmpty()) {
        first = td;
      }
    }
    return first == null ? null : new PublicationDate(first, "time");
  }

  /** "en-US" -> "en", "de_DE" -> "de". */
  static String languageTag(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.trim();
    int comma = s.indexOf(',');
    if (comma >= 0) {
      s = s.substring(0, comma).trim();
    }
    int cut = 0;
    while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
      cut++;
    }
    s = s.substring(0, cut).toLowerCase(Locale.ROOT);
    return s.length() >= 2 && s.length() <= 3 ? s : "";
  }

  /** Drops a " | Site name" or " - Site name" tail from a title tag. */
  static String cleanTitle(String t) {
    if (t == null) {
      return "";
    }
    String s = t.trim();
    for (String sep : new String[] {" | ", " - ", " — ", " – ", " :: "}) {
      int i = s.lastIndexOf(sep);
      if (i > 15) {
        s = s.substring(0, i);
      }
    }
    return s;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int countNonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  /** Words: runs of letters or digits. Han and kana count one word per two chars. */
  static int countWords(String s) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (c >= 0x3040 && Character.isIdeographic(c) || (c >= 0x3040 && c <= 0x30FF)) {
          ideographs++;
          inWord = false;
          continue;
        }
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (c != '\'' && c != '-') {
        inWord = false;
      }
    }
    return words + ideographs / 2;
  }

  private static int words(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += countWords(p);
    }
    return n;
  }
}
