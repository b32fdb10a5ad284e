package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsbeam.text.Token;

/**
 * Finds every occurrence of many {@link TermPattern}s in a sentence. Terms are filed under their
 * first word (exact words in one map, prefix words in another keyed by the prefix), so the work per
 * token is a few hash look-ups (one per distinct prefix length) whatever the number of terms.
 *
 * @param <V> what each term stands for (a pattern id, a cue kind)
 */
public final class TermIndex<V extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One occurrence of a term: tokens [start, end). */
  public record Hit<V>(TermPattern term, V value, int start, int end) implements Serializable {}

  private record Entry<V>(TermPattern term, V value) implements Serializable {}

  private final HashMap<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private final HashMap<String, List<Entry<V>>> byFirstPrefix = new HashMap<>();
  private int[] prefixLengths = new int[0]; // distinct, ascending
  private int size;

  public void add(TermPattern term, V value) {
    Entry<V> e = new Entry<>(term, value);
    String first = term.word(0);
    if (term.isPrefix(0)) {
      byFirstPrefix.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
      addPrefixLength(first.length());
    } else {
      byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
    }
    size++;
  }

  private void addPrefixLength(int len) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int l : prefixLengths) {
      all.add(l);
    }
    all.add(len);
    prefixLengths = all.stream().mapToInt(Integer::intValue).toArray();
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * All occurrences of all terms, ordered by start; at one start, terms filed under an exact first
   * word come first, then prefix terms from the shortest prefix up.
   */
  public List<Hit<V>> scan(List<Token> tokens) {
    return scan(tokens, 0, tokens.size());
  }

  /** Occurrences that start and end inside tokens [from, to). */
  public List<Hit<V>> scan(List<Token> tokens, int from, int to) {
    List<Hit<V>> hits = new ArrayList<>();
    if (size == 0) {
      return hits;
    }
    for (int i = from; i < to; i++) {
      String norm = tokens.get(i).norm();
      collect(byFirstWord.get(norm), tokens, i, to, hits);
      for (int len : prefixLengths) {
        if (len > norm.length()) {
          break;
        }
        collect(byFirstPrefix.get(norm.substring(0, len)), tokens, i, to, hits);
      }
    }
    return hits;
  }

  private static <V> void collect(
      List<Entry<V>> entries, List<Token> tokens, int i, int to, List<Hit<V>> hits) {
    if (entries == null) {
      return;
    }
    for (Entry<V> e : entries) {
      int end = e.term().matchAt(tokens, i);
      if (end > 0 && end <= to) {
        hits.add(new Hit<>(e.term(), e.value(), i, end));
      }
    }
  }

  /** Builds an index of the given terms, each standing for the same value. */
  public static <V extends Serializable> TermIndex<V> of(List<String> terms, V value) {
    TermIndex<V> index = new TermIndex<>();
    for (String t : terms) {
      index.add(TermPattern.compile(t), value);
    }
    return index;
  }

  /** For diagnostics: how many terms each first word holds. */
  Map<String, Integer> bucketSizes() {
    Map<String, Integer> m = new HashMap<>();
    byFirstWord.forEach((k, v) -> m.put(k, v.size()));
    byFirstPrefix.forEach((k, v) -> m.put(k + "*", v.size()));
    return m;
  }
}
