package org.newsbeam.extract;

import java.io.Serializable;

/**
 * A map from words to values for look-ups of every token of a text, most of which miss: open
 * addressing over flat arrays of hashes and keys, kept at most a quarter full, so a miss costs a
 * read or two of those arrays and no walk through linked entries. Adding is for building only.
 *
 * @param <T> the value filed under a word
 */
final class WordTable<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private String[] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  WordTable() {
    this(16);
  }

  /** A table with room for {@code capacity} slots to start with (a power of two). */
  WordTable(int capacity) {
    if (Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
    }
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
  }

  /** The value of a word, or null. */
  @SuppressWarnings("unchecked")
  T get(String word) {
    int h = word.hashCode();
    int mask = keys.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && k.equals(word)) {
        return (T) values[i];
      }
    }
  }

  /** Files a value under a word, replacing the one there. */
  void put(String word, T value) {
    if ((size + 1) * 4 > keys.length) {
      grow();
    }
    int h = word.hashCode();
    int mask = keys.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == null) {
        keys[i] = word;
        hashes[i] = h;
        values[i] = value;
        size++;
        return;
      }
      if (hashes[i] == h && keys[i].equals(word)) {
        values[i] = value;
        return;
      }
    }
  }

  /** The value of a word, filed first by {@code make} when the word has none. */
  T computeIfAbsent(String word, java.util.function.Function<String, T> make) {
    T v = get(word);
    if (v == null) {
      v = make.apply(word);
      put(word, v);
    }
    return v;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], (T) oldValues[i]);
      }
    }
  }
}
