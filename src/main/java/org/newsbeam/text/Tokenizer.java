package org.newsbeam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into {@link Token}s. Words keep inner hyphens and apostrophes ("Russia-Ukraine"
 * stays one token only if written so; "S-400" stays one token), numbers keep thousands separators
 * and decimals ("1,200", "3.5"), possessives are marked instead of split, every other
 * non-space char is a punctuation token. The input is expected to be folded by {@link
 * TextNormalizer} already.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>(Math.max(8, s.length() / 5));
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c >= 128 && (Character.isWhitespace(c) || Character.isSpaceChar(c))
          || c < ' ') {
        i++;
        continue;
      }
      int start = i;
      if (letterOrDigit(c)) {
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (letterOrDigit(d)) {
            i++;
          } else if ((d == '-' || d == '\'' || d == '.' || d == ',')
              && i + 1 < n
              && Character.isLetterOrDigit(s.charAt(i + 1))
              && joins(s, start, i, d)) {
            i++;
          } else {
            break;
          }
        }
        // trailing possessive apostrophe: "forces'" as in "the forces' advance"
        boolean trailingApostrophe =
            i < n && s.charAt(i) == '\'' && s.charAt(i - 1) == 's' && (i + 1 == n || !Character.isLetterOrDigit(s.charAt(i + 1)));
        int end = trailingApostrophe ? i + 1 : i;
        out.add(word(s.substring(start, end), start, end));
        i = end;
      } else {
        i++;
        out.add(new Token(String.valueOf(c), String.valueOf(c), start, i, false, Token.Shape.PUNCT));
      }
    }
    return out;
  }

  private static boolean letterOrDigit(char c) {
    return c < 128
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  /** Whether separator d at position i continues the token that began at start. */
  private static boolean joins(String s, int start, int i, char d) {
    boolean digitsBefore = Character.isDigit(s.charAt(i - 1));
    boolean digitAfter = Character.isDigit(s.charAt(i + 1));
    if (d == '.' || d == ',') {
      // only inside numbers: "1,200", "3.5"; never "Kyiv,Odesa" or sentence dots
      return digitsBefore && digitAfter && allNumeric(s, start, i);
    }
    if (d == '\'') {
      // inner apostrophe of a word: "O'Brien", "Russia's" (possessive handled in word())
      return Character.isLetter(s.charAt(i - 1));
    }
    return true; // hyphen
  }

  private static boolean allNumeric(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (!(Character.isDigit(c) || c == ',' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  static Token word(String text, int start, int end) {
    boolean possessive = false;
    String base = text;
    if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("'S"))) {
      possessive = true;
      base = text.substring(0, text.length() - 2);
    } else if (text.length() > 1 && text.endsWith("'")) {
      possessive = true;
      base = text.substring(0, text.length() - 1);
    }
    Token.Shape shape = shapeOf(base);
    // lower-case words, numbers and most mixed forms need no copy
    String norm = shape == Token.Shape.LOWER || shape == Token.Shape.NUMBER ? base : base.toLowerCase(Locale.ROOT);
    return new Token(text, norm, start, end, possessive, shape);
  }

  static Token.Shape shapeOf(String w) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int other = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          letters++;
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
          upper++;
        } else if (c >= '0' && c <= '9') {
          digits++;
        } else if (c != ',' && c != '.') {
          other++;
        }
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c != ',' && c != '.') {
        other++;
      }
    }
    if (letters == 0 && digits > 0 && other == 0) {
      return Token.Shape.NUMBER;
    }
    if (digits > 0) {
      return Token.Shape.MIXED;
    }
    if (letters >= 2 && upper == letters) {
      return Token.Shape.UPPER;
    }
    if (letters > 0 && Character.isUpperCase(w.charAt(0))) {
      return Token.Shape.CAPITALISED;
    }
    if (letters > 0 && upper == 0) {
      return Token.Shape.LOWER;
    }
    return Token.Shape.MIXED;
  }
}
