package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Acts a sentence recalls in passing from years before the article: background, not news of the
 * act. The year stands right after the act's phrase, with no clause between: "the city was
 * retaken by the army in 2019", "a strike on the dam the following year" (after a year
 * named earlier in the sentence: "both in 2019"), "recaptured later that year". An act at least
 * {@value #YEARS_BEFORE} calendar years before the publication year is background.
 *
 * <p>A date that opens the sentence ("In 2019, the army took the village") is left alone: features
 * tell their story that way, and the act is then the story's own. A year after "since", "before",
 * "until" or a comma dates another act ("the biggest exchange since the war began in 2022").
 */
final class BackgroundHistory {
  private BackgroundHistory() {}

  /** How many calendar years before the publication year an act is history. */
  static final int YEARS_BEFORE = 2;
  /** How far after the act's phrase its year may stand. */
  private static final int REACH = 9;

  /** Words that end the act's phrase: a new clause or another act's time. */
  private static final Set<String> BREAKS =
      Set.of(",", ";", ":", "(", "since", "after", "before", "until", "when", "as", "while", "and", "but", "that",
          "which", "who", "where", "because", "\u2013", "\u2014", "-");
  private static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");
  private static final Set<String> PARTS = Set.of("early", "late", "mid", "the", "spring", "summer", "autumn", "fall", "winter", "of");

  /**
   * Whether the act whose trigger is tokens [trigStart, trigEnd) is dated, right after its phrase,
   * to a year at least {@link #YEARS_BEFORE} before {@code publicationYear}.
   */
  static boolean dated(List<Token> tokens, int trigStart, int trigEnd, int publicationYear) {
    for (int i = trigEnd; i < Math.min(tokens.size(), trigEnd + REACH); i++) {
      String w = tokens.get(i).norm();
      if (w.equals("that") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("year")) {
        return old(yearBefore(tokens, trigStart), publicationYear); // "later that year"
      }
      if (BREAKS.contains(w)) {
        return false;
      }
      if (w.equals("the") && i + 2 < tokens.size() && tokens.get(i + 2).norm().equals("year")) {
        String which = tokens.get(i + 1).norm();
        int base = yearBefore(tokens, trigStart);
        if (base > 0 && (which.equals("following") || which.equals("next"))) {
          return old(base + 1, publicationYear);
        }
        if (base > 0 && which.equals("previous")) {
          return old(base - 1, publicationYear);
        }
      }
      if (w.equals("in")) {
        int j = i + 1;
        while (j < tokens.size() && j < i + 5 && (PARTS.contains(tokens.get(j).norm()) || MONTHS.contains(tokens.get(j).norm()))) {
          j++;
        }
        if (j < tokens.size()) {
          int y = year(tokens.get(j));
          if (y > 0) {
            return old(y, publicationYear);
          }
        }
      }
    }
    return false;
  }

  private static boolean old(int year, int publicationYear) {
    return year > 0 && year <= publicationYear - YEARS_BEFORE;
  }

  /** The last year the sentence names before the act, or -1. */
  private static int yearBefore(List<Token> tokens, int trigStart) {
    for (int i = trigStart - 1; i >= 0; i--) {
      int y = year(tokens.get(i));
      if (y > 0) {
        return y;
      }
    }
    return -1;
  }

  /** A four-digit year from 1900 to 2099, or -1. */
  private static int year(Token t) {
    String w = t.text();
    if (t.shape() != Token.Shape.NUMBER || w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))) {
      return -1;
    }
    return Integer.parseInt(w);
  }
}
