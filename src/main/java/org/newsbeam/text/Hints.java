package org.newsbeam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what a page's own class and id names say about an element: page chrome (sharing,
 * related links, comments, newsletter boxes, cookie notices, navigation, footers) or the article.
 * Names are split into words ("articleBody", "article-body", "article_body" all give "article",
 * "body") and compared to word lists; no site's names are listed.
 */
final class Hints {
  private Hints() {}

  static final int NONE = 0;
  static final int CHROME = 1;
  static final int ARTICLE = 2;
  /** The article body itself ("article-body", "entry-content", itemprop=articleBody). */
  static final int BODY = 3;
  /** Comments and discussion threads. */
  static final int DISCUSSION = 4;

  private static final Set<String> DISCUSSION_WORDS =
      Set.of("comment", "comments", "commenting", "discussion", "disqus", "replies", "reply",
          "respond", "commentlist");

  /** Whole words that name page chrome. */
  private static final Set<String> CHROME_WORDS =
      Set.of(
          "share", "shares", "sharing", "sharebar", "social", "socials", "related", "comment",
          "comments", "commenting", "discussion", "disqus", "footer", "sidebar", "rail", "aside",
          "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "newsletter",
          "newsletters", "cookie", "cookies", "consent", "gdpr", "privacy", "promo", "promos",
          "promotion", "promoted", "ad", "ads", "adv", "advert", "adverts", "advertisement",
          "advertising", "adslot", "adunit", "sponsor", "sponsored", "outbrain", "taboola",
          "popup", "modal", "overlay", "lightbox", "tooltip", "dropdown", "rollover", "popover",
          "hovercard", "flyout", "banner", "subscribe",
          "subscription", "paywall", "regwall", "login", "signin", "signup", "register",
          "account", "donate", "donation", "donations", "contribute", "contribution", "byline",
          "bylines", "author", "authors", "bio", "tags", "tagcloud", "topics", "keywords", "toolbar",
          "tools", "actions", "utility", "follow", "rating", "reactions", "widget", "widgets",
          "recommended", "recommendations", "recommendation", "trending", "popular", "mostread",
          "mostpopular", "teaser", "teasers", "recirc", "recirculation", "stories", "headlines",
          "feed", "header", "masthead", "meta", "date", "timestamp", "pagination", "pager",
          "gallery", "carousel", "slider", "slideshow", "copyright", "skip", "alert",
          "notification", "notifications", "credit", "credits", "caption", "captions", "figcaption", "figure", "hidden", "print",
          "related-content");

  /** Word beginnings that name chrome in run-together names ("socialshare", "relatedposts"). */
  private static final String[] CHROME_PREFIXES = {
    "share", "social", "related", "comment", "newsletter", "cookie", "advert", "sponsor",
    "subscri", "donat", "breadcrumb", "sidebar", "footer", "outbrain", "taboola", "recommend",
    "trending", "mostread", "mostpopular", "byline", "paywall", "signup", "promo"
  };

  /** CHROME_PREFIXES grouped by first letter, so a word is checked against one or two. */
  private static final String[][] PREFIXES_BY_LETTER = new String[26][];

  static {
    for (int c = 0; c < 26; c++) {
      List<String> list = new ArrayList<>();
      for (String p : CHROME_PREFIXES) {
        if (p.charAt(0) == 'a' + c) {
          list.add(p);
        }
      }
      PREFIXES_BY_LETTER[c] = list.toArray(new String[0]);
    }
  }

  /** Class names recur across a site's pages; remembered up to a bound. */
  private static final int CACHE_LIMIT = 50_000;

  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  static void clearCache() {
    CACHE.clear();
  }

  /** {@link #classify} through a shared cache. */
  static int classifyCached(String classAndId) {
    Integer v = CACHE.get(classAndId);
    if (v == null) {
      v = classify(classAndId);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(classAndId, v);
    }
    return v;
  }

  /** Words that name the article itself. */
  private static final Set<String> ARTICLE_WORDS =
      Set.of(
          "article", "articlebody", "articletext", "story", "storybody", "storytext", "entry",
          "content", "main", "post", "prose", "body", "blogpost", "text", "richtext");

  /**
   * The hint for one element's class and id attribute values (space separated). Chrome wins over
   * article: "article-footer" and "post-share" are chrome.
   */
  static int classify(String classAndId) {
    if (hiddenClass(classAndId)) {
      return CHROME;
    }
    List<String> words = words(classAndId);
    boolean article = false;
    boolean articleNoun = false;
    boolean bodyNoun = false;
    boolean sr = false;
    boolean only = false;
    boolean visually = false;
    boolean hiddenWord = false;
    boolean screen = false;
    boolean reader = false;
    for (String w : words) {
      if (DISCUSSION_WORDS.contains(w) || w.startsWith("comment") && !w.equals("commentary")) {
        return DISCUSSION;
      }
    }
    for (String w : words) {
      if (CHROME_WORDS.contains(w)) {
        if (w.equals("hidden")) {
          hiddenWord = true; // only with "visually": "hidden" alone is often responsive CSS
          continue;
        }
        return CHROME;
      }
      char first = w.charAt(0);
      if (first >= 'a' && first <= 'z') {
        for (String p : PREFIXES_BY_LETTER[first - 'a']) {
          if (w.startsWith(p) && !w.equals("commentary")) {
            return CHROME;
          }
        }
      }
      switch (w) {
        case "sr" -> sr = true;
        case "only" -> only = true;
        case "visually", "visuallyhidden" -> visually = true;
        case "screen" -> screen = true;
        case "reader" -> reader = true;
        default -> {}
      }
      if (ARTICLE_WORDS.contains(w)) {
        article = true;
      }
      switch (w) {
        case "article", "story", "entry", "post", "blog", "news" -> articleNoun = true;
        case "body", "content", "text", "copy" -> bodyNoun = true;
        case "articlebody", "storybody", "articletext", "storytext", "postbody", "entrycontent",
            "articlecontent", "postcontent", "storycontent", "bodytext" -> {
          articleNoun = true;
          bodyNoun = true;
        }
        default -> {}
      }
    }
    if ((sr && only) || (visually && (hiddenWord || words.contains("visuallyhidden"))) || (screen && reader)) {
      return CHROME;
    }
    if (articleNoun && bodyNoun) {
      return BODY;
    }
    return article ? ARTICLE : NONE;
  }

  private static final Set<String> HIDDEN_CLASSES =
      Set.of("hidden", "d-none", "is-hidden", "display-none", "hide", "invisible", "sr-only",
          "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only");

  /**
   * A whole class that hides the element on every screen. Utility-class pages that switch
   * visibility per screen size ("hidden md:block") are left alone.
   */
  static boolean hiddenClass(String classAndId) {
    if (classAndId.indexOf(':') >= 0) {
      return false;
    }
    int n = classAndId.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || classAndId.charAt(i) == ' ') {
        if (i > start && HIDDEN_CLASSES.contains(classAndId.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** Lower-case words of a class/id list, split at non-letters and at camelCase humps. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>(8);
    int n = s.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean hump =
          letter
              && start >= 0
              && Character.isUpperCase(c)
              && Character.isLowerCase(s.charAt(i - 1));
      if (!letter || hump) {
        if (start >= 0) {
          out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
          start = -1;
        }
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
