package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * One compiled term of a lexicon: words separated by spaces, matched token by token against {@link
 * Token#norm()}; a word ending in {@code *} matches any token starting with the rest of the word.
 *
 * <p>Each space-separated word is run through the same {@link Tokenizer} as the text, so a term is
 * lower-cased and loses a trailing possessive exactly as text tokens do, and a word the tokenizer
 * splits ("U.S.") becomes the same several tokens the text will have. With {@code *}, only the last
 * of those tokens is a prefix.
 */
public final class TermPattern implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final String[] words;
  private final boolean[] prefix;

  private TermPattern(String text, String[] words, boolean[] prefix) {
    this.text = text;
    this.words = words;
    this.prefix = prefix;
  }

  /**
   * Compiles a term.
   *
   * @throws IllegalArgumentException when the term is blank or has a word that is only {@code *}
   */
  public static TermPattern compile(String term) {
    if (term == null || term.isBlank()) {
      throw new IllegalArgumentException("empty term");
    }
    List<String> ws = new ArrayList<>();
    List<Boolean> ps = new ArrayList<>();
    for (String raw : term.trim().split("\\s+")) {
      boolean star = raw.endsWith("*");
      String core = star ? raw.replaceAll("\\*+$", "") : raw;
      if (core.isEmpty()) {
        throw new IllegalArgumentException("term \"" + term + "\" has a word that is only '*'");
      }
      List<Token> toks = Tokenizer.tokenize(core);
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        // a possessive prefix word ("russia'*") makes no sense; keep the plain text then
        String w = star && k == toks.size() - 1 ? t.text().toLowerCase(java.util.Locale.ROOT) : t.norm();
        if (w.isEmpty()) {
          w = t.text().toLowerCase(java.util.Locale.ROOT);
        }
        ws.add(w);
        ps.add(star && k == toks.size() - 1);
      }
    }
    String[] words = ws.toArray(new String[0]);
    boolean[] prefix = new boolean[words.length];
    for (int k = 0; k < prefix.length; k++) {
      prefix[k] = ps.get(k);
    }
    return new TermPattern(term.trim(), words, prefix);
  }

  /** The term as written in the lexicon. */
  public String text() {
    return text;
  }

  /** Number of tokens the term spans. */
  public int length() {
    return words.length;
  }

  String word(int k) {
    return words[k];
  }

  boolean isPrefix(int k) {
    return prefix[k];
  }

  /** Whether word k of the term accepts a token whose norm is {@code norm}. */
  public boolean wordMatches(int k, String norm) {
    return prefix[k] ? norm.startsWith(words[k]) : norm.equals(words[k]);
  }

  /** End (exclusive) of a match starting at token {@code i}, or -1 when the term does not match there. */
  public int matchAt(List<Token> tokens, int i) {
    if (i < 0 || i + words.length > tokens.size()) {
      return -1;
    }
    for (int k = 0; k < words.length; k++) {
      if (!wordMatches(k, tokens.get(i + k).norm())) {
        return -1;
      }
    }
    return i + words.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermPattern other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
