package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.text.Token;

/**
 * Finds every occurrence of many {@link TermPattern}s in a sentence. Terms are filed under their
 * first word: exact words in a hash map, prefix words in a character trie. The work per token is
 * one hash look-up and a walk of at most the token's length down the trie, whatever the number of
 * terms. Terms whose first two words are exact are filed under both: many terms open with a common
 * word ("in talks", "to meet"), and a token "in" then tries only the terms whose second word is
 * the next token, not every term that starts with "in".
 *
 * @param <V> what each term stands for (a pattern id, a cue kind)
 */
public final class TermIndex<V extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One occurrence of a term: tokens [start, end). */
  public record Hit<V>(TermPattern term, V value, int start, int end) implements Serializable {}

  /** A term, what it stands for, and its place in the order of adding (hits at one start keep it). */
  private record Entry<V>(TermPattern term, V value, int order) implements Serializable {}

  /** The terms of one exact first word: by their exact second word, and all the others. */
  private static final class Bucket<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** one-word terms and terms whose second word is a prefix */
    private final List<Entry<V>> others = new ArrayList<>();
    private final WordTable<List<Entry<V>>> bySecondWord = new WordTable<>();
  }

  private final WordTable<Bucket<V>> byFirstWord = new WordTable<>();
  private final PrefixNode<V> byFirstPrefix = new PrefixNode<>();
  /** The trie's first level for ASCII chars, one array read instead of a search of its keys. */
  @SuppressWarnings("unchecked")
  private final PrefixNode<V>[] firstAsciiChar = new PrefixNode[128];
  private int size;

  /** A character trie of first-word prefixes: a token walks it once, char by char. */
  private static final class PrefixNode<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    private char[] keys = new char[0];
    private List<PrefixNode<V>> kids = new ArrayList<>();
    private List<Entry<V>> entries;

    PrefixNode<V> child(char c, boolean create) {
      int lo = 0;
      int hi = keys.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (keys[mid] < c) {
          lo = mid + 1;
        } else if (keys[mid] > c) {
          hi = mid - 1;
        } else {
          return kids.get(mid);
        }
      }
      if (!create) {
        return null;
      }
      char[] k = new char[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, lo);
      k[lo] = c;
      System.arraycopy(keys, lo, k, lo + 1, keys.length - lo);
      keys = k;
      PrefixNode<V> node = new PrefixNode<>();
      kids.add(lo, node);
      return node;
    }
  }

  public void add(TermPattern term, V value) {
    Entry<V> e = new Entry<>(term, value, size);
    String first = term.word(0);
    if (term.isPrefix(0)) {
      PrefixNode<V> node = byFirstPrefix;
      for (int i = 0; i < first.length(); i++) {
        node = node.child(first.charAt(i), true);
        if (i == 0 && first.charAt(0) < 128) {
          firstAsciiChar[first.charAt(0)] = node;
        }
      }
      if (node.entries == null) {
        node.entries = new ArrayList<>();
      }
      node.entries.add(e);
    } else {
      Bucket<V> bucket = byFirstWord.computeIfAbsent(first, k -> new Bucket<>());
      if (term.length() > 1 && !term.isPrefix(1)) {
        bucket.bySecondWord.computeIfAbsent(term.word(1), k -> new ArrayList<>()).add(e);
      } else {
        bucket.others.add(e);
      }
    }
    size++;
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
      Bucket<V> bucket = byFirstWord.get(norm);
      if (bucket != null) {
        List<Entry<V>> second =
            bucket.bySecondWord.isEmpty() || i + 1 >= tokens.size() ? null : bucket.bySecondWord.get(tokens.get(i + 1).norm());
        collect(bucket.others, second, tokens, i, to, hits);
      }
      if (norm.isEmpty()) {
        continue;
      }
      char c0 = norm.charAt(0);
      PrefixNode<V> node = c0 < 128 ? firstAsciiChar[c0] : byFirstPrefix.child(c0, false);
      for (int c = 0; c < norm.length(); c++) {
        if (c > 0) {
          node = node.child(norm.charAt(c), false);
        }
        if (node == null) {
          break;
        }
        collect(node.entries, tokens, i, to, hits);
      }
    }
    return hits;
  }

  /** Hits of the terms of two lists, each in the order of adding, merged into that order. */
  private static <V> void collect(
      List<Entry<V>> a, List<Entry<V>> b, List<Token> tokens, int i, int to, List<Hit<V>> hits) {
    if (b == null || b.isEmpty()) {
      collect(a, tokens, i, to, hits);
      return;
    }
    if (a.isEmpty()) {
      collect(b, tokens, i, to, hits);
      return;
    }
    int x = 0;
    int y = 0;
    while (x < a.size() || y < b.size()) {
      Entry<V> e = y >= b.size() || x < a.size() && a.get(x).order() < b.get(y).order() ? a.get(x++) : b.get(y++);
      int end = e.term().matchAt(tokens, i);
      if (end > 0 && end <= to) {
        hits.add(new Hit<>(e.term(), e.value(), i, end));
      }
    }
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
}
