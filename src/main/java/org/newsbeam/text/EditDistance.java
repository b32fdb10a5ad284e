package org.newsbeam.text;

/** Levenshtein distance: how many single-character edits turn one word into another. */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Whether {@code between(a, b) <= max}, answered without the whole table: a shared first and
   * last part never changes the distance, and the smallest value of a row never falls in the next
   * row, so the work stops at the first row over {@code max}. Name matching asks this of many
   * word pairs of which few are close.
   */
  public static boolean within(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return false;
    }
    int p = 0;
    while (p < n && p < m && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    int s = 0;
    while (s < n - p && s < m - p && a.charAt(n - 1 - s) == b.charAt(m - 1 - s)) {
      s++;
    }
    int an = n - p - s;
    int bn = m - p - s;
    if (an == 0 || bn == 0) {
      return Math.max(an, bn) <= max;
    }
    int[] prev = new int[bn + 1];
    int[] cur = new int[bn + 1];
    for (int j = 0; j <= bn; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= an; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(p + i - 1);
      for (int j = 1; j <= bn; j++) {
        int cost = ca == b.charAt(p + j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return false;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[bn] <= max;
  }
}
