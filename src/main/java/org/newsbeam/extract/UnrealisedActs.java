package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Acts the sentence names without telling that they happened, so no report:
 *
 * <ul>
 *   <li>what a warning is about: "sirens warned people of a potential drone attack", "warned of a
 *       possible missile strike", "a warning of an imminent attack"; only with a word of
 *       possibility in the act's own phrase ("warned that Russia launched a massive attack" reports
 *       the attack);
 *   <li>what a verb of stopping stops: "blocked Russian attempts to advance", "repelled efforts to
 *       cross the river", "would stop reserves from being deployed"; the act is only attempted or
 *       kept from happening.
 * </ul>
 */
final class UnrealisedActs {
  private UnrealisedActs() {}

  private static final Set<String> WARNING_WORDS =
      Set.of("alert", "alerts", "alerted", "alerting", "warn", "warns", "warned", "warning", "warnings");
  private static final Set<String> POSSIBILITY =
      Set.of("potential", "potentially", "possible", "possibly", "imminent", "impending", "looming");
  /** Words that end the warning's phrase before the act: its own clause. */
  private static final Set<String> BREAKS = Set.of("that", "which", "who", "after", "as", "when", "but", "and", "while");

  private static final List<String> STOPPING_STEMS =
      List.of("block", "repel", "repuls", "thwart", "foil", "stop", "prevent", "halt", "frustrat", "rebuff", "disrupt");
  private static final Set<String> ATTEMPTS = Set.of("attempt", "attempts", "effort", "efforts", "bid", "bids", "try", "tries");

  /**
   * Whether the trigger at {@code ts} is what a verb of stopping before it in the clause stops:
   * "attempts to" or "from (being)" right before the trigger, and the verb at most four words
   * before that ("repelled attempts to advance", "stop reserves from being deployed").
   */
  static boolean stopped(List<Token> tokens, int cs, int ts) {
    int i = ts - 1;
    if (i >= cs && tokens.get(i).norm().equals("being")) {
      i--;
    }
    int opener;
    if (i >= cs && tokens.get(i).norm().equals("from")) {
      opener = i;
    } else if (i - 1 >= cs && tokens.get(i).norm().equals("to") && ATTEMPTS.contains(tokens.get(i - 1).norm())) {
      opener = i - 1;
    } else {
      return false;
    }
    for (int k = opener - 1; k >= Math.max(cs, opener - 5); k--) {
      Token t = tokens.get(k);
      if (t.isPunct() || BREAKS.contains(t.norm())) {
        return false;
      }
      for (String stem : STOPPING_STEMS) {
        if (t.norm().startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

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
