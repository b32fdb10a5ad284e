package org.newsbeam.aggregate;

import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.output.Csv;
import org.newsbeam.output.Table;
import org.newsbeam.output.TableRow;

/** articles.csv: one row per story, copies included and marked. Written from {@link FactsOfArticle}. */
public final class ListArticles {
  private ListArticles() {}

  static TableRow row(Article a, Csv csv) {
    PageAnalysis p = a.page();
    return new TableRow(Table.ARTICLES, p.published() + "|" + p.url(), csv.line(a.id(), p.url(), p.site(), p.published(),
        p.title(), p.words(), p.dateSource(), a.duplicateOf(), a.snapshots(), p.source(), p.location()));
  }
}
