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
 */
public record ExtractedPage(
    String title,
    java.util.List<String> paragraphs,
    String canonicalUrl,
    String language,
    PublicationDate structuredDate) {}
