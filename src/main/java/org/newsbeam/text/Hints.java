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
  /**
   * Chrome named only by words that page builders and ad tooling also put on blocks of the
   * article ("elementor-widget", "ad-container"): weighed against what the element holds.
   */
  static final int WEAK_CHROME = 5;

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
          "promotion", "promoted", "sponsor", "sponsored", "outbrain", "taboola",
          "popup", "modal", "overlay", "lightbox", "tooltip", "dropdown", "rollover", "popover",
          "hovercard", "flyout", "banner", "subscribe",
          "subscription", "paywall", "regwall", "login", "signin", "signup", "register",
          "account", "donate", "donation", "donations", "contribute", "contribution", "byline",
          "bylines", "author", "authors", "bio", "tags", "tagcloud", "topics", "keywords", "toolbar",
          "tools", "actions", "follow", "rating", "reactions", "cta",
          "recommended", "recommendations", "recommendation", "trending", "popular", "mostread",
          "mostpopular", "teaser", "teasers", "recirc", "recirculation", "stories", "headlines",
          "feed", "meta", "date", "timestamp", "pagination", "pager",
          "gallery", "carousel", "slider", "slideshow", "copyright", "skip", "alert",
          "notification", "notifications", "credit", "credits", "caption", "captions", "figcaption", "figure", "hidden", "print",
          "related-content");

  /**
   * Words of page-builder and ad-slot vocabulary: builders call every block a widget or module,
   * and a story may sit in a wrapper named for the ads around it. Weak chrome.
   */
  private static final Set<String> WEAK_CHROME_WORDS =
      Set.of("widget", "widgets", "module", "modules", "ad", "ads", "adv", "advert", "adverts",
          "advertisement", "advertising", "adslot", "adunit", "header", "masthead", "utility");

  /**
   * Words that make a class describe the page's state rather than the element's role:
   * "has-comments", "comments-open", "no-sidebar", "with-ads" sit on wrappers of the whole page.
   */
  private static final Set<String> STATE_WORDS =
      Set.of("has", "with", "without", "no", "open", "opened", "closed", "enabled", "disabled",
          "allowed", "active", "on", "off", "show", "visible");

  /** Word beginnings that name chrome in run-together names ("socialshare", "relatedposts"). */
  private static final String[] CHROME_PREFIXES = {
    "share", "social", "related", "comment", "newsletter", "cookie", "sponsor",
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

  /** Class names recur across a site's pages; each thread remembers their features. */
  private static final ThreadLocal<Cache> LOCAL = ThreadLocal.withInitial(Cache::new);

  /** Bumped by {@link #clearCache}; each thread's cache empties itself when it sees a new value. */
  private static volatile int generation;

  static void clearCache() {
    generation++;
  }

  /** This thread's cache; fetch once per page, not per element. */
  static Cache localCache() {
    Cache c = LOCAL.get();
    if (c.generation != generation) {
      c.clear();
      c.generation = generation;
    }
    return c;
  }

  /**
   * Class or id value to features, in an open-addressing table hashed on at most 32 of the
   * value's chars: utility-class lists run to hundreds of chars, and {@code String.hashCode} would
   * read them all for every element. The table holds each slot's hash and the place of its key in
   * one array of chars (length, features, then the key's chars), so a look-up reads the slot and
   * one run of chars instead of three objects scattered over the heap. Not thread-safe; one per
   * thread.
   */
  static final class Cache {
    private static final int MAX_SLOTS = 1 << 15;
    /** Longer values are read each time rather than filed. */
    private static final int MAX_KEY = 2048;
    private static final int MAX_ARENA = 1 << 22;
    /** Hash in the high half, 1 + the key's place in {@link #arena} in the low half; 0: empty. */
    private long[] slots = new long[1 << 10];
    private char[] arena = new char[1 << 14];
    private int arenaUsed;
    private int size;
    private int generation;

    /** Same result as {@code classify(cls + " " + id)}, without building that string. */
    int classify(String cls, String id) {
      int f = cls.isEmpty() ? 0 : features(cls);
      if (!id.isEmpty()) {
        f |= features(id);
      }
      return decide(f);
    }

    int features(String s) {
      int n = s.length();
      int h = sampledHash(s);
      int mask = slots.length - 1;
      int i = h & mask;
      for (long slot = slots[i]; slot != 0; slot = slots[i]) {
        if ((int) (slot >>> 32) == h) {
          int at = (int) slot - 1;
          if (arena[at] == n && sameChars(s, arena, at + 2, n)) {
            return arena[at + 1];
          }
        }
        i = (i + 1) & mask;
      }
      int v = featuresOf(s);
      if (n > MAX_KEY) {
        return v;
      }
      if (size * 2 >= slots.length || arenaUsed + n + 2 > arena.length) {
        if (slots.length >= MAX_SLOTS * 2 || arenaUsed + n + 2 > MAX_ARENA) {
          clear();
        } else {
          if (size * 2 >= slots.length) {
            grow();
          }
          if (arenaUsed + n + 2 > arena.length) {
            arena = java.util.Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + n + 2));
          }
        }
        mask = slots.length - 1;
        i = h & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
      }
      arena[arenaUsed] = (char) n;
      arena[arenaUsed + 1] = (char) v; // features use the low 15 bits
      s.getChars(0, n, arena, arenaUsed + 2);
      slots[i] = ((long) h << 32) | (arenaUsed + 1);
      arenaUsed += n + 2;
      size++;
      return v;
    }

    private static boolean sameChars(String s, char[] a, int from, int n) {
      for (int k = 0; k < n; k++) {
        if (s.charAt(k) != a[from + k]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = slots.length - 1;
      for (long slot : old) {
        if (slot != 0) {
          int i = (int) (slot >>> 32) & mask;
          while (slots[i] != 0) {
            i = (i + 1) & mask;
          }
          slots[i] = slot;
        }
      }
    }

    void clear() {
      java.util.Arrays.fill(slots, 0L);
      arenaUsed = 0;
      size = 0;
      java.util.Arrays.fill(wordKeys, null);
      wordCount = 0;
    }

    // ---- the features of a class or id list, read in place: a new list's words are looked up in
    // a table of words already seen (their features from wordFeaturesAndState), so no word string is built
    // for a word met before; same result as the word-by-word definition (HintsInPlaceTest checks both)

    private static final int WORD_TABLE = 1 << 12;
    private final String[] wordKeys = new String[WORD_TABLE];
    private final int[] wordValues = new int[WORD_TABLE];
    private int wordCount;
    private char[] lower = new char[32];

    int featuresOf(String s) {
      int f = 0;
      if (hiddenClass(s)) {
        f |= F_HIDDEN_CLASS;
      }
      if (s.indexOf(':') >= 0) {
        f |= F_COLON;
      }
      int n = s.length();
      int tokenFeatures = 0;
      boolean stateful = false;
      int start = -1;
      for (int i = 0; i <= n; i++) {
        char c = i < n ? s.charAt(i) : ' ';
        boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
        boolean hump =
            letter
                && start >= 0
                && (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c))
                && Character.isLowerCase(s.charAt(i - 1));
        if (!letter || hump) {
          if (start >= 0) {
            int w = word(s, start, i);
            tokenFeatures |= w & ~F_STATE;
            stateful |= (w & F_STATE) != 0;
            start = -1;
          }
          if (c <= ' ') {
            // end of a class token: "has-comments" says the page has them, not that this is them
            if (!stateful) {
              f |= tokenFeatures;
            }
            tokenFeatures = 0;
            stateful = false;
          }
        }
        if (letter && start < 0) {
          start = i;
        }
      }
      return f;
    }

    /** The features of the word s[from, to), with {@link #F_STATE} for a state word. */
    private int word(String s, int from, int to) {
      int len = to - from;
      if (len > lower.length) {
        lower = new char[len * 2];
      }
      int h = len;
      for (int i = 0; i < len; i++) {
        char c = s.charAt(from + i);
        if (c >= 128) {
          return wordFeaturesAndState(s.substring(from, to).toLowerCase(Locale.ROOT));
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        lower[i] = c;
        h = 31 * h + c;
      }
      h *= 0x9E3779B9;
      int mask = WORD_TABLE - 1;
      int i = (h ^ (h >>> 16)) & mask;
      for (String k = wordKeys[i]; k != null; k = wordKeys[i]) {
        if (k.length() == len && sameChars(k, lower, len)) {
          return wordValues[i];
        }
        i = (i + 1) & mask;
      }
      String w = new String(lower, 0, len);
      int v = wordFeaturesAndState(w);
      if (wordCount * 2 >= WORD_TABLE) {
        java.util.Arrays.fill(wordKeys, null);
        wordCount = 0;
        i = (h ^ (h >>> 16)) & mask;
      }
      wordKeys[i] = w;
      wordValues[i] = v;
      wordCount++;
      return v;
    }

    private static boolean sameChars(String k, char[] chars, int len) {
      for (int i = 0; i < len; i++) {
        if (k.charAt(i) != chars[i]) {
          return false;
        }
      }
      return true;
    }

    private static int sampledHash(String s) {
      int n = s.length();
      int step = n <= 32 ? 1 : n / 32;
      int h = n;
      for (int i = 0; i < n; i += step) {
        h = 31 * h + s.charAt(i);
      }
      h = 31 * h + (n > 0 ? s.charAt(n - 1) : 0);
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** Words that name the article itself. */
  private static final Set<String> ARTICLE_WORDS =
      Set.of(
          "article", "articlebody", "articletext", "story", "storybody", "storytext", "entry",
          "content", "main", "post", "prose", "body", "blogpost", "text", "richtext");

  // What the words of a class or id list say; the features of two lists combine by OR.
  private static final int F_DISCUSSION = 1;
  private static final int F_CHROME = 1 << 1;
  static final int F_HIDDEN_CLASS = 1 << 2;
  static final int F_COLON = 1 << 3;
  private static final int F_SR = 1 << 4;
  private static final int F_ONLY = 1 << 5;
  private static final int F_VISUALLY = 1 << 6;
  private static final int F_HIDDEN_WORD = 1 << 7;
  private static final int F_SCREEN = 1 << 8;
  private static final int F_READER = 1 << 9;
  private static final int F_ARTICLE = 1 << 10;
  private static final int F_ARTICLE_NOUN = 1 << 11;
  private static final int F_BODY_NOUN = 1 << 12;
  private static final int F_WEAK = 1 << 13;
  /** A state word ("has", "open"): its class token describes the page (see {@link #STATE_WORDS}). */
  static final int F_STATE = 1 << 14;

  /**
   * The hint for one element's class and id attribute values (space separated). Chrome wins over
   * article: "article-footer" and "post-share" are chrome.
   */
  static int classify(String classAndId) {
    return decide(localCache().featuresOf(classAndId));
  }

  private static int decide(int f) {
    if ((f & F_HIDDEN_CLASS) != 0 && (f & F_COLON) == 0) {
      return CHROME;
    }
    if ((f & F_DISCUSSION) != 0) {
      return DISCUSSION;
    }
    if ((f & F_CHROME) != 0) {
      return CHROME;
    }
    if ((f & F_WEAK) != 0) {
      return WEAK_CHROME;
    }
    boolean screenReaderOnly =
        (f & (F_SR | F_ONLY)) == (F_SR | F_ONLY)
            // "hidden" alone is often responsive CSS; with "visually" it hides for good
            || (f & (F_VISUALLY | F_HIDDEN_WORD)) == (F_VISUALLY | F_HIDDEN_WORD)
            || (f & (F_SCREEN | F_READER)) == (F_SCREEN | F_READER);
    if (screenReaderOnly) {
      return CHROME;
    }
    if ((f & (F_ARTICLE_NOUN | F_BODY_NOUN)) == (F_ARTICLE_NOUN | F_BODY_NOUN)) {
      return BODY;
    }
    return (f & F_ARTICLE) != 0 ? ARTICLE : NONE;
  }

  /** What one lower-case word of a class or id list says, with {@link #F_STATE} for a state word. */
  static int wordFeaturesAndState(String w) {
    int f = STATE_WORDS.contains(w) ? F_STATE : 0;
    if (WEAK_CHROME_WORDS.contains(w) || w.startsWith("advert")) {
      f |= F_WEAK;
    }
    if (DISCUSSION_WORDS.contains(w) || w.startsWith("comment") && !w.equals("commentary")) {
      f |= F_DISCUSSION;
    }
    if (CHROME_WORDS.contains(w)) {
      if (w.equals("hidden")) {
        f |= F_HIDDEN_WORD;
      } else {
        f |= F_CHROME;
      }
    }
    char first = w.charAt(0);
    if (first >= 'a' && first <= 'z') {
      for (String p : PREFIXES_BY_LETTER[first - 'a']) {
        if (w.startsWith(p) && !w.equals("commentary")) {
          f |= F_CHROME;
          break;
        }
      }
    }
    switch (w) {
      case "sr" -> f |= F_SR;
      case "only" -> f |= F_ONLY;
      case "visually" -> f |= F_VISUALLY;
      case "visuallyhidden" -> f |= F_VISUALLY | F_HIDDEN_WORD;
      case "screen" -> f |= F_SCREEN;
      case "reader" -> f |= F_READER;
      default -> {}
    }
    if (ARTICLE_WORDS.contains(w)) {
      f |= F_ARTICLE;
    }
    switch (w) {
      case "article", "story", "entry", "post", "blog", "news" -> f |= F_ARTICLE_NOUN;
      case "body", "content", "text", "copy" -> f |= F_BODY_NOUN;
      case "articlebody", "storybody", "articletext", "storytext", "postbody", "entrycontent",
          "articlecontent", "postcontent", "storycontent", "bodytext" ->
          f |= F_ARTICLE_NOUN | F_BODY_NOUN;
      default -> {}
    }
    return f;
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
      if (i == n || classAndId.charAt(i) <= ' ') {
        if (i > start && isHiddenClass(classAndId, start, i - start)) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static final String[] HIDDEN_CLASS_LIST = HIDDEN_CLASSES.toArray(new String[0]);

  /** Whether s[from, from + len) is one of {@link #HIDDEN_CLASSES}, without cutting it out. */
  private static boolean isHiddenClass(String s, int from, int len) {
    for (String h : HIDDEN_CLASS_LIST) {
      if (h.length() == len && s.regionMatches(from, h, 0, len)) {
        return true;
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
