package org.newsbeam.pipeline;

import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.ingest.Skip;
import org.newsbeam.ingest.SkipKinds;

/** Why an article is outside the run's date range, as a row of skipped.csv. */
final class DateRange {
  private DateRange() {}

  /**
   * @param since first day kept (ISO) or ""
   * @param until last day kept (ISO) or ""
   */
  static Skip skip(PageAnalysis page, String since, String until) {
    String range = (since.isEmpty() ? "" : "--since=" + since) + (since.isEmpty() || until.isEmpty() ? "" : " ")
        + (until.isEmpty() ? "" : "--until=" + until);
    if (page.published().isEmpty()) {
      return new Skip(page.source(), page.location(), SkipKinds.UNDATED,
          "no publication date found, so it cannot be kept by " + range + ": " + page.url());
    }
    return new Skip(page.source(), page.location(), SkipKinds.OUT_OF_RANGE,
        "published " + page.published() + ", outside " + range + ": " + page.url());
  }
}
