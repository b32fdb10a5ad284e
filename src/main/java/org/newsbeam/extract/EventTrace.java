package org.newsbeam.extract;

import java.util.List;
import org.newsbeam.text.Token;

/**
 * What the event rules decided about each trigger they found, for {@code explain}: the pattern
 * that made a report, or the rule that held one back. A run passes {@link #NONE}; the rules call
 * it only at decisions they make anyway, so tracing costs a run nothing.
 */
public interface EventTrace {
  EventTrace NONE = new EventTrace() {};

  /** The rule of a trigger whose pattern found none of its objects near it ("fired" with no drones). */
  String NO_OBJECT = "no object of its pattern near the trigger";

  /** The analyser starts on a sentence; the calls that follow with these tokens are about it. */
  default void sentence(String text, List<Token> tokens) {}

  /**
   * A trigger became a report of {@code type}.
   *
   * @param pattern where the pattern stands in the lexicon ("events.yaml:120")
   */
  default void reported(List<Token> sentence, int trigStart, int trigEnd, String type, String pattern) {}

  /** A trigger of {@code type} was found, and {@code rule} (in words) held its report back. */
  default void heldBack(List<Token> sentence, int trigStart, int trigEnd, String type, String rule) {}
}
