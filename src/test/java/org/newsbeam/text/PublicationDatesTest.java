package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);

  @Test
  void parsesCommonForms() {
    assertEquals(MARCH_12, PublicationDates.parse("2025-03-12"));
    assertEquals(MARCH_12, PublicationDates.parse("2025-03-12T23:30:00-05:00"));
    assertEquals(MARCH_12, PublicationDates.parse("2025-03-12T08:00:00.000Z"));
    assertEquals(MARCH_12, PublicationDates.parse("2025-03-12 08:00:00"));
    assertEquals(MARCH_12, PublicationDates.parse("Wed, 12 Mar 2025 10:15:00 GMT"));
    assertEquals(MARCH_12, PublicationDates.parse("12 March 2025"));
    assertEquals(MARCH_12, PublicationDates.parse("12th March 2025"));
    assertEquals(MARCH_12, PublicationDates.parse("March 12, 2025"));
    assertEquals(MARCH_12, PublicationDates.parse("Mar. 12, 2025"));
    assertEquals(MARCH_12, PublicationDates.parse("2025/03/12"));
    assertEquals(MARCH_12, PublicationDates.parse("20250312"));
    assertEquals(MARCH_12, PublicationDates.parse("12. März 2025"));
  }

  @Test
  void rejectsNonDates() {
    assertNull(PublicationDates.parse(null));
    assertNull(PublicationDates.parse(""));
    assertNull(PublicationDates.parse("yesterday"));
    assertNull(PublicationDates.parse("2025-13-01"));
    assertNull(PublicationDates.parse("2025-02-30"));
    assertNull(PublicationDates.parse("March 2025"));
    assertNull(PublicationDates.parse("Room 12, 2025 guests"));
    assertNull(PublicationDates.parse("1234567890"));
  }

  @Test
  void fromUrlPaths() {
    assertEquals(new PublicationDate(MARCH_12, "url"), PublicationDates.fromUrl("https://news.example/2025/03/12/harbour-wall/"));
    assertEquals(new PublicationDate(MARCH_12, "url"), PublicationDates.fromUrl("https://news.example/world/2025-03-12-harbour"));
    assertEquals(new PublicationDate(LocalDate.of(2025, 3, 2), "url"), PublicationDates.fromUrl("https://news.example/2025/3/2/x"));
    assertNull(PublicationDates.fromUrl("https://news.example/2025/03/harbour"));
    assertNull(PublicationDates.fromUrl("https://news.example/article/12345678"));
    assertNull(PublicationDates.fromUrl("https://2025.example/"));
    assertNull(PublicationDates.fromUrl(null));
  }

  @Test
  void fromTextDatelines() {
    assertEquals(
        new PublicationDate(MARCH_12, "text"),
        PublicationDates.fromText(List.of("Harbour wall", "Published 12 March 2025, 08:00", "Body.")));
    assertEquals(
        new PublicationDate(MARCH_12, "text"),
        PublicationDates.fromText(List.of("March 12, 2025 — Councillors voted on Tuesday to rebuild the wall that protects the harbour front, after two winters of storms left it cracked and leaning badly.")));
    // a date deep in a long sentence is not the publication date
    assertNull(
        PublicationDates.fromText(List.of("Councillors said the works that began in the spring would be finished well before the storms expected on 12 March 2026, according to the long plan the engineers presented to them at the meeting held in the town hall last week, which was attended by many residents.")));
    assertNull(PublicationDates.fromText(List.of()));
  }

  @Test
  void chooseFollowsOrderOfTrust() {
    PublicationDate structured = new PublicationDate(LocalDate.of(2025, 3, 10), "json-ld");
    String url = "https://news.example/2025/03/11/story";
    List<String> text = List.of("Published 9 March 2025");
    assertEquals(structured, PublicationDates.choose(structured, url, text, "2025-03-08", "2025-03-13"));
    assertEquals("url", PublicationDates.choose(null, url, text, "2025-03-08", "2025-03-13").source());
    assertEquals("text", PublicationDates.choose(null, "https://news.example/story", text, "2025-03-08", "2025-03-13").source());
    assertEquals(
        new PublicationDate(LocalDate.of(2025, 3, 8), "scraper"),
        PublicationDates.choose(null, "https://news.example/story", List.of(), "2025-03-08", "2025-03-13"));
    assertEquals(
        new PublicationDate(LocalDate.of(2025, 3, 13), "crawl"),
        PublicationDates.choose(null, "", List.of(), "", "2025-03-13T10:00:00Z"));
    assertNull(PublicationDates.choose(null, null, null, null, null));
  }

  @Test
  void chooseSkipsDatesAfterTheCrawl() {
    PublicationDate future = new PublicationDate(LocalDate.of(2031, 1, 1), "meta");
    assertEquals(
        new PublicationDate(LocalDate.of(2025, 3, 11), "url"),
        PublicationDates.choose(future, "https://news.example/2025/03/11/story", List.of(), null, "2025-03-13"));
  }

  @Test
  void instantsFromIsoAndRfcTimestamps() {
    assertEquals("2025-03-12T08:15:30Z", PublicationDates.instant("2025-03-12T10:15:30+02:00"));
    assertEquals("2025-03-12T10:15:00Z", PublicationDates.instant(" 2025-03-12T10:15Z "));
    assertEquals("2025-03-12T10:15:30.500Z", PublicationDates.instant("2025-03-12t10:15:30.5z"));
    assertEquals("2025-03-12T14:15:30Z", PublicationDates.instant("2025-03-12T10:15:30-04:00"));
    assertEquals("2025-03-12T10:15:30Z", PublicationDates.instant("Wed, 12 Mar 2025 10:15:30 GMT"));
    assertEquals("2025-03-12T08:15:30Z", PublicationDates.instant("12 Mar 2025 10:15:30 +0200"));
    // no offset, no instant: a local time says nothing about the moment
    assertEquals("", PublicationDates.instant("2025-03-12T10:15:30"));
    assertEquals("", PublicationDates.instant("2025-03-12 10:15:30"));
    assertEquals("", PublicationDates.instant("March 12, 2025 10:15 am"));
    assertEquals("", PublicationDates.instant("2025-03-12T10:15:30+0200x"));
  }
}
