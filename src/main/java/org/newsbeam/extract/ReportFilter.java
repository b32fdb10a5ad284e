package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Words of an event that report no act: a skill ("experience of shooting down drones"), a trigger
 * noun after "any" ("before any summit"), and the predicate of "it was the ..." that describes an
 * act reported before ("It was the largest drone attack on the capital").
 */
final class ReportFilter {
  private ReportFilter() {}

  static final Set<String> SKILLS =
      Set.of("experience", "expertise", "ability", "abilities", "capability", "capabilities", "capacity", "skill",
          "skills", "know-how", "lessons", "art", "practice", "training");

  /** A trigger "-ing" after "experience of" / "skills in": a skill or practice, not an act. */
  static boolean genericGerund(List<Token> tokens, int ts) {
    if (ts < 2 || !tokens.get(ts).norm().endsWith("ing")) {
      return false;
    }
    String prep = tokens.get(ts - 1).norm();
    return (prep.equals("of") || prep.equals("in")) && SKILLS.contains(tokens.get(ts - 2).norm());
  }

  /** "any" right before the trigger, or before one word that is not punctuation. */
  static boolean anyBefore(List<Token> tokens, int cs, int ts) {
    for (int i = ts - 1; i >= Math.max(cs, ts - 2); i--) {
      if (tokens.get(i).norm().equals("any")) {
        return true;
      }
      if (tokens.get(i).isPunct()) {
        return false;
      }
    }
    return false;
  }

  static final Set<String> BACK_SUBJECTS = Set.of("it", "this", "that");
  static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "remains", "remained", "became");
  static final Set<String> BACK_DETERMINERS = Set.of("the", "a", "an", "its", "their");
  static final Set<String> BACK_OPENERS = Set.of("said", "says", "added", "that", "and", "but");
  static final Set<String> NOT_DESCRIBING =
      Set.of("time", "day", "night", "week", "year", "moment", "reason", "place", "one", "way", "since", "after", "when");

  /**
   * Whether a trigger noun is the predicate of "it was the ...", "this is the ...": the sentence
   * describes an act reported before ("It was the largest drone attack on the capital since
   * 2022"), it does not report a new one. The subject opens the clause or follows a comma, "said",
   * "that", "and" or "but"; only lower-case words stand between the determiner and the trigger.
   */
  static boolean describesBack(List<Token> tokens, int cs, int ts) {
    for (int j = ts - 3; j >= Math.max(cs, ts - 7); j--) {
      if (!BACK_SUBJECTS.contains(tokens.get(j).norm())
          || !COPULAS.contains(tokens.get(j + 1).norm())
          || !BACK_DETERMINERS.contains(tokens.get(j + 2).norm())) {
        continue;
      }
      if (j > cs && !tokens.get(j - 1).isPunct() && !BACK_OPENERS.contains(tokens.get(j - 1).norm())) {
        return false;
      }
      for (int i = j + 3; i < ts; i++) {
        Token t = tokens.get(i);
        // "it was the first time Russia launched ...": a clause of its own follows
        if (t.isPunct() || t.shape() != Token.Shape.LOWER || NOT_DESCRIBING.contains(t.norm())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
