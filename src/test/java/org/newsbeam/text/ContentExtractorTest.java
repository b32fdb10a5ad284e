package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {
  private final ContentExtractor extractor = new ContentExtractor();

  private static boolean anyContains(List<String> paragraphs, String needle) {
    for (String p : paragraphs) {
      if (p.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void newsArticleKeepsBodyInOrder() {
    ExtractedPage page =
        extractor.extract(Fixtures.html("news-article.html"), "https://www.coastalcourier.example/news/flood-wall-vote");
    List<String> p = page.paragraphs();
    assertTrue(p.get(0).startsWith("Councillors in Porthlenna voted on Tuesday evening"), p.get(0));
    assertTrue(anyContains(p, "forty centimetres higher"));
    assertTrue(p.contains("What residents asked for"), "sub-heading kept");
    assertTrue(p.contains("Leave the lifeboat slipway open during construction"), "list item kept");
    assertTrue(anyContains(p, "Work is due to start in September"));
    assertTrue(p.get(p.size() - 1).contains("This gives the town another hundred years."), p.get(p.size() - 1));
    int first = p.indexOf("What residents asked for");
    int item = p.indexOf("Keep the granite facing on the seaward side");
    assertTrue(first >= 0 && item > first, "heading before its list");
  }

  @Test
  void newsArticleDropsChrome() {
    ExtractedPage page =
        extractor.extract(Fixtures.html("news-article.html"), "https://www.coastalcourier.example/news/flood-wall-vote");
    List<String> p = page.paragraphs();
    String[] chrome = {
      "We use cookies", "Already a subscriber", "Share on Facebook", "By Morwenna", "Advertisement",
      "Support local journalism", "monthly donation", "morning briefing", "Storm damage bill",
      "Have your say", "Ferry timetable", "All rights reserved", "Sport", "12 March 2025",
      "Harbour town votes to rebuild its flood wall"
    };
    for (String c : chrome) {
      assertFalse(anyContains(p, c), "kept chrome: " + c + " in " + p);
    }
    assertEquals(9, p.size(), p.toString());
  }

  @Test
  void newsArticleMetadata() {
    ExtractedPage page =
        extractor.extract(Fixtures.html("news-article.html"), "https://www.coastalcourier.example/news/flood-wall-vote");
    assertEquals("Harbour town votes to rebuild its flood wall", page.title());
    assertEquals("https://www.coastalcourier.example/news/flood-wall-vote?utm_source=rss", page.canonicalUrl());
    assertEquals("en", page.language());
    assertEquals(new PublicationDate(LocalDate.of(2025, 3, 12), "meta", "2025-03-12T07:30:00Z"), page.structuredDate());
  }

  @Test
  void liveBlogKeepsEveryTimestampedEntry() {
    ExtractedPage page = extractor.extract(Fixtures.html("live-blog.html"), "https://westerndaily.example/live/storm");
    List<String> p = page.paragraphs();
    assertTrue(anyContains(p, "Wind gusts of more than one hundred kilometres"), p.toString());
    assertTrue(p.contains("Power restored to most homes in the valley"));
    assertTrue(anyContains(p, "nine in ten of the homes"));
    assertTrue(anyContains(p, "Police have closed the coastal road"));
    assertTrue(anyContains(p, "until the evening high tide had passed"));
    assertTrue(anyContains(p, "amber wind warning"));
    assertTrue(indexOf(p, "nine in ten") < indexOf(p, "Police have closed"), "page order kept");
    assertFalse(p.contains("16:05"), "bare entry times are no paragraphs");
    assertFalse(anyContains(p, "Share this page"));
    assertFalse(anyContains(p, "prepare your garden"));
    assertFalse(anyContains(p, "Privacy"));
    assertEquals("en", page.language(), "from og:locale... or html lang");
    assertEquals(new PublicationDate(LocalDate.of(2025, 1, 18), "time"), page.structuredDate());
  }

  private static int indexOf(List<String> p, String needle) {
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i).contains(needle)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void bodyOnlyInJsonLd() {
    ExtractedPage page =
        extractor.extract(Fixtures.html("jsonld-only.html"), "https://valleytimes.example/2025/04/02/orchard-award/");
    List<String> p = page.paragraphs();
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("A community orchard planted by villagers"));
    assertTrue(p.get(3).contains("new cider press"));
    assertFalse(anyContains(p, "Loading"));
    assertEquals("Village orchard wins national heritage award", page.title());
    assertEquals("https://valleytimes.example/2025/04/02/orchard-award/", page.canonicalUrl());
    assertEquals("en", page.language());
    assertEquals(new PublicationDate(LocalDate.of(2025, 4, 2), "json-ld", "2025-04-02T08:00:00Z"), page.structuredDate());
  }

  @Test
  void germanPageBodyAndLanguage() {
    ExtractedPage page = extractor.extract(Fixtures.html("german-article.html"), "https://inselbote.example/faehre");
    List<String> p = page.paragraphs();
    assertEquals(3, p.size(), p.toString());
    assertEquals("de", LanguageGuess.guess(String.join(" ", p)));
    assertEquals("", page.language(), "page declares none");
    assertEquals("", page.canonicalUrl());
    assertEquals(new PublicationDate(LocalDate.of(2025, 5, 20), "meta"), page.structuredDate());
  }

  @Test
  void textDatelineWhenNothingStructured() {
    String html =
        "<html><body><div class=\"article\"><h1>Quiet harbour</h1><p>Published 3 June 2024</p>"
            + "<p>The harbour was quiet this week as most of the fishing fleet stayed in port to wait"
            + " out the fog that settled over the bay on Monday morning.</p></div></body></html>";
    ExtractedPage page = extractor.extract(html, "https://example.org/quiet-harbour");
    assertEquals(new PublicationDate(LocalDate.of(2024, 6, 3), "text"), page.structuredDate());
    assertEquals(1, page.paragraphs().size(), page.paragraphs().toString());
  }

  @Test
  void featureDropsCaptionsCardsAndRecommendations() {
    ExtractedPage page =
        extractor.extract(Fixtures.html("feature-with-extras.html"), "https://northshore.example/stories/keeper");
    List<String> p = page.paragraphs();
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("For thirty-one years Elin Vaughan"));
    assertTrue(p.get(1).startsWith("She kept a logbook"));
    // the pop-up card inside the sentence is left out and the sentence stays whole
    assertEquals(
        "The archive's director, Owain Rees, said the books record the weather, the ships and the"
            + " birds in a way no official record ever did.",
        p.get(2));
    for (String chrome : new String[] {"Photograph", "One of the forty logbooks", "You may also like",
        "ferry", "gulls", "Harbour dues", "wettest", "1200 800"}) {
      assertFalse(anyContains(p, chrome), "kept " + chrome);
    }
    assertEquals(new PublicationDate(LocalDate.of(2024, 11, 3), "meta"), page.structuredDate());
    assertEquals("The last lighthouse keeper of Carreg Point", page.title());
  }

  @Test
  void longCommentThreadDoesNotWinOverShortArticle() {
    StringBuilder html = new StringBuilder(
        "<html><body class=\"single\"><div class=\"site\"><article class=\"post-7 type-post"
            + " tag-harbour category-news\"><h1>Ferry fares frozen</h1><div class=\"entry\">"
            + "<p>The island ferry company said on Monday that it would keep fares at this year's"
            + " level until the end of next summer, after a campaign by residents.</p>"
            + "<p>The company's chair said lower fuel prices had made the decision possible, and"
            + " that the timetable would not change.</p></div></article>"
            + "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">");
    for (int i = 0; i < 6; i++) {
      html.append("<li class=\"comment\"><p>This is reader comment number ").append(i)
          .append(", and like most comments it goes on for a while about the ferry, the prices,"
              + " the timetable and how things were better in the old days before the new boat.</p></li>");
    }
    html.append("</ol></div></div></body></html>");
    ExtractedPage page = extractor.extract(html.toString(), "https://islandnews.example/ferry");
    List<String> p = page.paragraphs();
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("The island ferry company"));
  }

  @Test
  void emptyAndJunkInputDoNotThrow() {
    ExtractedPage empty = extractor.extract("", "");
    assertTrue(empty.paragraphs().isEmpty());
    assertNull(empty.structuredDate());
    assertEquals("", empty.title());
    ExtractedPage junk = extractor.extract("<<<>>> not html at all </div></p>", null);
    assertNotNull(junk.paragraphs());
    ExtractedPage nul = extractor.extract(null, null);
    assertTrue(nul.paragraphs().isEmpty());
  }

  @Test
  void aMembersOnlyPageTakesTheWholeTextFromItsJsonLd() {
    String body = "The council approved the new harbour wall on Monday after a long debate.\n\n"
        + "Work will start in the spring and last two years, the harbour master said.\n\n"
        + "Fishermen asked for the slipway to stay open while the wall is built.";
    String html = "<html><head><title>Harbour wall approved</title>"
        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Harbour wall approved\", "
        + "\"articleBody\": \"" + body.replace("\n", "\\n") + "\"}</script></head><body>"
        + "<h1>Harbour wall approved</h1><div class=\"article-text\">"
        + "<p>The council approved the new harbour wall on Monday after a long debate. "
        + "Work will start in the spring and last two years, the harbour master said.</p></div>"
        + "<div class=\"paywall\"><p>Sign in to read more.</p></div></body></html>";
    ExtractedPage page = extractor.extract(html, "https://harbour.example/news/wall");
    assertTrue(anyContains(page.paragraphs(), "slipway to stay open"), page.paragraphs()::toString);
    assertTrue(ContentExtractor.teaserOf(List.of("Work will start in the spring"), List.of("So it began. Work will start in the spring and last.")));
    assertTrue(!ContentExtractor.teaserOf(List.of("A paragraph of its own."), List.of("Another text entirely.")));
  }
}
