package org.newsbeam.text;

import java.util.Set;

/**
 * Tells article pages from pages that are not articles (front pages, listings, forum threads,
 * product pages), from what the page declares about itself and from the shape of its text. A page
 * that declares itself an article (schema.org article types, og:type=article, article:* meta tags,
 * itemprop=articleBody) is always one, except a declared discussion thread; otherwise, in order:
 *
 * <ol>
 *   <li>forum: declared DiscussionForumPosting or QAPage, or nearly all prose sits under comment
 *       and discussion elements and less than {@link #STORY_MIN_PROSE} words outside them (more is
 *       a story with its comments);
 *   <li>product: declared Product, og:type=product or a price meta tag;
 *   <li>home: the URL's path is the site's root and the page has several cards or little prose;
 *   <li>listing: declared CollectionPage or SearchResultsPage; or declared ItemList (list
 *       articles declare it too), or at least {@link #LISTING_MIN_CARDS} linked headings with
 *       little prose per card (teaser excerpts, not the entries of a list article), in both cases
 *       unless one element outside the cards holds {@link #STORY_MIN_PROSE} words of prose or
 *       more, and more than the cards (an article beside menus and hubs of linked headings).
 * </ol>
 *
 * <p>Decided without page- or site-specific rules; measured in BENCHMARKS.md.
 */
final class PageTypes {
  private PageTypes() {}

  /** Linked headings a listing has at least. */
  static final int LISTING_MIN_CARDS = 8;

  /** Prose words per linked heading a listing has at most: excerpts, not entries. */
  static final int LISTING_MAX_PROSE_PER_CARD = 30;

  /** A page without a declared type is a thread when this share of its prose is in discussion elements. */
  static final double FORUM_DISCUSSION_SHARE = 0.9;

  /**
   * Prose words of a story of its own: outside comments, a forum-shaped page with this much is an
   * article under a long thread; in one element outside the cards (and more than the cards hold),
   * a listing-shaped page is an article or guide among many linked headings (menus, hubs).
   */
  static final int STORY_MIN_PROSE = 100;

  /** A root page with less prose than this is a front page. */
  static final int HOME_MAX_PROSE = 300;

  private static final Set<String> FORUM_TYPES = Set.of("DiscussionForumPosting", "QAPage");
  private static final Set<String> LISTING_TYPES = Set.of("CollectionPage", "SearchResultsPage");

  static PageType classify(PageBlocks.Walk walk, JsonLdArticle.JsonLd ld, String url, String canonical) {
    if (walk.trace != null) {
      walk.trace.add("page type from: declared types " + ld.types + ", og:type '" + walk.meta.ogType
          + "', article meta " + walk.meta.articleMeta + ", articleBody " + walk.articleBodyHint
          + ", linked headings " + walk.cards + ", prose " + walk.totalProse + ", in discussion "
          + walk.discussionProse + ", outside chrome and comments " + walk.contentProse
          + ", in cards " + walk.cardProse + ", free-standing " + walk.freeProse);
    }
    PageBlocks.Meta meta = walk.meta;
    if (declares(ld, FORUM_TYPES)) {
      return PageType.FORUM;
    }
    boolean declaredArticle = meta.ogType.equals("article") || meta.articleMeta || walk.articleBodyHint;
    for (String t : ld.types) {
      declaredArticle |= JsonLdArticle.isArticleType(t);
    }
    if (declaredArticle) {
      return PageType.ARTICLE;
    }
    int prose = walk.totalProse;
    if (prose > 0 && walk.discussionProse >= FORUM_DISCUSSION_SHARE * prose
        && walk.contentProse < STORY_MIN_PROSE) {
      return PageType.FORUM;
    }
    if (declares(ld, Set.of("Product")) || meta.ogType.equals("product") || meta.price) {
      return PageType.PRODUCT;
    }
    String address = canonical == null || canonical.isBlank() ? url : canonical;
    if (isRoot(address) && (walk.cards >= 3 || prose < HOME_MAX_PROSE)) {
      return PageType.HOME;
    }
    boolean story = walk.freeProse >= STORY_MIN_PROSE && walk.freeProse >= walk.cardProse;
    if (declares(ld, LISTING_TYPES)
        || declares(ld, Set.of("ItemList")) && !story
        || walk.cards >= LISTING_MIN_CARDS && prose <= LISTING_MAX_PROSE_PER_CARD * walk.cards && !story) {
      return PageType.LISTING;
    }
    return PageType.ARTICLE;
  }

  private static boolean declares(JsonLdArticle.JsonLd ld, Set<String> types) {
    for (String t : ld.types) {
      if (types.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** "https://example.com/", "https://example.com/index.html", "https://example.com/?ref=x". */
  static boolean isRoot(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    int scheme = address.indexOf("://");
    if (scheme < 0) {
      return false;
    }
    int slash = address.indexOf('/', scheme + 3);
    if (slash < 0) {
      return true;
    }
    String path = address.substring(slash);
    int cut = path.length();
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    path = path.substring(0, cut);
    return path.equals("/") || path.isEmpty() || path.matches("/index\\.(html?|php|aspx?)");
  }
}
