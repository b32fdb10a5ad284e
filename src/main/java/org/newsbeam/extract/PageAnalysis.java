package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;

/**
 * Everything later stages need from one record (one page, one JSON line, one WARC response), in
 * small form: no page text travels beyond this.
 *
 * @param source the file it came from
 * @param location where in that file: "" for a whole file, "line N", "offset N"
 * @param url canonical URL (see {@code org.newsbeam.text.CanonicalUrl}); for records without one,
 *     a stable stand-in "file:" + source + "#" + location
 * @param site host without "www." ("kyivindependent.com"), or the source folder for local files
 * @param published ISO date YYYY-MM-DD, or "" when none was found
 * @param dateSource where the date came from ("json-ld", "meta", "time", "url", "text",
 *     "scraper", "crawl") or ""
 * @param crawled when the snapshot was taken (ISO instant or date; "" when unknown); orders
 *     snapshots of one URL
 * @param title the page title, cleaned
 * @param paragraphs the main text's paragraphs, analysed
 * @param publishedAt the publication moment as an ISO instant when the page gives a time with a
 *     zone, else ""; orders stories of one day
 */
public record PageAnalysis(
    String source,
    String location,
    String url,
    String site,
    String published,
    String dateSource,
    String crawled,
    String title,
    List<ParagraphAnalysis> paragraphs,
    String publishedAt)
    implements Serializable {
  public PageAnalysis {
    paragraphs = List.copyOf(paragraphs);
    publishedAt = publishedAt == null ? "" : publishedAt;
  }

  public PageAnalysis(
      String source, String location, String url, String site, String published, String dateSource, String crawled,
      String title, List<ParagraphAnalysis> paragraphs) {
    this(source, location, url, site, published, dateSource, crawled, title, paragraphs, "");
  }

  /** The same page with other paragraphs (chrome dropped, snapshots unioned). */
  public PageAnalysis withParagraphs(List<ParagraphAnalysis> ps) {
    return new PageAnalysis(source, location, url, site, published, dateSource, crawled, title, ps, publishedAt);
  }

  public int words() {
    int w = 0;
    for (ParagraphAnalysis p : paragraphs) {
      w += p.words();
    }
    return w;
  }
}
