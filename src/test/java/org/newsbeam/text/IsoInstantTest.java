package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read ISO date-time gives the JDK parser's instant, or leaves the text to it. */
class IsoInstantTest {
  private static String jdk(String t) {
    try {
      return OffsetDateTime.parse(t).toInstant().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void commonShapesAreReadLikeTheJdkReadsThem() {
    for (String t : List.of("2025-03-12T10:15:30+02:00", "2025-03-12T10:15:30Z", "2025-03-12T10:15Z",
        "2025-03-12t23:59:59.5-05:30", "2024-02-29T00:00:00.123456789+18:00", "2025-12-31T23:30:00-01:00",
        "2025-03-12T10:15:30.250Z")) {
      assertEquals(jdk(t), PublicationDates.isoOffsetInstant(t), t);
    }
    assertEquals("2025-03-12T08:15:30Z", PublicationDates.isoOffsetInstant("2025-03-12T10:15:30+02:00"));
  }

  @Test
  void shapesItDoesNotReadAreLeftToTheJdk() {
    for (String t : List.of("2025-02-30T10:15:30Z", "2025-13-01T10:15:30Z", "2025-03-12T24:00:00Z",
        "2025-03-12T10:15:30+02:00:30", "2025-03-12T10:15:30+19:00", "2025-03-12T10:15:30.Z",
        "2025-03-12T10:15:30.1234567891Z", "2025-03-12T10:15:30", "2025-03-12T10:15:30+0200")) {
      assertNull(PublicationDates.isoOffsetInstant(t), t);
    }
  }

  /** Random texts near the shape: where the fast reader answers, it answers as the JDK does. */
  @Test
  void randomTextsNearTheShapeAgreeWithTheJdk() {
    Random r = new Random(11);
    String[] offsets = {"Z", "z", "+00:00", "-00:00", "+05:30", "-11:00", "+14:00", "+18:00", "+18:30", "+2:00", "+02", "+0200", ""};
    int read = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%04d-%02d-%02d", r.nextInt(3000), r.nextInt(14), r.nextInt(33)));
      b.append(r.nextInt(10) == 0 ? ' ' : r.nextBoolean() ? 'T' : 't');
      b.append(String.format("%02d:%02d", r.nextInt(26), r.nextInt(62)));
      if (r.nextInt(4) > 0) {
        b.append(String.format(":%02d", r.nextInt(62)));
        if (r.nextBoolean()) {
          b.append('.').append(String.valueOf(r.nextLong() & Long.MAX_VALUE), 0, r.nextInt(12));
        }
      }
      b.append(offsets[r.nextInt(offsets.length)]);
      String t = b.toString();
      String fast = PublicationDates.isoOffsetInstant(t);
      if (fast != null) {
        read++;
        assertEquals(jdk(t), fast, t);
      }
    }
    // most well-formed texts take the fast way
    assertEquals(true, read > 5_000, "read " + read);
  }
}
