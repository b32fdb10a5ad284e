package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules for syndicated copies: two articles on different URLs are the same story when most of
 * the substantial paragraphs of the shorter one also stand in the other. The earlier one (by
 * publication date, then URL) is the original.
 */
public final class Copies {
  private Copies() {}

  /** Paragraphs shorter than this (datelines, captions) say nothing about copying. */
  public static final int MIN_WORDS = 8;

  /** Share of the shorter article's substantial paragraphs the longer one must carry. */
  public static final double MIN_SHARE = 0.8;

  /**
   * Larger groups of articles sharing one paragraph are boilerplate or template prose, not
   * syndication; their pairs would also grow with the square of the group.
   */
  static final int MAX_GROUP = 20;

  public record Doc(String url, String published, String publishedAt, int paragraphs) implements Serializable {}

  public record Shared(Doc a, Doc b, long paragraphs) implements Serializable {}

  /**
   * Earlier first: by day, then by the moment where both give one, then by URL. Undated articles
   * sort after dated ones (a dated article is the better original), and on one day an article
   * without a time after one with a time.
   */
  static final Comparator<Doc> EARLIER =
      Comparator.comparing((Doc d) -> d.published().isEmpty() ? "9999" : d.published())
          .thenComparing(d -> d.publishedAt().isEmpty() ? "~" : d.publishedAt())
          .thenComparing(Doc::url);

  public static boolean isCopy(Shared s) {
    return isCopy(s, 0, 0);
  }

  /**
   * As {@link #isCopy(Shared)}, with each article's template paragraphs (those shared by more
   * than {@link #MAX_GROUP} articles) left out of its count: they are no evidence either way, so
   * a reprint that carries one stock background paragraph is still a reprint.
   */
  public static boolean isCopy(Shared s, long templateA, long templateB) {
    long smaller = Math.min(s.a().paragraphs() - templateA, s.b().paragraphs() - templateB);
    return smaller > 0 && s.paragraphs() >= MIN_SHARE * smaller;
  }

  static List<Doc> distinctSorted(Iterable<Doc> docs) {
    Map<String, Doc> byUrl = new TreeMap<>();
    for (Doc d : docs) {
      byUrl.putIfAbsent(d.url(), d);
    }
    return new ArrayList<>(byUrl.values());
  }

  static Shared sumShared(Shared left, Shared right) {
    return new Shared(left.a(), left.b(), left.paragraphs() + right.paragraphs());
  }

  static Doc earlier(Doc left, Doc right) {
    return EARLIER.compare(left, right) <= 0 ? left : right;
  }
}
