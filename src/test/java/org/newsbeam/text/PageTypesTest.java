package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTypesTest {
  private final ContentExtractor extractor = new ContentExtractor();

  @Test
  void everySamplePageGetsItsType() {
    for (Map.Entry<String, List<String[]>> e : PageSamples.byType().entrySet()) {
      for (String[] page : e.getValue()) {
        ExtractedPage p = extractor.extract(page[1], page[0]);
        assertEquals(e.getKey(), p.pageType().label(), page[0]);
        assertEquals(!e.getKey().equals("article"), !p.isArticle(), page[0]);
        if (!p.isArticle()) {
          assertEquals(ExtractionMethod.NOT_AN_ARTICLE, p.method());
        }
      }
    }
  }

  @Test
  void declaredArticleIsNeverSkippedEvenOnTheRootPath() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>"
        + "<body><h1>A</h1><p>" + PageSamples.sentence(1) + "</p><p>" + PageSamples.sentence(2) + "</p></body></html>";
    ExtractedPage p = extractor.extract(html, "https://gazette.example/");
    assertTrue(p.isArticle());
    assertEquals(PageType.ARTICLE, p.pageType());
  }

  @Test
  void rootAddresses() {
    assertTrue(PageTypes.isRoot("https://a.example"));
    assertTrue(PageTypes.isRoot("https://a.example/"));
    assertTrue(PageTypes.isRoot("https://a.example/index.php?x=1"));
    assertFalse(PageTypes.isRoot("https://a.example/news/1"));
    assertFalse(PageTypes.isRoot(""));
  }
}
