package org.newsbeam.text;

import static org.newsbeam.text.BlockRules.letters;
import static org.newsbeam.text.BlockRules.looksLikeProse;
import static org.newsbeam.text.BlockRules.similarTitle;
import static org.newsbeam.text.ChromeHints.markHiddenCopies;
import static org.newsbeam.text.ChromeHints.markSharedMain;
import static org.newsbeam.text.ChromeHints.underChrome;
import static org.newsbeam.text.PageBlocks.HINT_DISCUSSION;

import java.util.ArrayList;
import java.util.List;
import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Info;
import org.newsbeam.text.PageBlocks.Kind;
import org.newsbeam.text.PageBlocks.Walk;

/**
 * The counts a page's type is decided from ({@link PageTypes}) and that weigh teaser hints:
 * teaser cards and the prose they hold, prose outside page chrome, the most prose one element
 * holds outside the cards, prose under comment elements, linked headings.
 */
final class PageCounts {
  private PageCounts() {}

  /**
   * Sums each element's words, characters, link characters and raw prose (hints ignored), marks
   * shared main sections, teaser cards and hidden copies, and stores the page's counts in the walk.
   * Returns the page's prose words.
   */
  static int count(Walk walk, String title) {
    List<Block> blocks = walk.blocks;
    // raw prose per element, hints ignored: each block counts at its owner, then each element's
    // sums go to its parent, children before parents (one pass instead of a climb per block)
    int totalProse = 0;
    for (Block b : blocks) {
      Info o = b.owner;
      boolean prose = looksLikeProse(b);
      if (prose) {
        totalProse += b.words;
      }
      if (o != null) {
        o.words += b.words;
        o.chars += b.chars;
        o.linkChars += b.linkChars;
        if (prose) {
          o.rawProse += b.words;
          o.rawProseBlocks++;
        }
      }
    }
    boolean hiddenProse = false; // only then can a hidden copy of the article exist
    List<Info> elements = walk.elements;
    for (int k = elements.size() - 1; k >= 0; k--) {
      Info i = elements.get(k);
      hiddenProse |= i.hidden && i.rawProseBlocks > 0;
      Info p = i.parent;
      if (p != null) {
        p.words += i.words;
        p.chars += i.chars;
        p.linkChars += i.linkChars;
        p.rawProse += i.rawProse;
        p.rawProseBlocks += i.rawProseBlocks;
      }
    }
    markSharedMain(blocks, totalProse);
    markTeasers(blocks, title, totalProse, walk);
    walk.totalProse = totalProse;
    walk.discussionProse = discussionProse(blocks);
    if (hiddenProse) {
      markHiddenCopies(blocks);
    }
    return totalProse;
  }

  /**
   * Marks teaser cards: the smallest element around a linked headline (other than the page's own)
   * that also holds more text, the excerpt. Article bodies rarely link their sub-headings;
   * "more stories" listings always do.
   */
  private static void markTeasers(List<Block> blocks, String title, int totalProse, Walk walk) {
    String titleKey = letters(title);
    boolean ranked = rankedEntries(blocks);
    List<Info> cards = new ArrayList<>();
    int linkedHeadings = 0; // other than the page's own title: the cards of a listing
    for (Block b : blocks) {
      if (b.kind != Kind.HEADING || b.words < 2 || b.linkDensity() < 0.8) {
        continue;
      }
      if (!titleKey.isEmpty() && similarTitle(letters(b.text()), titleKey)) {
        continue;
      }
      linkedHeadings++;
      if (ranked && listNumber(b.text()) > 0) {
        continue; // "3. The Example School": an entry of the page's ranked list, not a teaser
      }
      Info heading = b.owner;
      while (heading != null && !heading.tag.startsWith("h")) {
        heading = heading.parent;
      }
      if (heading == null) {
        continue;
      }
      Info card = heading.parent;
      for (int up = 0; card != null && up < 4; up++, card = card.parent) {
        if (card.words > b.words + 8) {
          // a card that goes on for paragraphs is an entry of a list article, not a teaser
          card.teaser = card.rawProseBlocks <= 1 && card.words <= b.words + TEASER_MAX_EXCERPT_WORDS;
          if (card.teaser) {
            cards.add(card);
          }
          break;
        }
      }
    }
    // cards that hold most of the page's prose are the page's own content (the entries of a
    // list article, each under a linked name), not teasers for other pages
    int cardProse = 0;
    for (Info card : cards) {
      if (!underChrome(card.parent, totalProse)) {
        cardProse += card.rawProse; // menus of linked headings in the site's navigation aside
      }
    }
    int contentProse = contentProse(blocks, totalProse);
    int free = freeStandingProse(blocks, cards);
    walk.cards = linkedHeadings;
    walk.cardProse = cardProse;
    walk.contentProse = contentProse;
    walk.freeProse = free;
    if (walk.trace != null && !cards.isEmpty()) {
      walk.trace.add("teaser cards " + cards.size() + " holding " + cardProse + " of " + contentProse
          + " prose words outside page chrome; most prose outside them in one element " + free);
    }
    if (cardProse >= TEASER_CONTENT_SHARE * contentProse && contentProse > 0
        && free < TEASER_CONTENT_SHARE * cardProse) {
      for (Info card : cards) {
        card.teaser = false;
      }
    }
  }

