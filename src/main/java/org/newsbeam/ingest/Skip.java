package org.newsbeam.ingest;

import java.io.Serializable;

/**
 * A record that is not an article: one row of skipped.csv, counted by kind in run_summary.json. A
 * WARC request or metadata record, a non-HTML payload, a page in another language, a page with no
 * article text, a page that is not an article, an article outside the run's date range.
 *
 * @param file the file it came from
 * @param location where in that file ("line N", "offset N"), or "" for a whole file
 * @param kind why, as {@code skipped_by_kind} counts it ("warc-request", "non-english:de")
 * @param detail what an analyst needs to check it (the URL, the language, the date)
 */
public record Skip(String file, String location, String kind, String detail) implements Serializable {
  /** A skip whose kind says all there is: the detail is the kind's description. */
  public Skip(String file, String location, String kind) {
    this(file, location, kind, SkipKinds.describe(kind));
  }
}
