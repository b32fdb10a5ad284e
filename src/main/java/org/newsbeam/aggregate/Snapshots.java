package org.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;

/**
 * Folds the snapshots of one URL into one article. The newest snapshot gives the metadata and
 * the paragraph order; paragraphs that only older snapshots carry (live-blog entries that scrolled
 * off) are appended after it, newest snapshot first, so a live blog counts the union of its
 * distinct paragraphs once.
 */
public final class Snapshots {
  private Snapshots() {}

  /** Oldest first: by crawl time, then publication date, then where it was read. */
  static final Comparator<PageAnalysis> CHRONOLOGICAL =
      Comparator.comparing(PageAnalysis::crawled)
          .thenComparing(PageAnalysis::published)
          .thenComparing(PageAnalysis::source)
          .thenComparing(PageAnalysis::location);

  public static Article fold(Iterable<PageAnalysis> snapshots) {
    List<PageAnalysis> all = new ArrayList<>();
    snapshots.forEach(all::add);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no snapshots");
    }
    all.sort(CHRONOLOGICAL);
    PageAnalysis newest = all.get(all.size() - 1);
    if (all.size() == 1) {
      return new Article(newest, 1, "", 0);
    }
    List<ParagraphAnalysis> union = new ArrayList<>(newest.paragraphs());
    Set<Long> seen = new HashSet<>();
    for (ParagraphAnalysis p : union) {
      seen.add(p.fingerprint());
    }
    for (int i = all.size() - 2; i >= 0; i--) {
      for (ParagraphAnalysis p : all.get(i).paragraphs()) {
        if (seen.add(p.fingerprint())) {
          union.add(p);
        }
      }
    }
    // the earliest known publication date wins: a live blog is published when it opens
    PageAnalysis dated = newest;
    for (PageAnalysis p : all) {
      if (!p.published().isEmpty() && (dated.published().isEmpty() || p.published().compareTo(dated.published()) < 0)) {
        dated = p;
      }
    }
    PageAnalysis merged =
        new PageAnalysis(newest.source(), newest.location(), newest.url(), newest.site(), dated.published(),
            dated.dateSource(), newest.crawled(), newest.title(), union, dated.publishedAt());
    return new Article(merged, all.size(), "", 0);
  }
}
