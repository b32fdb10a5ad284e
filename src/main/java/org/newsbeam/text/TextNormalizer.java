package org.newsbeam.text;

/**
 * Folds the typographic variants scraped text carries into one plain form, so that "Putin’s",
 * "Putin‘s" and "Putin's" are the same string to every later stage. Offsets are preserved: every
 * replacement is one char for one char, except collapsed whitespace in {@link #cleanParagraph}.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Curly and modifier apostrophes, primes and backticks to ASCII; curly double quotes to ASCII. */
  public static String foldPunctuation(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = fold(c);
      if (r != c) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, r);
      }
    }
    return out == null ? s : out.toString();
  }

  static char fold(char c) {
    switch (c) {
      case '\u2018': // left single quote
      case '\u2019': // right single quote
      case '\u201B':
      case '\u02BC': // modifier apostrophe
      case '\u2032': // prime
      case '`':
      case '\u00B4':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u00AB':
      case '\u00BB':
        return '"';
      case '\u2010':
      case '\u2011':
        return '-';
      case '\u00A0':
      case '\u2007':
      case '\u202F':
      case '\u2009':
      case '\u200A':
        return ' ';
      default:
        return c;
    }
  }

  /**
   * One paragraph's text as later stages want it: punctuation folded, zero-width characters
   * dropped, runs of whitespace (line breaks included) collapsed to one space, trimmed.
   */
  public static String cleanParagraph(String s) {
    // into a char array rather than a StringBuilder: no capacity or coder check per char
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F && c != '`') {
        // printable ASCII other than the backtick: nothing to fold, never a space
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = c;
        continue;
      }
      c = fold(c);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = len > 0;
        continue;
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      out[len++] = c;
    }
    if (len == n && s.contentEquals(java.nio.CharBuffer.wrap(out, 0, len))) {
      return s; // already clean
    }
    return new String(out, 0, len);
  }
}
