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

  private static String paras(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append("<p>").append(PageSamples.sentence(i)).append("</p>");
    }
    return b.toString();
  }

  /** A menu of linked headings, as mega-menus and topic hubs set them. */
  private static String headingMenu(int n) {
    StringBuilder b = new StringBuilder("<div class='hub'>");
    for (int i = 0; i < n; i++) {
      b.append("<div><h4><a href='/topic/").append(i).append("'>Guide to topic number ").append(i)
          .append("</a></h4></div>");
    }
    return b.append("</div>").toString();
  }

  @Test
  void guideBesideManyLinkedHeadingsIsAnArticle() {
    String html = "<html><body>" + headingMenu(20) + "<div class='post'><h1>Sorting your recycling</h1>"
        + paras(0, 6) + "</div></body></html>";
    ExtractedPage p = extractor.extract(html, "https://gazette.example/guides/recycling");
    assertEquals(PageType.ARTICLE, p.pageType(), p.toString());
    assertEquals(6, p.paragraphs().size(), p.paragraphs().toString());
  }

  @Test
  void linkedHeadingsWithoutAStoryStayAListing() {
    String html = "<html><body><h1>Guides</h1><p>All our guides in one place.</p>" + headingMenu(20)
        + "</body></html>";
    assertEquals(PageType.LISTING, extractor.extract(html, "https://gazette.example/guides/").pageType());
  }

  @Test
  void storyAboveALongCommentThreadIsAnArticle() {
    StringBuilder thread = new StringBuilder("<div id='comments'>");
    for (int i = 0; i < 60; i++) { // nine tenths of the page's prose and more
      thread.append("<div class='comment'><p>").append(PageSamples.sentence(i)).append(" I agree with reader ")
          .append(i).append(".</p></div>");
    }
    String html = "<html><body><div class='story'><h1>Bridge works</h1>" + paras(40, 5) + "</div>"
        + thread + "</div></body></html>";
    ExtractedPage p = extractor.extract(html, "https://gazette.example/story/2025/bridge-works");
    assertEquals(PageType.ARTICLE, p.pageType(), p.toString());
    assertFalse(p.paragraphs().stream().anyMatch(t -> t.contains("I agree with reader")), p.paragraphs().toString());
  }

  @Test
  void declaredItemListIsAListingUnlessAStoryStandsBesideIt() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"ItemList\"}</script>";
    String listOnly = "<html><head>" + ld + "</head><body><h1>Walks</h1><ul><li><a href='/w/1'>River walk</a></li>"
        + "<li><a href='/w/2'>Hill walk</a></li></ul></body></html>";
    assertEquals(PageType.LISTING, extractor.extract(listOnly, "https://gazette.example/walks").pageType());
    String listArticle = "<html><head>" + ld + "</head><body><article><h1>Five walks</h1>" + paras(0, 6)
        + "</article></body></html>";
    assertEquals(PageType.ARTICLE, extractor.extract(listArticle, "https://gazette.example/walks/five").pageType());
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
