package org.newsbeam.ingest;

/**
 * Whether a plain-text body is language at all: binary junk decoded as windows-1252 (random high
 * bytes) gives valid characters but no words, and would otherwise pass as a long article. Two
 * rules over the first few thousand characters: letters must be at least half the visible
 * characters, and word-like tokens (letters only, apart from surrounding punctuation, of a word's
 * length; any length in scripts written without spaces) must make at least half of them.
 */
final class NotLanguage {
  private NotLanguage() {}

  static final String REASON = "not language text: ";

  private static final int SAMPLE_CHARS = 4000;
  private static final int MIN_VISIBLE = 40;
  private static final int MAX_WORD = 30;

  /** A short reason when the text is not language, else null. */
  static String reason(String text) {
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int visible = 0;
    int letters = 0;
    int inWords = 0;
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        continue;
      }
      int tokenLetters = 0;
      boolean spaceless = false;
      int a = start;
      int b = i;
      while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
        b--;
      }
      boolean wordLike = a < b;
      for (int k = start; k < i; k++) {
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
          tokenLetters++;
          spaceless |= writtenWithoutSpaces(c);
        }
        if (k >= a && k < b && !Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
          wordLike = false;
        }
      }
      visible += i - start;
      letters += tokenLetters;
      if (spaceless) {
        inWords += tokenLetters; // a whole clause between spaces: its letters are its words
      } else if (wordLike && b - a <= MAX_WORD) {
        inWords += i - start;
      }
    }
    if (visible < MIN_VISIBLE) {
      return null;
    }
    if (letters * 2 < visible) {
      return "too few letters (" + percent(letters, visible) + " of the characters)";
    }
    if (inWords * 2 < visible) {
      return "no words (" + percent(inWords, visible) + " of the characters in word-like tokens)";
    }
    return null;
  }

  private static String percent(int part, int whole) {
    return Math.round(100.0 * part / whole) + "%";
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean writtenWithoutSpaces(char c) {
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }
}
