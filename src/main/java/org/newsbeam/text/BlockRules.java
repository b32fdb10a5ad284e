package org.newsbeam.text;

import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Info;
import org.newsbeam.text.PageBlocks.Kind;

/**
 * How one block of a page reads, by its words and links alone: prose, a link list, a teaser's
 * excerpt, a heading that repeats the title. Shared by the body's rules and the page's counts.
 */
final class BlockRules {
  private BlockRules() {}

  /** A block with at least this many words and few links reads as prose. */
  private static final int PROSE_WORDS = 10;

  /** Prose links at most this share of its characters; a kept block of few words, half. */
  static final double PROSE_MAX_LINK_DENSITY = 0.35;

  private static final double KEEP_MAX_LINK_DENSITY = 0.5;

  /** Inside the article, a paragraph of a sentence or more may link most of its words. */
  static final double PARA_MAX_LINK_DENSITY = 0.8;

  /** Long blocks may carry more links: digests and explainers link every other phrase. */
  static final int LONG_WORDS = 25;

  private static final double LONG_MAX_LINK_DENSITY = 0.65;

  /** A paragraph's worth of words with few links, or a long block with some. */
  static boolean looksLikeProse(Block b) {
    double ld = b.linkDensity();
    return b.words >= PROSE_WORDS && ld <= PROSE_MAX_LINK_DENSITY
        || b.words >= LONG_WORDS && ld <= LONG_MAX_LINK_DENSITY;
  }

  /** A link list: dropped wherever it sits. */
  static boolean tooManyLinks(Block b) {
    double ld = b.linkDensity();
    return ld > LONG_MAX_LINK_DENSITY || ld > KEEP_MAX_LINK_DENSITY && b.words < LONG_WORDS;
  }

  /** Link lists the body leaves out anyway; no need to read their text for stock phrases. */
  static boolean surelyDropped(Block b) {
    return b.kind == Kind.PARA ? b.linkDensity() > 0.9 : tooManyLinks(b);
  }

  /** A teaser's cut-off excerpt: linked headline, text, trailing ellipsis. */
  static boolean isExcerpt(Block b) {
    if (!b.startsInLink || b.words > 120 || b.kind == Kind.PARA || b.kind == Kind.QUOTE) {
      return false;
    }
    String t = b.text();
    int n = t.length();
    return n > 3 && (t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("[\u2026]") || t.endsWith("[...]"));
  }

  /** Whether a block ends like a sentence (a paragraph, unlike a headline or a title). */
  static boolean endsSentence(String t) {
    int n = t.length();
    while (n > 0 && (t.charAt(n - 1) == '"' || t.charAt(n - 1) == '\u201D' || t.charAt(n - 1) == ')')) {
      n--;
    }
    if (n == 0) {
      return false;
    }
    char c = t.charAt(n - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
  }

  /** Lower-case letters and digits only, for comparing headings with the title. */
  static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** A heading that repeats the page title, possibly without the title's " — Site" tail. */
  static boolean similarTitle(String heading, String title) {
    if (heading.isEmpty() || title.isEmpty()) {
      return false;
    }
    return heading.equals(title)
        || heading.length() >= 8 && (title.startsWith(heading) || heading.startsWith(title));
  }

  static boolean isInside(Info node, Info container) {
    for (Info i = node; i != null; i = i.parent) {
      if (i == container) {
        return true;
      }
      if (i.depth < container.depth) {
        return false;
      }
    }
    return false;
  }

  static boolean underHidden(Block b) {
    for (Info i = b.owner; i != null; i = i.parent) {
      if (i.hidden) {
        return true;
      }
    }
    return false;
  }
}
