package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * An act that a warning is about reports nothing yet: "alerted residents to a potentially heavy
 * attack", "warned of a possible missile strike", "a warning of an imminent attack". Only when a
 * word of possibility stands in the act's own phrase: "warned that Russia launched a massive
 * attack" reports the attack.
 */
final class Warnings {
  private Warnings() {}

  private static final Set<String> WARNING_WORDS =
      Set.of("alert", "alerts", "alerted", "alerting", "warn", "warns", "warned", "warning", "warnings");
  private static final Set<String> POSSIBILITY =
      Set.of("potential", "potentially", "possible", "possibly", "imminent", "impending", "looming");
  /** Words that end the warning's phrase before the act: its own clause. */
  private static final Set<String> BREAKS = Set.of("that", "which", "who", "after", "as", "when", "but", "and", "while");

  /**
   * Whether the trigger at {@code ts} names an act that a warning before it in the clause (from
   * {@code cs}) is about, with a word of possibility at most three words before the trigger.
   */
  static boolean warnedOf(List<Token> tokens, int cs, int ts) {
    int possible = -1;
    for (int i = ts - 1; i >= Math.max(cs, ts - 3); i--) {
      if (POSSIBILITY.contains(tokens.get(i).norm())) {
        possible = i;
        break;
      }
    }
    if (possible < 0) {
      return false;
    }
    for (int i = possible - 1; i >= Math.max(cs, possible - 8); i--) {
      Token t = tokens.get(i);
      if (WARNING_WORDS.contains(t.norm())) {
        return true;
      }
      if (t.isPunct() || BREAKS.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }
}
