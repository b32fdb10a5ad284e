package org.newsbeam.aggregate;

import java.io.Serializable;
import org.newsbeam.extract.PageAnalysis;

/**
 * One story after folding: the analysis of its newest snapshot (with the union of all snapshots'
 * paragraphs, minus site chrome), how many snapshots were folded into it, and the URL of the
 * article it copies when it is a syndicated copy ("" when it is an original).
 */
public record Article(PageAnalysis page, int snapshots, String duplicateOf, int chromeParagraphs)
    implements Serializable {
  public boolean isDuplicate() {
    return !duplicateOf.isEmpty();
  }

  public String id() {
    return ArticleId.of(page.url());
  }

  public Article withPage(PageAnalysis p, int chrome) {
    return new Article(p, snapshots, duplicateOf, chrome);
  }

  public Article withDuplicateOf(String url) {
    return new Article(page, snapshots, url, chromeParagraphs);
  }
}
