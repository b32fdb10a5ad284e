package org.newsbeam.aggregate;

/** Sort keys for table rows: strings that sort as the numbers they stand for. */
public final class SortKeys {
  private SortKeys() {}

  /** Larger numbers first. */
  public static String descending(long n) {
    return String.format("%019d|", Long.MAX_VALUE - n);
  }

  public static String ascending(long n) {
    return String.format("%019d|", n);
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
