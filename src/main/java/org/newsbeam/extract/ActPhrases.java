package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The phrase that names an act, as the article step reads it to tell a reference back from a new
 * report ({@link ArticleEvents}): a definite phrase ("the drone attack", "such a meeting", "the
 * missile hit"), whether the sentence takes it as given (an object: "survived the missile
 * strike"), and the places that are its only names ("the Geneva summit").
 */
final class ActPhrases {
  private ActPhrases() {}

  /**
   * The place names of the act's definite phrase when places are its only names ("the Geneva
   * summit", "the Odesa drone attack"), else none.
   */
  static List<String> placesInPhrase(List<Token> tokens, int ts, Set<Integer> placeTokens) {
    int d = determiner(tokens, ts, placeTokens);
    if (d < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = d + 1; i < ts; i++) {
      if (placeTokens.contains(i)) {
        out.add(tokens.get(i).text());
      }
    }
    return out;
  }

  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");
  /** Words after a definite determiner that make the phrase another act, not the same one. */
  static final Set<String> ANOTHER_ACT =
      Set.of("first", "second", "third", "fourth", "fifth", "next", "last", "latest", "new", "another", "other",
          "previous", "earlier", "further", "fresh", "recent", "upcoming", "planned", "same", "biggest", "largest",
          "apparent");
  /** Heads of a subject phrase that is the act's own object: "the drones were downed", "the sanctions were announced". */
  static final Set<String> OBJECT_HEADS =
      Set.of("drone", "drones", "missile", "missiles", "rocket", "rockets", "shahed", "shaheds", "uav", "uavs",
          "projectile", "projectiles", "sanctions", "measures", "restrictions", "tariffs", "prisoners", "troops",
          "soldiers", "jets", "weapons");
  /** Words between a subject phrase and its verb: "the drones were downed", "the missile had hit". */
  static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be", "had", "has", "have", "reportedly", "also");
  /** Words that may stand in a noun phrase between its determiner and its head. */
  static final Set<String> NOT_MODIFIERS =
      Set.of("and", "or", "of", "in", "on", "at", "by", "for", "with", "to", "from", "that", "which", "who", "as",
          "was", "were", "is", "are", "had", "has", "have", "been", "be", "will", "would", "could", "said", "not");

  /**
   * Whether the trigger stands in a definite noun phrase with no name in it: "the drone attack",
   * "the cruise missile attack", "such a meeting", "the counteroffensive"; or a verb trigger whose
   * subject is such a phrase: "the missile hit", "the Shahed drones were downed", "the sanctions
   * were announced". Nationality words are no names ("the Russian attack").
   */
  static boolean definitePhrase(List<Token> tokens, int ts, int te) {
    return determiner(tokens, ts) >= 0;
  }

  /**
   * Whether the act's definite noun phrase is the object of a verb or a preposition, so that the
   * sentence takes the act as given: "survived the missile strike", "attend the talks", "at the
   * site of the attack", "from such a meeting". Not as a subject ("the missiles had hit", "such a
   * meeting was not on the agenda"), where the sentence says something new about it.
   */
  static boolean presupposed(List<Token> tokens, int ts) {
    return presupposedAfter(tokens, ts, determiner(tokens, ts));
  }

  static boolean presupposedAfter(List<Token> tokens, int ts, int d) {
    if (d <= 0 || d < ts && verbTrigger(tokens, ts)) {
      return false;
    }
    Token before = tokens.get(d - 1);
    return before.shape() == Token.Shape.LOWER && !SUBJECT_OPENERS.contains(before.norm());
  }

  /** Words after which a noun phrase opens a clause as its subject. */
  static final Set<String> SUBJECT_OPENERS =
      Set.of("said", "says", "that", "and", "but", "while", "when", "as", "because", "if", "told", "added",
          "confirmed", "announced", "reported", "whether", "though", "although", "since", "until");

  private static boolean verbTrigger(List<Token> tokens, int ts) {
    int i = ts - 1;
    if (i >= 0 && AUXILIARIES.contains(tokens.get(i).norm())) {
      return true;
    }
    return i >= 0 && isVerbForm(tokens.get(ts).norm()) && !tokens.get(i).isPunct() && !DEFINITE.contains(tokens.get(i).norm());
  }

  /** The index of the definite determiner of the act's phrase (see {@link #definitePhrase}), or -1. */
  static int determiner(List<Token> tokens, int ts) {
    return determiner(tokens, ts, Set.of());
  }

  /** As above, with the capitalised words at {@code places} taken as places, not names of the act. */
  static int determiner(List<Token> tokens, int ts, Set<Integer> places) {
    if (tokens.get(ts).norm().equals("such")) {
      return ts;
    }
    if (tokens.get(ts).norm().equals("to")) {
      return -1; // "broke off the talks to phone Putin": a verb of its own
    }
    int i = ts - 1;
    // a verb trigger: step back over its auxiliaries to the subject's head
    boolean verb = false;
    while (i >= 0 && AUXILIARIES.contains(tokens.get(i).norm())) {
      i--;
      verb = true;
    }
    if (!verb && i >= 0 && i == ts - 1 && isVerbForm(tokens.get(ts).norm()) && !tokens.get(i).isPunct()
        && !DEFINITE.contains(tokens.get(i).norm())) {
      verb = true; // "when the missile hit": a bare past verb after its subject
    }
    if (verb && (i < 0 || !OBJECT_HEADS.contains(tokens.get(i).norm()))) {
      return -1; // "the army attacked": a definite doer, not the act
    }
    int steps = 0;
    for (; i >= 0 && steps < 4; i--, steps++) {
      Token t = tokens.get(i);
      String w = t.norm();
      if (DEFINITE.contains(w)) {
        // "that" after a noun or a verb is a conjunction or relative: "said that drones hit"
        boolean conjunction = w.equals("that") && (steps == 0 || i > 0 && !tokens.get(i - 1).isPunct() && verbBefore(tokens, i));
        return conjunction ? -1 : i;
      }
      if (t.isPunct() || t.possessive() || t.shape() == Token.Shape.NUMBER || NOT_MODIFIERS.contains(w)
          || ANOTHER_ACT.contains(w) || w.endsWith("est")) {
        return -1;
      }
      if (!verb && IRREGULAR_VERBS.contains(w)) {
        return -1; // "the delegation held direct talks": the subject of a verb, not a determiner of the act
      }
      if (!verb && (t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER) && !nationality(w)
          && !places.contains(i)) {
        return -1; // "the Odesa drone attack": a name makes it one act of its own
      }
      if ((!verb || steps > 0) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        return -1; // "the talks to phone Putin": a noun of its own, not a modifier
      }
    }
    return -1;
  }

  private static boolean verbBefore(List<Token> tokens, int i) {
    String w = tokens.get(i - 1).norm();
    return w.endsWith("ed") || w.equals("said") || w.equals("says") || w.equals("told") || w.endsWith("s");
  }

  private static boolean isVerbForm(String w) {
    return ArticleEvents.HIT_VERBS.contains(w) || w.endsWith("ed") || w.endsWith("ing") || IRREGULAR_VERBS.contains(w);
  }

  /** Verb forms that open triggers and do not end in "-ed": "held talks", "met", "spoke with". */
  static final Set<String> IRREGULAR_VERBS =
      Set.of("held", "hold", "holds", "met", "meet", "meets", "spoke", "speak", "speaks", "sat", "had", "has",
          "have", "took", "take", "takes", "made", "make", "makes", "sent", "send", "sends", "gave", "give", "gives",
          "shot", "shoot", "brought", "flew", "fly", "flies", "went", "came", "drove", "fought", "sank", "sunk",
          "overran", "retook", "began");

  private static boolean nationality(String w) {
    return w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("can") || w.endsWith("ean")
        || w.endsWith("ch") || w.equals("western") || w.equals("soviet");
  }
}
