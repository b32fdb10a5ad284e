package org.newsbeam.aggregate;

import org.newsbeam.study.StudySettings;

/**
 * Site chrome at the corpus level: a paragraph that recurs on many distinct pages of one site
 * (login prompts, donation appeals, newsletter boxes) is the site's, not the article's. This also
 * cleans JSON-lines and plain-text records that have no DOM to strip.
 */
public final class ChromeRule {
  private ChromeRule() {}

  /**
   * @param pagesWithParagraph distinct articles of the site carrying the paragraph
   * @param sitePages distinct articles of the site
   */
  public static boolean isChrome(long pagesWithParagraph, long sitePages, StudySettings s) {
    return pagesWithParagraph >= s.chromeMinPages()
        && pagesWithParagraph >= s.chromeMinShare() * sitePages;
  }
}
