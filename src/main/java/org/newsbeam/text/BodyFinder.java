package org.newsbeam.text;

import static org.newsbeam.text.BlockRules.LONG_WORDS;
import static org.newsbeam.text.BlockRules.PARA_MAX_LINK_DENSITY;
import static org.newsbeam.text.BlockRules.endsSentence;
import static org.newsbeam.text.BlockRules.isExcerpt;
import static org.newsbeam.text.BlockRules.isInside;
import static org.newsbeam.text.BlockRules.letters;
import static org.newsbeam.text.BlockRules.looksLikeProse;
import static org.newsbeam.text.BlockRules.similarTitle;
import static org.newsbeam.text.BlockRules.surelyDropped;
import static org.newsbeam.text.BlockRules.tooManyLinks;
import static org.newsbeam.text.BlockRules.underHidden;
import static org.newsbeam.text.BodyTrace.clip;
import static org.newsbeam.text.BodyTrace.describe;
import static org.newsbeam.text.BodyTrace.dropReason;
import static org.newsbeam.text.ChromeHints.hiddenHolds;
import static org.newsbeam.text.ChromeHints.hintHolds;
import static org.newsbeam.text.PageBlocks.HINT_ARTICLE;
import static org.newsbeam.text.PageBlocks.HINT_BODY;

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

  /**
   * Drops the second copy of a run of paragraphs printed twice: pages that hold a mobile and a
   * desktop layout of the same article. A run goes when {@link #REPEAT_MIN_RUN} or more
   * paragraphs in a row repeat earlier ones in the same order and two of them are sentences of
   * {@link #REPEAT_MIN_WORDS} words or more; a single repeated paragraph (a tip printed twice on
   * purpose) and repeated lines of plans and recipes ("Salad [1 cup lettuce, ...]") stay.
   */
  private static List<String> dropSecondCopy(List<String> out, List<Integer> words) {
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    boolean repeats = false;
    for (int j = 0; j < out.size(); j++) {
      repeats |= first.putIfAbsent(out.get(j), j) != null;
    }
    if (!repeats) {
      return out;
    }
    // runs of repeats in the first copy's order: j, j+1, ... repeat i, i+1, ...
    boolean[] drop = new boolean[out.size()];
    int j = 0;
    while (j < out.size()) {
      int i = first.get(out.get(j));
      if (i == j) {
        j++;
        continue;
      }
      int end = j + 1;
      while (end < out.size() && end - j + i < j && first.get(out.get(end)) == i + end - j) {
        end++;
      }
      int sentences = 0;
      for (int k = j; k < end; k++) {
        if (words.get(k) >= REPEAT_MIN_WORDS && endsSentence(out.get(k))) {
          sentences++;
        }
      }
      if (end - j >= REPEAT_MIN_RUN && sentences >= 2) {
        for (int k = j; k < end; k++) {
          drop[k] = true;
        }
      }
      j = end;
    }
    List<String> kept = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      if (!drop[k]) {
        kept.add(out.get(k));
      }
    }
    return kept;
  }

  /**
   * Whether a block prints again the line kept just before it: responsive templates render a
   * heading, a tagline or a sign-up prompt once per screen size, side by side in the HTML. Table
   * cells repeat values on purpose ("Yes", "Yes"), and a bare word or two may repeat in prose
   * lists, so only lines of {@link #ADJACENT_REPEAT_WORDS} words or more outside tables count.
   */
  private static boolean repeatsLast(Block b, List<String> out) {
    return b.kind != Kind.CELL && b.words >= ADJACENT_REPEAT_WORDS && !out.isEmpty()
        && out.get(out.size() - 1).equals(b.text());
  }

  /** Words a line needs before a copy of it right after it is dropped. */
  private static final int ADJACENT_REPEAT_WORDS = 3;

  /** Paragraphs in a row, repeated in the first copy's order, that make a second copy. */
  private static final int REPEAT_MIN_RUN = 3;

  /** Words a paragraph needs before a repeat of it is taken for a second copy of the layout. */
  private static final int REPEAT_MIN_WORDS = 15;

  /** How much a word of chrome inside an element offsets a word of prose. */
  private static final double CHROME_PENALTY = 1.0;

  /** A container holding less than this share of the page's counted prose is widened. */
  private static final double SPLIT_SHARE = 0.5;

  /** Prose words after a stock section heading that make it a section of the article. */
  private static final int SECTION_PROSE_WORDS = 40;

  /** Visible words of few-link text a page needs before the fallback reads it. */
  static final int FALLBACK_MIN_WORDS = 50;

  /** The fallback's container holds at least this share of the page's few-link text. */
  private static final double FALLBACK_SHARE = 0.6;

  /** The body of a page that declares no writer. */
  static List<String> body(Walk walk, String title) {
    return body(walk, title, List.of());
  }

  /**
   * The body's paragraphs: counts, chrome marked block by block, the container, its blocks read.
   * {@code writers} are the page's declared author names ({@link AuthorCard#names}): their box
   * (name, role, a bio that opens with the name) is left out.
   */
  static List<String> body(Walk walk, String title, List<String> writers) {
    List<Block> blocks = walk.blocks;
    if (blocks.isEmpty()) {
      return new ArrayList<>();
    }
    int totalProse = PageCounts.count(walk, title);
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
          && (Boilerplate.mayBeStockPhrase(b.words) && Boilerplate.isStockPhrase(b.text(), b.words)
              || isExcerpt(b))) {
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
    List<Integer> words = new ArrayList<>();
    boolean nameLineBefore = false;
    boolean bioBefore = false;
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
      // never read on a link list, whose text the body otherwise never needs
      if (b.words <= Boilerplate.PAYWALL_WORDS && b.kind != Kind.CELL && !surelyDropped(b)
          && Boilerplate.isPaywall(b.text(), b.words)) {
        if (proseSeen) {
          break; // the subscription offer follows, whatever its markup
        }
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
      if (repeatsLast(b, out)) {
        continue;
      }
      if (b.words <= Boilerplate.DISCLOSURE_WORDS && Boilerplate.isDisclosure(b.text(), b.words)) {
        continue;
      }
      if (Boilerplate.isPlaceholder(b.text())) {
        continue;
      }
      if (!writers.isEmpty()) {
        int card = AuthorCard.part(b.text(), b.words, writers, nameLineBefore);
        if (card == AuthorCard.NONE && bioBefore && AuthorCard.continuesBio(b.text(), b.words, writers)) {
          card = AuthorCard.BIO;
        }
        nameLineBefore = card == AuthorCard.NAME;
        bioBefore = card == AuthorCard.BIO;
        // above the story the name line is its byline, which the body leaves as it finds it
        if (card != AuthorCard.NONE && (proseSeen || card == AuthorCard.BIO)) {
          continue;
        }
      }
      out.add(b.text());
      words.add(b.words);
    }
    return dropSecondCopy(out, words);
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
}
