package org.newsbeam.text;

import static org.newsbeam.text.PageBlocks.HINT_ARTICLE;
import static org.newsbeam.text.PageBlocks.HINT_BODY;
import static org.newsbeam.text.PageBlocks.HINT_CHROME;
import static org.newsbeam.text.PageBlocks.HINT_DISCUSSION;
import static org.newsbeam.text.PageBlocks.HINT_WEAK_CHROME;

import java.util.ArrayList;
import java.util.List;
import org.newsbeam.text.PageBlocks.Block;
import org.newsbeam.text.PageBlocks.Info;
import org.newsbeam.text.PageBlocks.Kind;
import org.newsbeam.text.PageBlocks.Walk;

/**
 * Picks the article container among a page's blocks and reads the body from it: blocks are
 * prose, chrome or neutral; every element sums the prose and chrome beneath it; the container is
 * the element with the most prose net of chrome; the body is its blocks less chrome, link lists,
 * bylines and the headline repeated.
 */
final class BodyFinder {
  private BodyFinder() {}


  /** A block with at least this many words and few links reads as prose. */
  private static final int PROSE_WORDS = 10;

  private static final double PROSE_MAX_LINK_DENSITY = 0.35;
  private static final double KEEP_MAX_LINK_DENSITY = 0.5;

  /** A chrome hint counts only on elements holding less than this share of the page's prose. */
  private static final double CHROME_OVERRIDE_SHARE = 0.5;

  /**
   * Comment threads often hold more prose than the article; their hint is void only on an element
   * that wraps nearly all the page ("page has-comments").
   */
  private static final double DISCUSSION_OVERRIDE_SHARE = 0.9;

