package org.newsbeam.text;

import static org.newsbeam.text.BlockRules.PROSE_MAX_LINK_DENSITY;
import static org.newsbeam.text.BlockRules.letters;
import static org.newsbeam.text.BlockRules.looksLikeProse;
import static org.newsbeam.text.BlockRules.underHidden;
import static org.newsbeam.text.PageBlocks.HINT_ARTICLE;
import static org.newsbeam.text.PageBlocks.HINT_BODY;
import static org.newsbeam.text.PageBlocks.HINT_CHROME;
import static org.newsbeam.text.PageBlocks.HINT_DISCUSSION;
import static org.newsbeam.text.PageBlocks.HINT_WEAK_CHROME;

import java.util.ArrayList;
import java.util.List;
import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Info;

/**
 * Whether a class-word hint or hiding makes an element's text chrome, weighed against what it
 * would remove: a hint is void on an element that holds the main text, builder and ad-slot words
 * count only on link-heavy text, comment hints only below nearly the whole page; siblings that
 * together hold the main text and hidden copies of the article are marked here.
 */
final class ChromeHints {
  private ChromeHints() {}

  /** A chrome hint counts only on elements holding less than this share of the page's prose. */
  private static final double CHROME_OVERRIDE_SHARE = 0.5;

  /**
   * Comment threads often hold more prose than the article; their hint is void only on an element
   * that wraps nearly all the page ("page has-comments").
   */
  private static final double DISCUSSION_OVERRIDE_SHARE = 0.9;

  /**
   * Whether an element's hint makes its text chrome, weighed against what it would remove. A
   * chrome or hidden element that holds the main text (most of the page's prose, in several
   * paragraphs) is no chrome: whole-page wrappers carry such classes ("has-sidebar"), and scripts
   * reveal articles kept hidden. Builder and ad-slot words ("widget", "ad-container") count only
   * when the element's text is mostly links.
   */
  static boolean hintHolds(Info i, int totalProse) {
    switch (i.hint) {
      case HINT_CHROME -> {
        if (isPageEdgeTag(i.tag)) {
          // a page's <footer>, <aside> or <nav> holds legal notes and sidebars; only an element
          // that wraps nearly all the prose (a misused tag around the page) loses the hint
          return i.rawProse < DISCUSSION_OVERRIDE_SHARE * totalProse && !i.sharedMain;
        }
        return !holdsMainText(i, totalProse) && !i.sharedMain;
      }
      case HINT_DISCUSSION -> {
        return i.rawProse < DISCUSSION_OVERRIDE_SHARE * totalProse;
      }
      case HINT_WEAK_CHROME -> {
        return i.chars > 0 && (double) i.linkChars / i.chars > PROSE_MAX_LINK_DENSITY
            && !holdsMainText(i, totalProse) && !i.sharedMain;
      }
      default -> {
        return i.teaser && !holdsMainText(i, totalProse);
      }
    }
  }

  /**
   * Whether hiding makes an element's text chrome: it does unless the element holds prose with few
   * links (the article a script reveals, a collapsed section of it). Hidden copies of the article
   * (microdata duplicates) are caught by the body's repeat check.
   */
  static boolean hiddenHolds(Info i, int totalProse) {
    return i.rawProseBlocks == 0 || i.chars > 0 && (double) i.linkChars / i.chars > PROSE_MAX_LINK_DENSITY;
  }

  private static boolean isPageEdgeTag(String tag) {
    return tag.equals("footer") || tag.equals("aside") || tag.equals("nav");
  }

  private static boolean holdsMainText(Info i, int totalProse) {
    return i.rawProse >= CHROME_OVERRIDE_SHARE * totalProse && i.rawProseBlocks >= 2;
  }

  /** Whether a chrome or discussion hint on the element or above it holds (teasers aside). */
  static boolean underChrome(Info from, int totalProse) {
    for (Info i = from; i != null; i = i.parent) {
      if (i.hint != PageBlocks.HINT_NONE && i.hint != HINT_ARTICLE && i.hint != HINT_BODY
          && hintHolds(i, totalProse)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks chrome-named siblings of one class that together hold the main text (at least
   * {@link #CHROME_OVERRIDE_SHARE} of the page's prose, in several paragraphs, few links): the
   * article cut into sections whose class carries a chrome word ("skip-item", "promo-section").
   * One such element alone holds too little to void its hint.
   */
  static void markSharedMain(List<Block> blocks, int totalProse) {
    java.util.Map<SiblingClass, List<Info>> groups = null;
    for (Block b : blocks) {
      if (!looksLikeProse(b)) {
        continue;
      }
      for (Info i = b.owner; i != null; i = i.parent) {
        if (i.hint != HINT_CHROME && i.hint != PageBlocks.HINT_WEAK_CHROME || i.parent == null
            || PageBlocks.isChromeTag(i.tag)) {
          continue; // sidebars and footers named by their tag stay chrome, and what they hold
        }
        if (groups == null) {
          groups = new java.util.HashMap<>();
        }
        if (!i.grouped && !inChromeTag(i.parent)) {
          i.grouped = true;
          groups.computeIfAbsent(new SiblingClass(i.parent, i.tag, i.el.className()), k -> new ArrayList<>()).add(i);
        }
      }
    }
    if (groups == null) {
      return;
    }
    for (List<Info> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      int prose = 0;
      int chars = 0;
      int linkChars = 0;
      for (Info i : group) {
        prose += i.rawProse;
        chars += i.chars;
        linkChars += i.linkChars;
      }
      if (prose >= CHROME_OVERRIDE_SHARE * totalProse && chars > 0
          && (double) linkChars / chars <= PROSE_MAX_LINK_DENSITY) {
        for (Info i : group) {
          i.sharedMain = true;
        }
      }
    }
  }

  private static boolean inChromeTag(Info from) {
    for (Info i = from; i != null; i = i.parent) {
      if (PageBlocks.isChromeTag(i.tag)) {
        return true;
      }
    }
    return false;
  }

  /** Siblings of one tag and class under one parent. */
  private record SiblingClass(Info parent, String tag, String cls) {}

  /**
   * Marks hidden elements holding a prose block that begins like a visible one: copies of the
   * article (microdata duplicates, a second layout) are dropped whole, with their metadata lines.
   */
  static void markHiddenCopies(List<Block> blocks) {
    java.util.Set<String> visibleStarts = visibleProseStarts(blocks);
    for (Block b : blocks) {
      if (looksLikeProse(b) && underHidden(b) && visibleStarts.contains(start(b))) {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.copy |= i.hidden;
        }
      }
    }
  }

  /** The starts of prose blocks outside hidden elements, to know hidden copies of them. */
  private static java.util.Set<String> visibleProseStarts(List<Block> blocks) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Block b : blocks) {
      if (looksLikeProse(b) && !underHidden(b)) {
        out.add(start(b));
      }
    }
    return out;
  }

  /** The first 40 letters and digits of a block, lower case. */
  private static String start(Block b) {
    String l = letters(b.text());
    return l.length() <= 40 ? l : l.substring(0, 40);
  }
}
