package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The class-list features are read in place, word by word through a table of words already seen;
 * this checks them against the plain definition (split into words, drop the words of a class
 * token that holds a state word, OR the rest) on lists built at random from words that matter.
 */
class HintsInPlaceTest {
  private static final String[] PIECES = {
    "share", "Share", "SHARE", "social", "related", "comment", "comments", "commentary", "Comment",
    "has", "with", "no", "open", "Open", "sidebar", "footer", "widget", "ad", "advert", "advertorial",
    "article", "Article", "body", "Body", "content", "entry", "story", "text", "copy", "news",
    "sr", "only", "visually", "hidden", "Hidden", "visuallyhidden", "screen", "reader", "d", "none",
    "is", "hide", "invisible", "md", "block", "flex", "px", "4", "12", "x", "caf\u00e9", "\u00c9t\u00e9",
    "\u0130tem", "\u212Aomment", "\u00fcber", "main", "post", "promo", "subscribe", "newsletter",
    "cookie", "byline", "author", "meta", "tools", "richtext", "storyBody", "entryContent",
  };
  private static final String[] JOINS = {"-", "_", " ", "  ", "\t", "", ":", "--", "\n", "\u00a0", "/", "1"};

  @Test
  void inPlaceReadingMatchesThePlainDefinition() {
    Random r = new Random(16);
    Hints.Cache cache = new Hints.Cache();
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + r.nextInt(9);
      for (int p = 0; p < parts; p++) {
        if (p > 0) {
          sb.append(JOINS[r.nextInt(JOINS.length)]);
        }
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = r.nextInt(10) == 0 ? " " + sb + " " : sb.toString();
      assertEquals(plain(s), cache.featuresOf(s), s);
      assertEquals(plain(s), cache.featuresOf(s), "again, from the table of seen words: " + s);
    }
  }

  @Test
  void statesAndHiddenClassesByToken() {
    Hints.Cache cache = new Hints.Cache();
    for (String s : List.of("has-comments comments-open", "comments-open comment-list", "sr-only",
        "hidden md:block", "d-none", "visually-hidden x", "no-sidebar with-ads", "articleBody", "")) {
      assertEquals(plain(s), cache.featuresOf(s), s);
    }
    assertEquals(true, Hints.hiddenClass("col d-none"));
    assertEquals(true, Hints.hiddenClass("visually-hidden"));
    assertEquals(false, Hints.hiddenClass("d-none-md"), "a longer class is not the hiding one");
    assertEquals(false, Hints.hiddenClass("Hidden"), "class names are case-sensitive");
    assertEquals(false, Hints.hiddenClass("hidden md:block"), "hidden on small screens only");
  }

  @Test
  void filedFeaturesStayRightAsTheTableGrowsAndEmpties() {
    Hints.Cache cache = new Hints.Cache();
    Hints.Cache fresh = new Hints.Cache();
    Random r = new Random(7);
    String[] seen = new String[2_000];
    for (int n = 0; n < 120_000; n++) {
      // many distinct lists (the table grows, then empties at its cap), some of them long
      String s = PIECES[r.nextInt(PIECES.length)] + "-" + n + (n % 50 == 0 ? " x".repeat(1_200) : "")
          + " " + PIECES[r.nextInt(PIECES.length)];
      seen[n % seen.length] = s;
      String again = seen[r.nextInt(Math.min(n + 1, seen.length))];
      assertEquals(fresh.featuresOf(s), cache.features(s), s);
      assertEquals(fresh.featuresOf(again), cache.features(again), again);
    }
  }

  /** The definition, word list by word list. */
  private static int plain(String s) {
    int f = 0;
    if (Hints.hiddenClass(s)) {
      f |= Hints.F_HIDDEN_CLASS;
    }
    if (s.indexOf(':') >= 0) {
      f |= Hints.F_COLON;
    }
    for (String token : s.split("[\\x00-\\x20]+")) {
      if (token.isEmpty()) {
        continue;
      }
      int tf = 0;
      boolean state = false;
      for (String w : Hints.words(token)) {
        int wf = Hints.wordFeaturesAndState(w);
        state |= (wf & Hints.F_STATE) != 0;
        tf |= wf & ~Hints.F_STATE;
      }
      if (!state) {
        f |= tf;
      }
    }
    return f;
  }
}
