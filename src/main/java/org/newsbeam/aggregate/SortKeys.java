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
}
