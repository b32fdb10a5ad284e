package org.newsbeam.aggregate;

import java.io.Serializable;

/**
 * Mentions and articles of one actor (or place), with the first and last dates seen. Combines by
 * {@link #plus}; one instance per article goes in.
 */
public record MentionStats(long mentions, long articles, String first, String last) implements Serializable {
  public static MentionStats ofArticle(long mentions, String date) {
    return new MentionStats(mentions, 1, date, date);
  }

  public MentionStats plus(MentionStats o) {
    return new MentionStats(mentions + o.mentions, articles + o.articles, min(first, o.first), max(last, o.last));
  }

  /** Empty dates (undated articles) never win. */
  private static String min(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
