package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void capitalisedPlaceThenDateIsADateline() {
    PublicationDate d = PublicationDates.fromText(List.of(
        "KYIV, 14 March 2025 — Volodymyr Zelensky accused Vladimir Putin on Friday of preparing to reject the US ceasefire proposal while pretending to consider it, and said so at length."));
    assertEquals(LocalDate.parse("2025-03-14"), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void aDateInsideALongSentenceIsNot() {
    assertNull(PublicationDates.fromText(List.of(
        "Officials in Kyiv said the talks that began on 14 March 2025 would continue for several more weeks, with no end in sight and no agreement on the most difficult questions.")));
  }
}
