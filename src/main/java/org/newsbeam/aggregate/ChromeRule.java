package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsbeam.extract.ParagraphAnalysis;
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

  /** The paragraphs that are not the site's chrome, in order; a repeat within one page stays. */
  public static List<ParagraphAnalysis> withoutChrome(List<ParagraphAnalysis> paragraphs, Collection<Long> chrome) {
    List<ParagraphAnalysis> kept = new ArrayList<>();
    for (ParagraphAnalysis p : paragraphs) {
      if (!chrome.contains(p.fingerprint())) {
        kept.add(p);
      }
    }
    return kept;
  }
}
