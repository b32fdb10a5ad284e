package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * A sentence built as "the more ..., the more ..." states how two things vary together, so the acts
 * it names are acts in general: "The more rockets a barrage holds, the fewer get through".
 * Both halves need a comparative right after "the": "The more recent attack hit a school" has no
 * second half and reports the attack.
 */
final class Correlatives {
  private Correlatives() {}

  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer");

  /** Whether the sentence opens "The more ..." and has a second "the" and comparative after a comma. */
  static boolean correlative(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).isPunct()) {
      i++; // an opening quotation mark
    }
    if (i + 1 >= tokens.size() || !tokens.get(i).norm().equals("the") || !comparative(tokens.get(i + 1))) {
      return false;
    }
    for (int k = i + 2; k + 2 < tokens.size(); k++) {
      if (tokens.get(k).norm().equals(",") && tokens.get(k + 1).norm().equals("the") && comparative(tokens.get(k + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean comparative(Token t) {
    String w = t.norm();
    return COMPARATIVES.contains(w) || w.length() > 4 && w.endsWith("er") && t.shape() == Token.Shape.LOWER
        && !w.endsWith("ever") && !w.endsWith("ther");
  }
}
