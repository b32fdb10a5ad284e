package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that keep 2025 page layouts from emptying the body, each on a small page of our own. */
class ArticleRulesTest {
  private final ContentExtractor extractor = new ContentExtractor();

  private static String paras(int n) {
    return PageSamples.paragraphs(0, n);
  }

  private static String shell(String bodyClass, String inner) {
    return "<html><head><title>Story</title></head><body class='" + bodyClass + "'>"
        + "<nav><a href='/a'>Home</a> <a href='/b'>News</a> <a href='/c'>Sport</a></nav>" + inner
        + "</body></html>";
  }

  private static boolean has(List<String> ps, String needle) {
    return PageSamples.has(ps, needle);
  }

  private List<String> body(String html) {
    return PageSamples.mainBody(extractor, html);
  }

  @Test
  void articleInHiddenElementThatScriptRevealsIsKept() {
    List<String> ps = body(shell("", "<div hidden><main>" + paras(5) + "</main></div>"));
    assertEquals(5, ps.size(), ps.toString());
    ps = body(shell("", "<div style='display: none'><article>" + paras(4) + "</article></div>"));
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void hiddenMenuInsideTheArticleStaysOut() {
    String menu = "<div hidden><ul><li><a href='/x'>First section of the site</a></li>"
        + "<li><a href='/y'>Second section of the site</a></li></ul><span>Close menu</span></div>";
    List<String> ps = body(shell("", "<article>" + paras(3) + menu + paras(2) + "</article>"));
    assertFalse(has(ps, "section of the site"), ps.toString());
    assertFalse(has(ps, "Close menu"), ps.toString());
  }

  @Test
  void collapsedSectionOfTheArticleIsKept() {
    String faq = "<h2>What happens next</h2><div style='display:none'><p>The committee will publish its"
        + " findings in the autumn and residents may comment for six weeks after that.</p></div>";
    List<String> ps = body(shell("", "<article>" + paras(4) + faq + "</article>"));
    assertTrue(has(ps, "publish its findings in the autumn"), ps.toString());
  }

  @Test
  void hiddenCopyOfTheArticleIsNotRepeated() {
    String copy = "<div style='display:none' itemscope><div itemprop='articleBody'>" + paras(4)
        + "</div><div>keyword one, keyword two</div></div>";
    List<String> ps = body(shell("", "<article>" + paras(4) + "</article>" + copy));
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void pageBuilderWidgetsAreNoChrome() {
    StringBuilder b = new StringBuilder("<div class='elementor elementor-42'>");
    b.append("<div class='elementor-widget elementor-widget-heading'><div class='elementor-widget-container'>"
        + "<h2>How the vote went</h2></div></div>");
    for (int i = 0; i < 4; i++) {
      b.append("<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
          + "<div class='elementor-widget-container'><p>").append(PageSamples.sentence(i)).append("</p></div></div>");
    }
    b.append("</div>");
    List<String> ps = body(shell("", b.toString()));
    assertEquals(5, ps.size(), ps.toString());
    assertTrue(ps.contains("How the vote went"));
  }

  @Test
  void pageStateClassesOnTheBodyAreNoChrome() {
    String comments = "<div class='comments-area'><div class='comment'><p>I was at that meeting and the"
        + " questions from the floor went on for well over an hour.</p></div></div>";
    List<String> ps = body(shell("single has-comments comments-open no-sidebar",
        "<div class='wrap'>" + paras(5) + "</div>" + comments));
    assertEquals(5, ps.size(), ps.toString());
    assertFalse(has(ps, "questions from the floor"), "the comments themselves stay out");
  }

  @Test
  void storyInAnAdNamedWrapperIsKeptButLinkAdsAreNot() {
    String ad = "<div class='ad-slot'><a href='https://shop.example/1'>Great deals on garden furniture today</a>"
        + " <a href='https://shop.example/2'>Buy two sheds and get a third one free</a></div>";
    List<String> ps = body(shell("", "<div class='ad-container'><div class='story'>" + paras(5) + ad
        + "</div></div>"));
    assertEquals(5, ps.size(), ps.toString());
    assertFalse(has(ps, "garden furniture"), ps.toString());
  }

  @Test
  void tableInAFigureIsKept() {
    String table = "<figure class='wp-block-table'><table><tr><td>Ward</td><td>Votes for the plan</td></tr>"
        + "<tr><td>North ward</td><td>1,204</td></tr></table><figcaption>Photo credit line</figcaption></figure>";
    List<String> ps = body(shell("", "<article>" + paras(4) + table + "</article>"));
    assertTrue(ps.contains("North ward"), ps.toString());
    assertTrue(ps.contains("Votes for the plan"), ps.toString());
  }

  @Test
  void linkedHeadingsOfAListArticleAreKept() {
    StringBuilder b = new StringBuilder("<div class='entry-content'>");
    for (int i = 0; i < 6; i++) {
      b.append("<div class='item'><h2><a href='https://walks.example/").append(i).append("'>Walk ").append(i + 1)
          .append(" along the old canal</a></h2><p>").append(PageSamples.sentence(i)).append("</p></div>");
    }
    List<String> ps = body(shell("", b + "</div>"));
    assertTrue(ps.contains("Walk 1 along the old canal"), ps.toString());
    assertEquals(12, ps.size(), ps.toString());
  }

  @Test
  void teasersBesideAnArticleStayOut() {
    StringBuilder related = new StringBuilder("<div class='more'>");
    for (int i = 0; i < 8; i++) {
      related.append("<div><h3><a href='/n/").append(i).append("'>Other story number ").append(i)
          .append("</a></h3><p>").append(PageSamples.sentence(i + 2)).append("</p></div>");
    }
    List<String> ps = body(shell("", "<article>" + paras(10) + "</article>" + related + "</div>"));
    assertFalse(has(ps, "Other story number"), ps.toString());
    assertEquals(10, ps.size());
  }

  @Test
  void pageWithoutProseFallsBackToItsDensestBlock() {
    StringBuilder lines = new StringBuilder("<div class='poem'>");
    for (int i = 0; i < 12; i++) {
      lines.append("<div>the tide comes in line ").append(i).append(" again</div>");
    }
    ExtractedPage p = extractor.extract(shell("", lines + "</div>"), "https://gazette.example/poems/tide");
    assertEquals(ExtractionMethod.FALLBACK, p.method());
    assertEquals(12, p.paragraphs().size(), p.paragraphs().toString());
    assertFalse(has(p.paragraphs(), "Sport"), "navigation stays out of the fallback");
  }

  @Test
  void pageWithAlmostNoTextIsEmptyAndSaysSo() {
    ExtractedPage p = extractor.extract(shell("", "<div>Loading</div>"), "https://gazette.example/x");
    assertEquals(ExtractionMethod.EMPTY, p.method());
    assertTrue(p.paragraphs().isEmpty());
  }

  @Test
  void stockHeadingFollowedByParagraphsIsASectionOfTheGuide() {
    String section = "<h2>Popular models this year</h2><p>Most buyers start with a light folding frame,"
        + " which weighs little and fits under a desk.</p><p>" + PageSamples.sentence(7) + "</p>";
    List<String> ps = body(shell("", "<article>" + paras(4) + section + "</article>"));
    assertTrue(has(ps, "Popular models this year"), ps.toString());
    assertTrue(has(ps, "light folding frame"), ps.toString());
    assertEquals(7, ps.size(), ps.toString());
  }

  @Test
  void stockHeadingFollowedByTeaserTitlesStillEndsTheArticle() {
    StringBuilder related = new StringBuilder("<h2>Related reading</h2>");
    for (int i = 0; i < 4; i++) {
      related.append("<div><div>How the river path was rebuilt after the spring floods part ").append(i)
          .append("</div><div>").append(PageSamples.sentence(i + 5)).append("</div></div>");
    }
    List<String> ps = body(shell("", "<article>" + paras(4) + related + "</article>"));
    assertFalse(has(ps, "river path was rebuilt"), ps.toString());
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void commentsHeadingEndsTheArticleEvenBeforeProse() {
    String comments = "<h3>Comments</h3><div><p>I walked past the site yesterday and nothing had changed"
        + " since the spring, which is a shame for everyone.</p><p>" + PageSamples.sentence(9) + "</p></div>";
    List<String> ps = body(shell("", "<article>" + paras(4) + comments + "</article>"));
    assertFalse(has(ps, "walked past the site"), ps.toString());
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void explainNamesTheContainerAndWhyBlocksWereDropped() {
    String html = shell("", "<div class='share-tools'><p>Share this story with a friend by email or on"
        + " your favourite network today</p></div><article class='story'>" + paras(4) + "</article>");
    List<String> lines = extractor.explain(html, "https://gazette.example/news/story");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("container article.story")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dropped") && l.contains("chrome div.share-tools")),
        lines.toString());
    assertEquals("method main, page type article, 4 paragraphs", lines.get(lines.size() - 1));
  }

  @Test
  void articleSplitAroundALinkListKeepsBothParts() {
    StringBuilder links = new StringBuilder("<ul class='jump'>");
    for (int i = 0; i < 30; i++) {
      links.append("<li><a href='/guide/").append(i).append("'>Chapter ").append(i).append(" of the harbour guide</a></li>");
    }
    links.append("</ul>");
    // three parts of two paragraphs, each with less than half the article, a link list after each
    String page = shell("", "<div class='page'><div class='part-one'>" + paras(2) + "</div>" + links
        + "<div class='part-two'>" + paras(2).replace("plan for", "second plan for") + "</div>" + links
        + "<div class='part-three'>" + paras(2).replace("plan for", "third plan for") + "</div></div>");
    List<String> ps = body(page);
    assertEquals(6, ps.size(), ps.toString());
    assertFalse(has(ps, "Chapter 3 of the harbour guide"), "the link list between the parts stays out");
  }

  @Test
  void sectionsOfOneChromeNamedClassThatHoldTheArticleAreKept() {
    StringBuilder b = new StringBuilder("<div class='guide'>");
    for (int i = 0; i < 4; i++) {
      b.append("<div class='skip-item'><h2>Step ").append(i + 1).append("</h2><p>").append(PageSamples.sentence(i))
          .append("</p><p>").append(PageSamples.sentence(i + 4)).append("</p></div>");
    }
    b.append("</div><div class='skip-item'><p>Skip to the main menu of the site and its sections</p></div>");
    List<String> ps = body(shell("", b.toString()));
    assertEquals(12, ps.size(), ps.toString());
    assertTrue(ps.contains("Step 1"), ps.toString());
  }

  @Test
  void promoBoxesOfASidebarStayChromeEvenOnAPageWithLittleProse() {
    StringBuilder side = new StringBuilder("<aside class='sidebar'>");
    for (int i = 0; i < 3; i++) {
      side.append("<div class='promo'><p>").append(PageSamples.sentence(i + 20)).append("</p><p>")
          .append(PageSamples.sentence(i + 30)).append("</p></div>");
    }
    side.append("</aside>");
    String table = "<table><tr><td>Round 1</td><td>12 March</td><td>North circuit</td></tr>"
        + "<tr><td>Round 2</td><td>9 April</td><td>Coast circuit</td></tr></table>";
    List<String> ps = body(shell("", "<article><h1>Race calendar</h1><p>The season opens in March with two"
        + " rounds on the northern circuit and ends in the autumn on the coast, as the organisers set out"
        + " below.</p>" + table + "</article>" + side));
    assertTrue(ps.contains("North circuit"), ps.toString());
    assertFalse(has(ps, "The council said"), ps.toString());
  }

  @Test
  void commentTokensOfHighlightedCodeAreKept() {
    String code = "<pre><code class='language-bash'><span class='hljs-comment'># fetch the river gauge readings</span>\n"
        + "curl -o levels.csv https://gauges.example/latest\n<span class='token comment'># count the rows</span>\n"
        + "wc -l levels.csv</code></pre>";
    List<String> ps = body(shell("", "<article>" + paras(3) + code + paras(2) + "</article>"));
    assertTrue(has(ps, "fetch the river gauge readings"), ps.toString());
    assertTrue(has(ps, "count the rows"), ps.toString());
  }

  @Test
  void pullQuoteInAFigureIsKeptButAnEmbeddedPostIsNot() {
    String pull = "<figure class='quote-block'><div class='avatar'><img src='/a.png'></div><blockquote><p>We"
        + " rebuilt the lock gates in one season because the whole valley pitched in.</p></blockquote>"
        + "<figcaption>Lock keeper</figcaption></figure>";
    String post = "<figure class='embed'><blockquote><p>Queues at the ferry again this morning, bring a"
        + " flask and patience</p><a href='https://posts.example/status/1'>March 3, 2025</a></blockquote></figure>";
    List<String> ps = body(shell("", "<article>" + paras(3) + pull + paras(2) + post + "</article>"));
    assertTrue(has(ps, "rebuilt the lock gates"), ps.toString());
    assertFalse(has(ps, "Queues at the ferry"), ps.toString());
  }

  @Test
  void looseTextOfASpanWrappingTheArticleIsKept() {
    // a rich-text field: a span with a chrome word in its class holds headings, lists and loose
    // text between them, paragraphs set apart by line breaks only
    String loose = "The ferry timetable changes in March, and the harbour office expects longer queues"
        + " on weekend mornings while the second ramp is repaired.";
    String field = "<span class='field rich-text meta-field'>" + loose + "<br><br>"
        + "Passengers with cars are asked to book a slot online, as walk-up places will be few until"
        + " the work is finished in the spring.<h2>What to bring</h2>"
        + "Bring the booking code and the registration of the car on paper or on a phone.<br><br>"
        + "<ul><li>The booking code</li><li>The car registration</li></ul></span>";
    List<String> ps = body(shell("", "<article><h1>Story</h1>" + field + "</article>"));
    assertTrue(has(ps, "ferry timetable changes in March"), ps.toString());
    assertTrue(has(ps, "registration of the car on paper"), ps.toString());
    assertTrue(has(ps, "What to bring"), ps.toString());
  }

  @Test
  void inlineMetaLineWithoutBlocksStaysOut() {
    String meta = "<p><span class='meta'>Filed under transport and harbour news</span></p>";
    List<String> ps = body(shell("", "<article>" + meta + paras(4) + "</article>"));
    assertFalse(has(ps, "Filed under"), ps.toString());
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void longLegalNoteInThePageFooterIsNotTheArticle() {
    StringBuilder legal = new StringBuilder("<footer>");
    for (int i = 0; i < 5; i++) {
      legal.append("<p>This note is general information and no advice; readers should ask a licensed"
          + " adviser before they act, and the firm accepts no liability for losses number ").append(i)
          .append(" that follow from decisions made on the strength of this page alone.</p>");
    }
    legal.append("</footer>");
    String story = "<div class='content'><h1>Story</h1>" + paras(2) + "</div>";
    List<String> ps = body(shell("", story + legal));
    assertTrue(has(ps, PageSamples.sentence(0)), ps.toString());
    assertFalse(has(ps, "accepts no liability"), ps.toString());
  }

  @Test
  void footerTagWrappingNearlyAllTheTextIsStillRead() {
    List<String> ps = body(shell("", "<footer class='page'>" + paras(5) + "</footer>"));
    assertEquals(5, ps.size(), ps.toString());
  }

  @Test
  void textOfAFormInsideTheArticleStaysOut() {
    String form = "<form action='/contact'><h3>Ask our team</h3><p>Leave your details below and one of"
        + " our advisers will call you back within two working days of your request.</p>"
        + "<label>First name</label><input name='first'><label>Phone number</label><input name='phone'></form>";
    List<String> ps = body(shell("", "<article>" + paras(3) + form + paras(2) + "</article>"));
    assertEquals(5, ps.size(), ps.toString());
    assertFalse(has(ps, "advisers will call you back"), ps.toString());
    assertFalse(has(ps, "First name"), ps.toString());
  }

  @Test
  void formWrappingTheWholePageIsNoChrome() {
    // older server frameworks put one form around the whole page
    List<String> ps = body(shell("", "<form id='mainForm' method='post'><div class='story'>" + paras(4)
        + "</div></form>"));
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void secondLayoutOfTheSameArticleIsPrintedOnce() {
    String copy = paras(4);
    List<String> ps = body(shell("", "<article><div class='layout-narrow'>" + copy
        + "</div><div class='layout-wide'>" + copy + "</div></article>"));
    assertEquals(4, ps.size(), ps.toString());
    assertEquals(1, ps.stream().filter(p -> p.equals(PageSamples.sentence(2))).count(), ps.toString());
  }

  @Test
  void linesAndTipsRepeatedOnPurposeStay() {
    // a plan repeats a tip and its short lines day by day; only a run of sentences is a copy
    String tip = "<p>Drink a full glass of water before each session, and another one as soon as the"
        + " session is over, even when you do not feel thirsty.</p>";
    String day = "<h3>Session</h3><ul><li>Walk for ten minutes</li><li>Stretch for five minutes</li></ul>" + tip;
    List<String> ps = body(shell("", "<article>" + paras(3) + day + paras(1) + day + "</article>"));
    assertEquals(2, ps.stream().filter(p -> p.startsWith("Drink a full glass")).count(), ps.toString());
    assertEquals(2, ps.stream().filter(p -> p.equals("Walk for ten minutes")).count(), ps.toString());
  }

  @Test
  void numberedLinkedHeadingsAreEntriesOfARankedList() {
    // the intro holds more prose than the entries, as a guide before its ranked list does
    StringBuilder list = new StringBuilder("<article><h1>Story</h1>").append(paras(8));
    String[] names = {"Northfield Library", "Harbour Museum", "Old Mill Gallery", "Castle Gardens"};
    for (int i = 0; i < names.length; i++) {
      list.append("<div class='entry'><h2><a href='/places/").append(i).append("'>").append(i + 1)
          .append(". ").append(names[i]).append("</a></h2><p>Visitors to the ").append(names[i])
          .append(" can stay for the whole afternoon, as the rooms are quiet and the staff explain each")
          .append(" exhibit at length.</p></div>");
    }
    List<String> ps = body(shell("", list.append("</article>").toString()));
    assertTrue(has(ps, "Visitors to the Castle Gardens"), ps.toString());
    assertTrue(has(ps, "3. Old Mill Gallery"), ps.toString());
  }

  @Test
  void listNumberReadsPlacesNotYearsOrCounts() {
    assertEquals(3, PageCounts.listNumber("3. Old Mill Gallery"));
    assertEquals(12, PageCounts.listNumber("12) The Pier"));
    assertEquals(4, PageCounts.listNumber("#4 Castle Gardens"));
    assertEquals(-1, PageCounts.listNumber("2025 Guide to the Coast"));
    assertEquals(-1, PageCounts.listNumber("10 Best Walks"));
    assertEquals(-1, PageCounts.listNumber("3.5 Stars for the Pier"));
  }
}
