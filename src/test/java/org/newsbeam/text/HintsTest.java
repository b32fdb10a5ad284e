package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HintsTest {
  @Test
  void splitsClassNamesIntoWords() {
    assertEquals(List.of("article", "body", "story", "text"), Hints.words("articleBody story_text"));
    assertEquals(List.of("share", "bar", "js", "share"), Hints.words("share-bar js-share"));
  }

  @Test
  void chromeNames() {
    for (String c : new String[] {"share-bar", "socialShare", "related-articles",
        "newsletter-signup", "cookie-banner", "site-footer", "sidebar", "wp-caption-text",
        "outbrain-widget", "most-popular", "hidden", "sr-only", "visually-hidden", "popover-card"}) {
      assertEquals(Hints.CHROME, Hints.classify(c), c);
    }
  }

  @Test
  void pageStateClassesAreNoHint() {
    assertEquals(Hints.NONE, Hints.classify("single has-comments comments-open"));
    assertEquals(Hints.NONE, Hints.classify("no-sidebar with-ads"));
    assertEquals(Hints.ARTICLE, Hints.classify("post has-comments"));
    // the words keep their meaning in other class tokens of the same list
    assertEquals(Hints.DISCUSSION, Hints.classify("comments-open comment-list"));
  }

  @Test
  void builderAndAdWordsAreWeakChrome() {
    for (String c : new String[] {"elementor-widget-container", "ad-container", "hs_cos_wrapper_widget",
        "module-wrapper", "pane-header-alignment", "font-utility"}) {
      assertEquals(Hints.WEAK_CHROME, Hints.classify(c), c);
    }
    assertEquals(Hints.CHROME, Hints.classify("widget share-buttons"), "a strong word still decides");
  }

  @Test
  void discussionNames() {
    assertEquals(Hints.DISCUSSION, Hints.classify("comments-area"));
    assertEquals(Hints.DISCUSSION, Hints.classify("commentList"));
    assertEquals(Hints.DISCUSSION, Hints.classify("disqus_thread"));
    assertEquals(Hints.NONE, Hints.classify("commentary"), "opinion pieces are articles");
  }

  @Test
  void articleNames() {
    assertEquals(Hints.BODY, Hints.classify("article-body"));
    assertEquals(Hints.BODY, Hints.classify("entry-content clearfix"));
    assertEquals(Hints.BODY, Hints.classify("storyBody"));
    assertEquals(Hints.ARTICLE, Hints.classify("main"));
    assertEquals(Hints.NONE, Hints.classify("col-md-8 wrapper"));
  }

  @Test
  void chromeWinsWithinOneElement() {
    assertEquals(Hints.CHROME, Hints.classify("article-footer"));
    assertEquals(Hints.CHROME, Hints.classify("post-share"));
  }

  @Test
  void responsiveHidingIsNotHidden() {
    assertTrue(Hints.hiddenClass("hidden"));
    assertTrue(Hints.hiddenClass("item d-none"));
    assertFalse(Hints.hiddenClass("hidden md:block"));
    assertFalse(Hints.hiddenClass("hidden-xs"));
    assertEquals(Hints.NONE, Hints.classify("hidden-xs col-sm-6"));
  }

  @Test
  void cachedClassAndIdAgreeWithTheJoinedValue() {
    String[] classes = {"", "article-body", "story", "sr", "visually", "col-md-8 wrapper",
        "comments-area", "hidden", "screen", "post", "text", "hidden md:block", "share-bar",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ii jj kk"};
    String[] ids = {"", "only", "reader", "content", "main", "hidden", "body", "x:1", "related"};
    Hints.Cache cache = Hints.localCache();
    for (int round = 0; round < 2; round++) { // the second round reads from the table
      for (String c : classes) {
        for (String id : ids) {
          String joined = id.isEmpty() ? c : c + " " + id;
          assertEquals(Hints.classify(joined), cache.classify(c, id), c + " | " + id);
        }
      }
    }
    assertEquals(Hints.BODY, cache.classify("article", "content"), "nouns from class and id combine");
    assertEquals(Hints.CHROME, cache.classify("sr", "only"));
  }

  @Test
  void cacheKeepsAnswersAcrossGrowthAndClearing() {
    Hints.Cache cache = Hints.localCache();
    for (int i = 0; i < 70_000; i++) { // past the bound: grows, then starts over
      assertEquals(i % 2 == 0 ? Hints.CHROME : Hints.NONE,
          cache.classify(i % 2 == 0 ? "share-" + i : "col-" + i, ""));
    }
    Hints.clearCache();
    assertEquals(Hints.BODY, Hints.localCache().classify("article-body", ""));
  }
}
