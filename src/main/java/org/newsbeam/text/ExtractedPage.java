package org.newsbeam.text;

/**
 * What {@link ContentExtractor} reads from one HTML page.
 *
 * @param title the article's headline ("" if none)
 * @param paragraphs the article body's blocks in reading order (paragraphs, sub-headings, list
 *     items), each cleaned with {@link TextNormalizer#cleanParagraph}; empty if no body was found
 * @param canonicalUrl absolute URL from {@code <link rel=canonical>} or og:url ("" if none)
 * @param language primary language subtag declared by the page, lower case ("" if none)
 * @param structuredDate publication date from JSON-LD, meta tags or {@code <time>} (null if none)
 * @param pageType what kind of page it is; pages other than articles are skipped by the pipeline
 * @param method how the body was found (main rule, fallback) or that the page was skipped
 */
public record ExtractedPage(
    String title,
    java.util.List<String> paragraphs,
    String canonicalUrl,
    String language,
    PublicationDate structuredDate,
    PageType pageType,
    ExtractionMethod method) {

  /** An article page read by the main rule. */
  public ExtractedPage(
      String title, java.util.List<String> paragraphs, String canonicalUrl, String language,
      PublicationDate structuredDate) {
    this(title, paragraphs, canonicalUrl, language, structuredDate, PageType.ARTICLE, ExtractionMethod.MAIN);
  }

  /** Whether the page is an article whose body the analysis should read. */
  public boolean isArticle() {
    return method != ExtractionMethod.NOT_AN_ARTICLE;
  }
}