  /**
   * Marks teaser cards: the smallest element around a linked headline (other than the page's own)
   * that also holds more text, the excerpt. Article bodies rarely link their sub-headings;
   * "more stories" listings always do.
   */
  private static void markTeasers(List<Block> blocks, String title, int totalProse, Walk walk) {
    String titleKey = letters(title);
    List<Info> cards = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind != Kind.HEADING || b.words < 2 || b.linkDensity() < 0.8) {
        continue;
      }
      if (!titleKey.isEmpty() && similarTitle(letters(b.text()), titleKey)) {
        continue;
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
    walk.cards = linkedHeadings(blocks, titleKey);
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

  /**
   * Marks chrome-named siblings of one class that together hold the main text (at least
   * {@link #CHROME_OVERRIDE_SHARE} of the page's prose, in several paragraphs, few links): the
   * article cut into sections whose class carries a chrome word ("skip-item", "promo-section").
   * One such element alone holds too little to void its hint.
   */
  private static void markSharedMain(List<Block> blocks, int totalProse) {
    java.util.Map<SiblingClass, List<Info>> groups = null;
    java.util.Set<Info> seen = null;
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
          seen = new java.util.HashSet<>();
        }
        if (seen.add(i) && !inChromeTag(i.parent)) {
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

  /** Whether a chrome or discussion hint on the element or above it holds (teasers aside). */
  private static boolean underChrome(Info from, int totalProse) {
    for (Info i = from; i != null; i = i.parent) {
      if (i.hint != PageBlocks.HINT_NONE && i.hint != HINT_ARTICLE && i.hint != HINT_BODY
          && hintHolds(i, totalProse)) {
        return true;
      }
    }
    return false;
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
    java.util.Set<Info> aroundCards = new java.util.HashSet<>();
    for (Info card : cards) {
      for (Info i = card; i != null && aroundCards.add(i); i = i.parent) {
        // ancestors of a card, each added once
      }
    }
    java.util.Map<Info, Integer> free = new java.util.HashMap<>();
    int best = 0;
    for (Block b : blocks) {
      if (!looksLikeProse(b)) {
        continue;
      }
      for (Info i = b.owner; i != null && !aroundCards.contains(i); i = i.parent) {
        if (i.teaser) {
          break;
        }
        best = Math.max(best, free.merge(i, b.words, Integer::sum));
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

  /**
   * The fallback when no container was found on a page with visible text: the element with the
   * most words of few-link text (hints ignored, hidden parts left out), read block by block with
   * link lists and stock lines dropped. Empty when the page has less than
   * {@link #FALLBACK_MIN_WORDS} such words.
   */
  static List<String> densestBlock(Walk walk) {
    List<String> out = new ArrayList<>();
    java.util.Map<Info, Integer> dense = new java.util.HashMap<>();
    int visible = 0;
    for (Block b : walk.blocks) {
      if (tooManyLinks(b) || underHidden(b)) {
        continue;
      }
      visible += b.words;
      for (Info i = b.owner; i != null; i = i.parent) {
        dense.merge(i, b.words, Integer::sum);
      }
    }
    if (visible < FALLBACK_MIN_WORDS) {
      return out;
    }
    // the deepest container that still holds most of that text
    Info best = null;
    for (java.util.Map.Entry<Info, Integer> e : dense.entrySet()) {
      Info i = e.getKey();
      if (i.block && !i.leaf && e.getValue() >= FALLBACK_SHARE * visible
          && (best == null || i.depth > best.depth)) {
        best = i;
      }
    }
    if (best == null) {
      return out;
    }
    for (Block b : walk.blocks) {
      if (!isInside(b.owner, best) || b.words == 0 || tooManyLinks(b) || underHidden(b)
          || Boilerplate.isStockPhrase(b.text(), b.words)) {
        continue;
      }
      out.add(b.text());
    }
    return out;
  }

  /**
   * Whether the next block in the container is prose of the body: a linked heading then names an
   * entry of a list article ("3. The Hotel Example" linking to the hotel), not a teaser.
   */
  private static boolean leadsProse(List<Block> blocks, int k, Info container) {
    for (int j = k + 1; j < blocks.size() && j <= k + 3; j++) {
      Block next = blocks.get(j);
      if (!isInside(next.owner, container)) {
        return false;
      }
      if (next.words > 0) {
        return next.prose && !next.chrome;
      }
    }
    return false;
  }

  /**
   * Whether a section heading opens more of the article: the first text after it is prose and at
   * least {@link #SECTION_PROSE_WORDS} words of prose follow in the container. "Related stories"
   * and "You may also like" head link lists and teaser cards; the same words head sections of
   * guides ("Popular models", "Recommended providers") that go on in paragraphs.
   */
  private static boolean opensProse(List<Block> blocks, int k, Info container) {
    boolean first = true;
    int prose = 0;
    for (int j = k + 1; j < blocks.size() && prose < SECTION_PROSE_WORDS; j++) {
      Block next = blocks.get(j);
      if (next.words == 0) {
        continue;
      }
      if (!isInside(next.owner, container)) {
        break;
      }
      boolean isProse = next.prose && !next.chrome;
      if (first && !(isProse && next.kind != Kind.HEADING && endsSentence(next.text()))) {
        return false; // a teaser's title, a link list: not a paragraph of the article
      }
      first = false;
      if (isProse) {
        prose += next.words;
      }
    }
    return prose >= SECTION_PROSE_WORDS;
  }

  /**
   * The container, widened when it holds less than {@link #SPLIT_SHARE} of the page's counted
   * prose: to the nearest ancestor that holds that share. An article split into two containers
   * (a standfirst box and the body, a list and the text after it) loses its other part otherwise,
   * when link lists between the parts outweigh the smaller part; chrome blocks inside the wider
   * container are still left out one by one.
   */
  private static Info widen(Info best, List<Block> blocks) {
    if (best == null) {
      return null;
    }
    double all = 0;
    for (Block b : blocks) {
      if (b.prose) {
        all += b.words * (1 - b.linkDensity());
      }
    }
    if (best.prose >= SPLIT_SHARE * all) {
      return best;
    }
    for (Info i = best.parent; i != null; i = i.parent) {
      if (i.prose >= SPLIT_SHARE * all) {
        return i;
      }
    }
    return best;
  }

  /** A container holding less than this share of the page's counted prose is widened. */
  private static final double SPLIT_SHARE = 0.5;

  /** Whether a block ends like a sentence (a paragraph, unlike a headline or a title). */
  private static boolean endsSentence(String t) {
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

  /** Prose words after a stock section heading that make it a section of the article. */
  private static final int SECTION_PROSE_WORDS = 40;

  /** Visible words of few-link text a page needs before the fallback reads it. */
  static final int FALLBACK_MIN_WORDS = 50;

  /** The fallback's container holds at least this share of the page's few-link text. */
  private static final double FALLBACK_SHARE = 0.6;

  /** Linked headings other than the page's own title: the cards of a listing. */
  private static int linkedHeadings(List<Block> blocks, String titleKey) {
    int n = 0;
    for (Block b : blocks) {
      if (b.kind == Kind.HEADING && b.words >= 2 && b.linkDensity() >= 0.8
          && !(titleKey.length() > 0 && similarTitle(letters(b.text()), titleKey))) {
        n++;
      }
    }
    return n;
  }

  /** Teaser cards holding this share of the page's prose are its content. */
  private static final double TEASER_CONTENT_SHARE = 0.5;

  /** A teaser's excerpt runs to a paragraph at most; more text under a linked heading is an entry. */
  private static final int TEASER_MAX_EXCERPT_WORDS = 80;

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

  static List<String> body(Walk walk, String title) {
    List<Block> blocks = walk.blocks;
    if (blocks.isEmpty()) {
      return new ArrayList<>();
    }
    // raw prose per element, hints ignored
    int totalProse = 0;
    boolean hiddenProse = false; // only then can a hidden copy of the article exist
    for (Block b : blocks) {
      if (looksLikeProse(b)) {
        totalProse += b.words;
        for (Info i = b.owner; i != null; i = i.parent) {
          i.words += b.words;
          i.chars += b.chars;
          i.linkChars += b.linkChars;
          i.rawProse += b.words;
          i.rawProseBlocks++;
          hiddenProse |= i.hidden;
        }
      } else {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.words += b.words;
          i.chars += b.chars;
          i.linkChars += b.linkChars;
        }
      }
    }
    markSharedMain(blocks, totalProse);
    markTeasers(blocks, title, totalProse, walk);
    walk.totalProse = totalProse;
    walk.discussionProse = discussionProse(blocks);
    if (hiddenProse) {
      markHiddenCopies(blocks);
    }
    // the nearest hint above a block decides; a chrome hint is void on an element that holds most
    // of the page's prose in several paragraphs (whole-page wrappers named "has-sidebar" etc.)
    for (Block b : blocks) {
      boolean chrome = false;
      boolean inBody = false;
      boolean inQuote = false;
      for (Info i = b.owner; i != null; i = i.parent) {
        // an article-body element voids chrome hints above it, but not hiding: hidden copies of
        // the article (microdata duplicates) carry itemprop=articleBody too
        inBody |= i.hint == HINT_BODY;
        // a pull quote links nowhere; an embedded post (a tweet) links to itself and stays out
        inQuote |= i.tag.equals("blockquote") && i.linkChars == 0;
        if (i.tag.equals("figure") && (b.kind == Kind.CELL || inQuote)) {
          continue; // a table or a pull quote set in a figure is content, unlike a picture's credit
        }
        if (i.hidden && (hiddenHolds(i, totalProse) || i.copy)
            || !inBody && hintHolds(i, totalProse)) {
          chrome = true;
          break;
        }
      }
      if (!chrome && !surelyDropped(b)
          && (Boilerplate.isStockPhrase(b.text(), b.words) || isExcerpt(b))) {
        chrome = true;
      }
      b.chrome = chrome;
      if (walk.trace != null && (chrome || tooManyLinks(b)) && b.words >= 4) {
        walk.trace.add("dropped " + b.words + " words (" + dropReason(b, totalProse) + "): " + clip(b.text(), 70));
      }
      double ld = b.linkDensity();
      if (chrome || tooManyLinks(b)) {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.chrome += b.words;
        }
      } else if (looksLikeProse(b)) {
        b.prose = true;
        double weight = b.words * (1 - ld);
        for (Info i = b.owner; i != null; i = i.parent) {
          i.prose += weight;
        }
      }
    }
    Info best = null;
    double bestScore = 0;
    for (Block b : blocks) {
      if (!b.prose) {
        continue;
      }
      for (Info i = b.owner; i != null; i = i.parent) {
        if (!i.block || i.leaf) {
          continue; // a paragraph or an inline element is no container
        }
        double score = i.prose - CHROME_PENALTY * i.chrome;
        if (i.hint == HINT_ARTICLE || i.hint == HINT_BODY) {
          score *= 1.05;
        }
        if (best == null || score > bestScore || (score == bestScore && i.depth > best.depth)) {
          best = i;
          bestScore = score;
        }
      }
    }
    best = widen(best, blocks);
    List<String> out = new ArrayList<>();
    if (walk.trace != null) {
      for (Info i = best; i != null; i = i.parent) {
        walk.trace.add(String.format(java.util.Locale.ROOT, "container %s prose=%.0f chrome=%.0f raw prose=%d of %d",
            describe(i), i.prose, i.chrome, i.rawProse, totalProse));
      }
    }
    if (best == null) {
      return out;
    }
    String titleKey = letters(title);
    boolean proseSeen = false;
    Info skip = null;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (!isInside(b.owner, best)) {
        continue;
      }
      if (skip != null) {
        if (isInside(b.owner, skip)) {
          continue;
        }
        skip = null;
      }
      if (b.kind == Kind.HEADING && proseSeen && b.linkDensity() < 0.5
          && Boilerplate.endsArticle(b.text(), b.words)
          && (Boilerplate.endsArticleFirmly(b.text()) || !opensProse(blocks, k, best))) {
        // "Related stories", "You may also like": a box inside the body is skipped, a heading
        // in the body's own flow ends the article
        skip = sectionBox(b.owner, best);
        if (skip == null) {
          break;
        }
        continue;
      }
      if (b.chrome || b.words == 0) {
        continue;
      }
      if (b.words <= 3 && b.kind != Kind.CELL && !ContentExtractor.hasLetter(b.text())) {
        continue; // a bare time, count or page number ("16:05", "3/12") outside a table
      }
      proseSeen |= b.prose;
      if (walk.firstBodyBlock < 0 && b.prose) {
        walk.firstBodyBlock = k;
      }
      double ld = b.linkDensity();
      boolean linkHeavy = b.kind == Kind.PARA ? ld > PARA_MAX_LINK_DENSITY && b.words < LONG_WORDS || ld > 0.9
          : tooManyLinks(b) || (b.kind == Kind.ITEM && ld > 0.3 && b.words < 12);
      if (linkHeavy && !(b.kind == Kind.HEADING && leadsProse(blocks, k, best))) {
        continue;
      }
      if (b.kind == Kind.HEADING ? similarTitle(letters(b.text()), titleKey)
          : !b.prose && letters(b.text()).equals(titleKey)) {
        continue;
      }
      if (!b.prose && Boilerplate.isByline(b.text(), b.words)) {
        continue;
      }
      out.add(b.text());
    }
    return out;
  }

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

  /**
   * Marks hidden elements holding a prose block that begins like a visible one: copies of the
   * article (microdata duplicates, a second layout) are dropped whole, with their metadata lines.
   */
  private static void markHiddenCopies(List<Block> blocks) {
    java.util.Set<String> visibleStarts = visibleProseStarts(blocks);
    for (Block b : blocks) {
      if (looksLikeProse(b) && underHidden(b) && visibleStarts.contains(start(b))) {
        for (Info i = b.owner; i != null; i = i.parent) {
          i.copy |= i.hidden;
        }
      }
    }
  }

  private static boolean underHidden(Block b) {
    for (Info i = b.owner; i != null; i = i.parent) {
      if (i.hidden) {
        return true;
      }
    }
    return false;
  }

  /** The first 40 letters and digits of a block, lower case. */
  private static String start(Block b) {
    String l = letters(b.text());
    return l.length() <= 40 ? l : l.substring(0, 40);
  }

  private static boolean holdsMainText(Info i, int totalProse) {
    return i.rawProse >= CHROME_OVERRIDE_SHARE * totalProse && i.rawProseBlocks >= 2;
  }

  /** How much a word of chrome inside an element offsets a word of prose. */
  private static final double CHROME_PENALTY = 1.0;

  /** Inside the article, a paragraph of a sentence or more may link most of its words. */
  private static final double PARA_MAX_LINK_DENSITY = 0.8;

  /** Long blocks may carry more links: digests and explainers link every other phrase. */
  private static final int LONG_WORDS = 25;

  private static final double LONG_MAX_LINK_DENSITY = 0.65;

  /** The largest element around a heading, inside the container, that holds little of its prose. */
  private static Info sectionBox(Info heading, Info container) {
    Info box = null;
    for (Info i = heading; i != null && i != container; i = i.parent) {
      if (i.prose <= 0.3 * container.prose) {
        box = i;
      } else {
        break;
      }
    }
    // the heading element alone is no box
    if (box != null && box.tag.length() == 2 && box.tag.charAt(0) == 'h') {
      return null;
    }
    return box;
  }

  private static boolean looksLikeProse(Block b) {
    double ld = b.linkDensity();
    return b.words >= PROSE_WORDS && ld <= PROSE_MAX_LINK_DENSITY
        || b.words >= LONG_WORDS && ld <= LONG_MAX_LINK_DENSITY;
  }

  /** Link lists the body leaves out anyway; no need to read their text for stock phrases. */
  private static boolean surelyDropped(Block b) {
    return b.kind == Kind.PARA ? b.linkDensity() > 0.9 : tooManyLinks(b);
  }

  /** A teaser's cut-off excerpt: linked headline, text, trailing ellipsis. */
  private static boolean isExcerpt(Block b) {
    if (!b.startsInLink || b.words > 120 || b.kind == Kind.PARA || b.kind == Kind.QUOTE) {
      return false;
    }
    String t = b.text();
    int n = t.length();
    return n > 3 && (t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("[\u2026]") || t.endsWith("[...]"));
  }

  private static boolean tooManyLinks(Block b) {
    double ld = b.linkDensity();
    return ld > LONG_MAX_LINK_DENSITY || ld > KEEP_MAX_LINK_DENSITY && b.words < LONG_WORDS;
  }

  private static boolean isInside(Info node, Info container) {
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

  // ---------------------------------------------------------------- trace for `extract --explain`

  /** Why a block was dropped: the element whose hint or hiding made it chrome, else its links. */
  private static String dropReason(Block b, int totalProse) {
    for (Info i = b.owner; i != null; i = i.parent) {
      if (i.hidden && (hiddenHolds(i, totalProse) || i.copy)) {
        return (i.copy ? "hidden copy " : "hidden ") + describe(i);
      }
      if (hintHolds(i, totalProse)) {
        return HINT_NAMES[i.hint] + (i.teaser ? " teaser " : " ") + describe(i);
      }
    }
    if (b.chrome) {
      return "stock line or excerpt";
    }
    return String.format(java.util.Locale.ROOT, "link density %.2f", b.linkDensity());
  }

  private static final String[] HINT_NAMES = {"no hint", "chrome", "article", "body", "discussion", "weak chrome"};

  /** "div#main.entry.content", cut to a readable length. */
  static String describe(Info i) {
    StringBuilder s = new StringBuilder(i.tag);
    String id = i.el.id();
    if (!id.isEmpty()) {
      s.append('#').append(id);
    }
    String cls = i.el.className().trim();
    if (!cls.isEmpty()) {
      s.append('.').append(cls.replaceAll("\\s+", "."));
    }
    return clip(s.toString(), 80);
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "...";
  }
}
