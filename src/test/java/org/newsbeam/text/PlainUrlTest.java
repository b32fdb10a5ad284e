package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A canonical link that {@link PageBlocks#plainAbsoluteUrl} lets through is taken as written;
 * this checks, on links built at random, that jsoup's resolving gives the same text for each
 * of them, with and without a base URL.
 */
class PlainUrlTest {
  private static final String[] PIECES = {
    "https://", "http://", "HTTPS://", "example.org", "news.example.co.uk", "Example.org", ":8080", ":",
    "/", "//", "/./", "/../", "/.", "/..", "a", "story-12", "b.html", "%20", " ", "\t", "?", "?q=1&r=2",
    "#", "#top", "@", "user@", "~x", "..", ".", "\u00e9", "[", "]", "|", "\\", ";p", "=", "+", "'",
  };

  @Test
  void plainLinksResolveToThemselves() {
    Random r = new Random(16);
    int accepted = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder(PIECES[r.nextInt(2)]).append(PIECES[3 + r.nextInt(2)]);
      int parts = r.nextInt(7);
      for (int p = 0; p < parts; p++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String href = sb.toString();
      if (!PageBlocks.plainAbsoluteUrl(href)) {
        continue;
      }
      accepted++;
      for (String base : new String[] {"", "https://example.net/dir/page.html", "http://example.net"}) {
        Document doc = Jsoup.parse("<link rel=canonical>", base);
        Element link = doc.selectFirst("link");
        link.attr("href", href);
        assertEquals(link.absUrl("href"), href, "base " + base);
      }
    }
    assertTrue(accepted > 2_000, "enough plain links tried: " + accepted);
  }

  @Test
  void linksThatNeedResolvingAreLeftToJsoup() {
    assertTrue(PageBlocks.plainAbsoluteUrl("https://example.org/2024/05/story.html?ref=x#top"));
    assertTrue(PageBlocks.plainAbsoluteUrl("http://example.org"));
    assertFalse(PageBlocks.plainAbsoluteUrl("/2024/05/story.html"));
    assertFalse(PageBlocks.plainAbsoluteUrl("//example.org/story"));
    assertFalse(PageBlocks.plainAbsoluteUrl("HTTPS://example.org/story"));
    assertFalse(PageBlocks.plainAbsoluteUrl("https://Example.org/story"));
    assertFalse(PageBlocks.plainAbsoluteUrl("https://example.org/a/../story"));
    assertFalse(PageBlocks.plainAbsoluteUrl("https://example.org/a b"));
    assertFalse(PageBlocks.plainAbsoluteUrl("https://user@example.org/"));
  }
}
