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
}