  /** Teaser cards holding this share of the page's prose are its content. */
  private static final double TEASER_CONTENT_SHARE = 0.5;

  /** A teaser's excerpt runs to a paragraph at most; more text under a linked heading is an entry. */
  private static final int TEASER_MAX_EXCERPT_WORDS = 80;

  /**
   * Whether the page's linked headings count 1, 2, 3 ("1. First School", "2) Second"): the
   * entries of a ranked list, each linking to what it names. Teasers for other stories are not
   * numbered in sequence.
   */
  private static boolean rankedEntries(List<Block> blocks) {
    boolean one = false;
    boolean two = false;
    boolean three = false;
    for (Block b : blocks) {
      if (b.kind == Kind.HEADING && b.words >= 2 && b.linkDensity() >= 0.8) {
        int n = listNumber(b.text());
        one |= n == 1;
        two |= n == 2;
        three |= n == 3;
      }
    }
    return one && two && three;
  }

  /** The number a heading starts with ("12. ", "3) ", "#4 "), or -1. */
  static int listNumber(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    boolean hash = i < n && text.charAt(i) == '#';
    if (hash) {
      i++;
    }
    int start = i;
    int value = 0;
    while (i < n && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      value = value * 10 + (text.charAt(i) - '0');
      i++;
    }
    if (i == start || i >= n) {
      return -1;
    }
    char c = text.charAt(i);
    if (c == '.' || c == ')' || c == ':') {
      i++;
    } else if (!hash) {
      return -1; // "2025 Guide", "10 Best": a number that is no entry's place
    }
    return i < n && Character.isWhitespace(text.charAt(i)) ? value : -1;
  }

  /** Prose words outside page chrome (navigation, footers, sidebars, comments). */
  private static int contentProse(List<Block> blocks, int totalProse) {
    int n = 0;
    for (Block b : blocks) {
      if (looksLikeProse(b) && !underChrome(b.owner, totalProse)) {
        n += b.words;
      }
    }
    return n;
  }

  /**
   * The most prose that one element holds outside the cards and without holding any of them: an
   * article beside the cards (the cards then are its related stories) rather than the intro of a
   * list whose entries they are.
   */
  private static int freeStandingProse(List<Block> blocks, List<Info> cards) {
    for (Info card : cards) {
      for (Info i = card; i != null && !i.aroundCard; i = i.parent) {
        i.aroundCard = true; // ancestors of a card, each marked once
      }
    }
    int best = 0;
    for (Block b : blocks) {
      if (!looksLikeProse(b)) {
        continue;
      }
      for (Info i = b.owner; i != null && !i.aroundCard; i = i.parent) {
        if (i.teaser) {
          break;
        }
        i.freeProse += b.words;
        best = Math.max(best, i.freeProse);
      }
    }
    return best;
  }

  /** Prose words under comment and discussion elements. */
  private static int discussionProse(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      if (!looksLikeProse(b)) {
        continue;
      }
      for (Info i = b.owner; i != null; i = i.parent) {
        if (i.hint == HINT_DISCUSSION) {
          n += b.words;
          break;
        }
      }
    }
    return n;
  }
}
