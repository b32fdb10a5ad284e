package org.newsbeam.output;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a spreadsheet opening a CSV would turn a cell into a number, a date, a time, a
 * percentage or a boolean instead of keeping its text: what identifiers must never look like.
 * The forms are those Excel, LibreOffice Calc and Google Sheets convert on import with their
 * default settings.
 */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?\\(?[$€£]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?\\)?");
  /** 3-4, 3/4, 2025-01-02, 1.2.2025, 3-Apr, Apr-3, 12:30, 12:30:05 */
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?|\\d{1,2}[-/ ][A-Za-z]{3,9}([-/ ]\\d{1,4})?|[A-Za-z]{3,9}[-/ ]\\d{1,4}"
          + "|\\d{1,2}:\\d{2}(:\\d{2})?( ?[AaPp][Mm])?");

  public static boolean readsAsNumberOrDate(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return false;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (upper.equals("TRUE") || upper.equals("FALSE")) {
      return true;
    }
    if (NUMBER.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return DATE_OR_TIME.matcher(s).matches() && (Character.isDigit(s.charAt(0)) || monthFirst(s));
  }

  private static boolean monthFirst(String s) {
    String word = s.split("[-/ ]")[0].toLowerCase(Locale.ROOT);
    return word.length() >= 3 && "january february march april may june july august september october november december"
        .contains(word) && java.util.Arrays.stream(new String[] {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec"}).anyMatch(word::startsWith);
  }
}
