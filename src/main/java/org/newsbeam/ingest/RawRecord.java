package org.newsbeam.ingest;

/**
 * One article-sized record as read from an archive, before any analysis. Lives only inside the
 * reading step: it is analysed where it is read and never crosses a shuffle.
 *
 * @param source the file it came from (as matched)
 * @param location where in the file: "" for a whole file, "line N" for JSON lines, "offset N" for
 *     WARC records
 * @param url the record's URL as given (scraper field, WARC-Target-URI), or ""
 * @param body the record's content, decoded to text
 * @param html whether body is HTML (to be run through main-content extraction) or plain text
 * @param title the scraper's title field, or ""
 * @param published the scraper's date field as given, or ""
 * @param crawled the crawl or WARC date as given, or ""
 * @param site the scraper's site field ("source_domain"), or ""
 */
public record RawRecord(
    String source,
    String location,
    String url,
    String body,
    boolean html,
    String title,
    String published,
    String crawled,
    String site) {}
