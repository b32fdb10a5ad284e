package org.newsbeam.text;

import java.io.Serializable;

/**
 * One word, number or punctuation mark of a sentence.
 *
 * @param text the surface form as written (apostrophes already folded)
 * @param norm lower-cased, with a trailing possessive "'s" or "'" removed; what dictionaries match
 * @param start offset of the first char in the sentence
 * @param end offset after the last char in the sentence
 * @param possessive whether the surface form ended in "'s" or "'"
 * @param shape coarse form, used by case rules and quantity reading
 */
public record Token(String text, String norm, int start, int end, boolean possessive, Shape shape)
    implements Serializable {

  public enum Shape {
    /** all lower case letters: "drones" */
    LOWER,
    /** first letter upper, not all upper: "Putin", "McDonald" */
    CAPITALISED,
    /** two or more letters, all upper: "US", "NATO" */
    UPPER,
    /** digits, possibly with separators: "112", "1,200", "3.5" */
    NUMBER,
    /** letters and digits mixed, or other words: "S-400", "x2" */
    MIXED,
    /** one punctuation char */
    PUNCT
  }

  public boolean isWord() {
    return shape != Shape.PUNCT && shape != Shape.NUMBER;
  }

  public boolean isPunct() {
    return shape == Shape.PUNCT;
  }
}
