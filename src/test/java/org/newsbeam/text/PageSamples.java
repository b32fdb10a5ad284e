package org.newsbeam.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small pages of our own, by page type, for the page-type classifier's tests and its benchmark:
 * each type in several layouts (with and without declared schema.org types, different markup),
 * all text invented here.
 */
public final class PageSamples {
  private PageSamples() {}

  private static final String[] TOPICS = {
    "harbour dredging", "bus timetables", "library hours", "allotment rents", "bridge repairs",
    "school meals", "river levels", "market stalls", "cycle lanes", "street lighting"
  };

  static String sentence(int k) {
    String t = TOPICS[k % TOPICS.length];
    return "The council said on Monday that the plan for " + t + " would be reviewed again next spring"
        + " after residents raised questions about cost number " + (k + 3) + " at the public meeting.";
  }

  /** {@code n} paragraphs of distinct sentences, from the {@code from}-th sentence on. */
  static String paragraphs(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append("<p>").append(sentence(i)).append("</p>");
    }
    return b.toString();
  }

  /** The article text the extractor finds on a page, asserting it found it by its main rule. */
  static List<String> mainBody(ContentExtractor extractor, String html) {
    ExtractedPage p = extractor.extract(html, "https://gazette.example/news/story");
    org.junit.jupiter.api.Assertions.assertEquals(ExtractionMethod.MAIN, p.method(), p.toString());
    return p.paragraphs();
  }

  /** Whether a paragraph contains the words. */
  static boolean has(List<String> paragraphs, String needle) {
    return paragraphs.stream().anyMatch(p -> p.contains(needle));
  }

  private static String nav() {
    return "<nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        + "<li><a href='/weather'>Weather</a></li><li><a href='/about'>About us</a></li></ul></nav>";
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang='en'><head><meta charset='utf-8'>" + head + "</head><body>"
        + nav() + body + "<footer><p>Copyright 2025 The Example Gazette</p></footer></body></html>";
  }

  private static String cards(int n, boolean excerpts, String cardTag) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append('<').append(cardTag).append(" class='card'><h3><a href='/news/story-").append(i).append("'>")
          .append("Update on ").append(TOPICS[i % TOPICS.length]).append(" in the town centre</a></h3>");
      if (excerpts) {
        b.append("<p>Residents asked about ").append(TOPICS[(i + 1) % TOPICS.length])
            .append(" and the council replied at length.</p>");
      }
      b.append("<span class='date'>3 March 2025</span></").append(cardTag).append('>');
    }
    return b.toString();
  }

  /** Pages by type label ("home", "listing", "forum", "product", "article"), each with its URL. */
  public static Map<String, List<String[]>> byType() {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    List<String[]> home = new ArrayList<>();
    home.add(new String[] {"https://gazette.example/", page("<title>The Example Gazette</title>",
        "<main><h1>Today</h1>" + cards(9, true, "div") + "</main>")});
    home.add(new String[] {"https://www.gazette.example/index.html", page("<title>Gazette</title>",
        "<div class='front'>" + cards(5, false, "article") + "<section><h2>Sport</h2>" + cards(4, false, "div") + "</section></div>")});
    home.add(new String[] {"https://gazette.example/?ref=app", page("<title>Gazette home</title>"
        + "<script type='application/ld+json'>{\"@type\":\"WebSite\",\"name\":\"Gazette\"}</script>",
        "<div><p>Welcome to the Gazette, news for the valley.</p>" + cards(6, true, "li") + "</div>")});
    out.put("home", home);

    List<String[]> listing = new ArrayList<>();
    listing.add(new String[] {"https://gazette.example/topics/transport", page("<title>Transport</title>",
        "<main><h1>Transport</h1>" + cards(12, true, "article") + "</main>")});
    listing.add(new String[] {"https://gazette.example/search?q=bridge", page("<title>Search</title>"
        + "<script type='application/ld+json'>{\"@type\":\"SearchResultsPage\"}</script>",
        "<div class='results'>" + cards(10, false, "div") + "</div>")});
    listing.add(new String[] {"https://gazette.example/archive/2025/03", page("<title>March 2025</title>",
        "<div id='archive'><h1>Archive: March 2025</h1><ul>" + cards(15, false, "li") + "</ul></div>")});
    out.put("listing", listing);

    List<String[]> forum = new ArrayList<>();
    StringBuilder posts = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      posts.append("<div class='comment'><span class='author'>user").append(i).append("</span><p>")
          .append(sentence(i)).append(" I think it is a fair plan overall.</p></div>");
    }
    forum.add(new String[] {"https://forum.example/t/bridge-repairs/123", page("<title>Bridge repairs thread</title>"
        + "<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Bridge repairs\"}</script>",
        "<main><h1>Bridge repairs</h1>" + posts + "</main>")});
    forum.add(new String[] {"https://forum.example/t/library/77", page("<title>Library hours</title>",
        "<div class='thread'><h1>Library hours</h1><div class='comments'>" + posts + "</div></div>")});
    forum.add(new String[] {"https://answers.example/q/42", page("<title>Question</title>"
        + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\"}</script>",
        "<div><h1>When are the bins collected?</h1>" + posts + "</div>")});
    out.put("forum", forum);

    List<String[]> product = new ArrayList<>();
    String desc = "<p>A sturdy waterproof jacket with taped seams, two zipped pockets and a hood that folds"
        + " into the collar when it is not needed on a dry day.</p>";
    product.add(new String[] {"https://shop.example/p/jacket", page("<title>Jacket</title>"
        + "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Jacket\",\"offers\":{\"@type\":\"Offer\",\"price\":\"59.00\"}}</script>",
        "<main><h1>Rain jacket</h1>" + desc + "<p>Price: 59.00</p></main>")});
    product.add(new String[] {"https://shop.example/p/boots", page("<title>Boots</title>"
        + "<meta property='og:type' content='product'>",
        "<div class='product'><h1>Walking boots</h1>" + desc.replace("jacket", "boot") + "</div>")});
    product.add(new String[] {"https://shop.example/p/flask", page("<title>Flask</title>"
        + "<meta property='product:price:amount' content='19.50'>",
        "<div><h1>Steel flask</h1>" + desc.replace("jacket", "flask") + "</div>")});
    out.put("product", product);

    List<String[]> article = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append("<p>").append(sentence(i)).append("</p>");
    }
    article.add(new String[] {"https://gazette.example/news/2025/03/bridge", page("<title>Bridge</title>",
        "<article><h1>Bridge to close for repairs</h1>" + body + "</article><aside>" + cards(6, true, "div") + "</aside>")});
    article.add(new String[] {"https://gazette.example/", page("<title>Story</title>"
        + "<meta property='og:type' content='article'>",
        "<div><h1>Council meets</h1>" + body + "</div>")});
    StringBuilder entries = new StringBuilder("<div class='entry-content'><h1>Ten walks near town</h1>");
    for (int i = 0; i < 10; i++) {
      entries.append("<h2><a href='https://walks.example/").append(i).append("'>Walk number ").append(i + 1)
          .append(" by the river</a></h2><p>").append(sentence(i)).append("</p><p>").append(sentence(i + 1)).append("</p>");
    }
    article.add(new String[] {"https://gazette.example/guides/walks", page("<title>Walks</title>", entries + "</div>")});
    out.put("article", article);
    return out;
  }
}
