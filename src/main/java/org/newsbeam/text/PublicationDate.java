package org.newsbeam.text;

/**
 * A page's publication day and where it was read from.
 *
 * @param date the calendar day as the publisher wrote it (no zone conversion)
 * @param source one of "json-ld", "meta", "time", "url", "text", "scraper", "crawl"
 */
public record PublicationDate(java.time.LocalDate date, String source)
    implements java.io.Serializable {}
