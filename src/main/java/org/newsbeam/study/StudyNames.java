package org.newsbeam.study;

import java.util.Locale;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** The forms of a name that clash checks and term lists compare. */
final class StudyNames {
  private StudyNames() {}

  /** The clash key of a name: punctuation folded, spaces collapsed, lower case. */
  static String key(String s) {
    return clean(s).toLowerCase(Locale.ROOT);
  }

  /**
   * The clash key of a name as a matcher sees it: its tokens' normal forms, so "Russia's army"
   * and "Russia army" are one name (the tokenizer drops the possessive).
   */
  static String nameKey(String s) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(clean(s))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.norm().isEmpty() ? t.text().toLowerCase(Locale.ROOT) : t.norm());
    }
    return sb.toString();
  }

  static String clean(String s) {
    return TextNormalizer.cleanParagraph(s);
  }
}
