package org.newsbeam.aggregate;

/** Sort keys for table rows: strings that sort as the numbers they stand for. */
public final class SortKeys {
  private SortKeys() {}

  /** Larger numbers first. */
  public static String descending(long n) {
    return padded(Long.MAX_VALUE - n);
  }

  public static String ascending(long n) {
    return padded(n);
  }

  /**
   * What {@code String.format("%019d|", n)} writes, without the formatter, which parses its
   * pattern on every call (every report row of a run gets a key).
   */
  static String padded(long n) {
    String digits = Long.toString(n);
    boolean negative = n < 0;
    int width = negative ? 18 : 19; // the sign takes one of the 19 places
    int have = digits.length() - (negative ? 1 : 0);
    StringBuilder b = new StringBuilder(21);
    if (negative) {
      b.append('-');
    }
    for (int i = have; i < width; i++) {
      b.append('0');
    }
    b.append(digits, negative ? 1 : 0, digits.length());
    return b.append('|').toString();
  }

  /**
   * A record's place in its file ("line 9", "offset 10745") that sorts by position: its number is
   * padded, so "offset 2150" comes before "offset 10745" as it does in the file.
   */
  public static String location(String location) {
    int space = location.lastIndexOf(' ');
    if (space > 0 && space < location.length() - 1) {
      String number = location.substring(space + 1);
      if (number.length() < 19 && number.chars().allMatch(Character::isDigit)) {
        return location.substring(0, space + 1) + ascending(Long.parseLong(number));
      }
    }
    return location;
  }
}
