package org.newsbeam.text;

/**
 * A page's publication day and where it was read from.
 *
 * @param date the calendar day as the publisher wrote it (no zone conversion)
 * @param source one of "json-ld", "meta", "time", "url", "text", "scraper", "crawl"
 * @param instant the moment as an ISO instant when the source gives a time with its zone
 *     ("2025-03-19T12:00:00Z"), else ""; orders two stories of one day
 */
public record PublicationDate(java.time.LocalDate date, String source, String instant)
    implements java.io.Serializable {
  public PublicationDate {
    instant = instant == null ? "" : instant;
  }

  public PublicationDate(java.time.LocalDate date, String source) {
    this(date, source, "");
  }
}
