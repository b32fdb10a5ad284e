package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;

/**
 * The hand-written token checks of {@link EventDates} (day numbers, years, "Dec.") give what the
 * regular expressions they replace gave, on edge cases and on random short strings.
 */
class EventDatesTokenChecksTest {
  private static Token token(String norm) {
    return new Token(norm, norm, 0, norm.length(), false, Token.Shape.MIXED);
  }

  /** The rules as they were written with String.replaceAll and String.matches. */
  private static Integer dayByRegex(String norm) {
    String s = norm.replaceAll("(st|nd|rd|th)$", "");
    if (!s.matches("\\d{1,2}")) {
      return null;
    }
    int v = Integer.parseInt(s);
    return v >= 1 && v <= 31 ? v : null;
  }

  private static Integer yearByRegex(String norm) {
    return norm.matches("(19|20)\\d\\d") ? Integer.parseInt(norm) : null;
  }

  @Test
  void dayNumbersWithAndWithoutSuffix() {
    assertEquals(5, EventDates.dayNumber(token("5")));
    assertEquals(5, EventDates.dayNumber(token("05")));
    assertEquals(21, EventDates.dayNumber(token("21st")));
    assertEquals(3, EventDates.dayNumber(token("3rd")));
    assertNull(EventDates.dayNumber(token("32")));
    assertNull(EventDates.dayNumber(token("0")));
    assertNull(EventDates.dayNumber(token("st")));
    assertNull(EventDates.dayNumber(token("5thth")));
    assertNull(EventDates.dayNumber(token("105")));
    assertNull(EventDates.dayNumber(token("fifth")));
  }

  @Test
  void yearsOfTwoCenturiesOnly() {
    assertEquals(2024, EventDates.year(token("2024")));
    assertEquals(1998, EventDates.year(token("1998")));
    assertNull(EventDates.year(token("1898")));
    assertNull(EventDates.year(token("20245")));
    assertNull(EventDates.year(token("20x4")));
  }

  @Test
  void oneFinalDotDropped() {
    assertEquals("dec", EventDates.withoutFinalDot("dec."));
    assertEquals("dec.", EventDates.withoutFinalDot("dec.."));
    assertEquals("june", EventDates.withoutFinalDot("june"));
    assertEquals("", EventDates.withoutFinalDot("."));
  }

  @Test
  void sameAnswersAsTheRegularExpressionsOnRandomStrings() {
    Random r = new Random(15);
    String alphabet = "0123456789stndrh.x\u0663";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(7);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(dayByRegex(s), EventDates.dayNumber(token(s)), s);
      assertEquals(yearByRegex(s), EventDates.year(token(s)), s);
      assertEquals(s.replaceAll("\\.$", ""), EventDates.withoutFinalDot(s), s);
    }
  }
}
