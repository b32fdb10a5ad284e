package org.newsbeam.text;

/** How {@link ContentExtractor} got a page's body, so a benchmark can be read page by page. */
public enum ExtractionMethod {
  /** The article container (or the page's JSON-LD articleBody). */
  MAIN("main"),
  /** No container was found; the densest block of few-link text was taken. */
  FALLBACK("fallback"),
  /** The page is not an article (see {@link ExtractedPage#pageType()}); its body is not used. */
  NOT_AN_ARTICLE("skipped"),
  /** Neither a container nor enough visible text for the fallback. */
  EMPTY("empty");

  private final String label;

  ExtractionMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
