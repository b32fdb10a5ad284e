package org.newsbeam.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbeam.extract.PageAnalysis;
import org.newsbeam.extract.ParagraphAnalysis;

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

  public record Doc(String url, String published, String publishedAt, int paragraphs) implements Serializable {
    static Doc of(PageAnalysis page, int paragraphs) {
      return new Doc(page.url(), page.published(), page.publishedAt(), paragraphs);
    }
  }

  /** The fingerprints of an article's substantial paragraphs, each once, in order. */
  static Set<Long> substantial(List<ParagraphAnalysis> paragraphs) {
    Set<Long> fps = new LinkedHashSet<>();
    for (ParagraphAnalysis p : paragraphs) {
      if (p.words() >= MIN_WORDS) {
        fps.add(p.fingerprint());
      }
    }
    return fps;
  }

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
    long restA = s.a().paragraphs() - templateA;
    long restB = s.b().paragraphs() - templateB;
    boolean aSmaller = restA <= restB;
    long rest = aSmaller ? restA : restB;
    long whole = aSmaller ? s.a().paragraphs() : s.b().paragraphs();
    // setting template prose aside must not leave a verdict resting on one paragraph of a longer
    // article: stock paragraphs around one shared line are not a reprint
    if (rest <= 0 || rest < Math.min(MIN_EVIDENCE, whole)) {
      return false;
    }
    return s.paragraphs() >= MIN_SHARE * rest;
  }

  /** Paragraphs of its own an article needs, template prose aside, to be judged a copy. */
  static final int MIN_EVIDENCE = 2;

  /**
   * One identity for an article's whole body: its substantial paragraphs' fingerprints as a set.
   * Null for bodies of fewer than two such paragraphs, too little to call a reprint on alone.
   */
  static Long bodyKey(Collection<Long> paragraphFingerprints) {
    TreeSet<Long> set = new TreeSet<>(paragraphFingerprints);
    if (set.size() < 2) {
      return null;
    }
    long h = 0x9E3779B97F4A7C15L;
    for (long fp : set) {
      h = (h ^ fp) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
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
