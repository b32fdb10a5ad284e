package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Splits a sentence into clauses, so that a trigger, its object, its actors and its certainty cues
 * are looked for where they belong together. A new clause begins:
 *
 * <ul>
 *   <li>after ";" and after a ":" inside the sentence (not the ":" of a time such as "03:00");
 *   <li>at "but", "while", "whereas", "although", "though", "yet" right after a comma;
 *   <li>at a comma before a time clause with its own verb: ", a day after Trump and Putin
 *       discussed the war", ", shortly before Russia launched ...";
 *   <li>at "and"/"but" followed by a new subject and a verb: a subject pronoun ("it", "they"), or
 *       an actor mention (optionally after "the") followed by a verb-like word ("said", "shot",
 *       any word in -ed), unless an actor mention ends right before the "and" (or its comma), so
 *       "Zelensky and Macron held talks" stays one clause;
 *   <li>at "and that" / "but that": a second reported statement;
 *   <li>at ", and the" / ", and a": a list of objects rarely continues that way, a new clause often
 *       does ("..., and the air force said 30 were downed").
 * </ul>
 *
 * Plain commas do not split: they separate too many things (lists, appositions, "nine of them
 * over Bryansk") that belong to the clause.
 */
final class Clauses {
  private static final Set<String> COMMA_CONJUNCTIONS =
      Set.of("but", "while", "whereas", "although", "though", "yet");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you");
  private static final Set<String> VERBISH =
      Set.of(
          "said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would",
          "could", "can", "may", "might", "must", "shot", "hit", "struck", "fired", "sent", "began",
          "took", "met", "spoke", "held", "did", "does", "do", "launched", "claims", "denies",
          "hits", "strikes", "shoots", "fires", "sends", "takes", "meets", "holds", "plans", "wants",
          "shall", "also", "then", "later", "reportedly");

  /** "-ed" words that usually describe a noun after an actor ("Russian armed forces"). */
  private static final Set<String> ADJECTIVES_IN_ED =
      Set.of(
          "armed", "backed", "based", "occupied", "controlled", "allied", "united", "led",
          "supplied", "trained", "funded", "owned", "installed", "appointed", "affiliated");

  private final int[] starts; // start token of each clause, ascending, starts[0] == 0
  private final int size;

  private Clauses(int[] starts, int size) {
    this.starts = starts;
    this.size = size;
  }

  static Clauses split(List<Token> tokens, List<ActorMention> actors) {
    return split(tokens, actors, Asides.find(tokens));
  }

  static Clauses split(List<Token> tokens, List<ActorMention> actors, Asides asides) {
    int n = tokens.size();
    int[] actorAt = new int[n]; // 1 + index of the actor mention starting at a token, else 0
    boolean[] actorEnds = new boolean[n + 1];
    for (int a = 0; a < actors.size(); a++) {
      ActorMention m = actors.get(a);
      if (m.start() >= 0 && m.start() < n && m.end() <= n && m.end() > m.start()) {
        if (actorAt[m.start()] == 0) {
          actorAt[m.start()] = a + 1;
        }
        actorEnds[m.end()] = true;
      }
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < n - 1; i++) {
      Token t = tokens.get(i);
      String w = t.norm();
      int next = -1;
      if (w.equals(";")) {
        next = i + 1;
      } else if (w.equals(":")) {
        boolean timeLike =
            i > 0
                && tokens.get(i - 1).shape() == Token.Shape.NUMBER
                && tokens.get(i + 1).shape() == Token.Shape.NUMBER
                && tokens.get(i - 1).end() == t.start()
                && tokens.get(i + 1).start() == t.end();
        if (!timeLike) {
          next = i + 1;
        }
      } else if (w.equals(",") && COMMA_CONJUNCTIONS.contains(tokens.get(i + 1).norm())) {
        next = i + 1;
      } else if (w.equals(",") && timeClauseAt(tokens, i + 1)) {
        next = i + 1;
      } else if (w.equals("and") || w.equals("but")) {
        boolean comma = i > 0 && tokens.get(i - 1).norm().equals(",");
        // a list of actors ("Russia, Ukraine and Belarus held talks") is not a new clause
        if (newSubjectAt(tokens, i + 1, actors, actorAt, asides) && !actorEnds[comma ? i - 1 : i]) {
          next = i;
        } else if (tokens.get(i + 1).norm().equals("that")) {
          next = i; // "said Russia had attacked ... and that air defences had shot down 80"
        } else if (comma && w.equals("and")) {
          String after = tokens.get(i + 1).norm();
          if (after.equals("the") || after.equals("a") || after.equals("an")) {
            next = i;
          }
        }
      }
      if (next > starts.get(starts.size() - 1) && next < n) {
        starts.add(next);
      }
    }
    int[] s = new int[starts.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = starts.get(k);
    }
    return new Clauses(s, n);
  }

  private static final Set<String> TIME_WORDS =
      Set.of(
          "a", "an", "one", "two", "three", "four", "five", "six", "seven", "few", "several", "hours",
          "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes",
          "shortly", "just", "only", "soon", "moments", "even", "long", "not", "nearly", "almost");
  private static final Set<String> TIME_SUBORDINATORS =
      Set.of("after", "before", "since", "when", "as", "while", "until", "because");

  /** ", a day after X and Y discussed ...", ", shortly before ...", ", as ...": a new clause. */
  private static boolean timeClauseAt(List<Token> tokens, int i) {
    int n = tokens.size();
    int k = i;
    while (k < n && k - i < 4 && (TIME_WORDS.contains(tokens.get(k).norm()) || tokens.get(k).shape() == Token.Shape.NUMBER)) {
      k++;
    }
    return k < n && TIME_SUBORDINATORS.contains(tokens.get(k).norm()) && followedByClause(tokens, k + 1);
  }

  /** A subject and a verb soon after: "after Trump and Putin discussed", not "after midnight". */
  private static boolean followedByClause(List<Token> tokens, int i) {
    for (int k = i; k < tokens.size() && k < i + 8; k++) {
      Token t = tokens.get(k);
      if (t.isPunct()) {
        return false;
      }
      if (verbish(t) || t.norm().equals("'s")) {
        return true;
      }
    }
    return false;
  }

  private static boolean newSubjectAt(
      List<Token> tokens, int i, List<ActorMention> actors, int[] actorAt, Asides asides) {
    int n = tokens.size();
    if (i >= n) {
      return false;
    }
    if (PRONOUNS.contains(tokens.get(i).norm()) && i + 1 < n && verbish(tokens.get(i + 1))) {
      return true;
    }
    int j = i;
    if (tokens.get(j).norm().equals("the") && j + 1 < n) {
      j++;
    }
    if (actorAt[j] == 0) {
      return false;
    }
    int end = actors.get(actorAt[j] - 1).end();
    if (end < n && asides.skip(end) > 0) {
      end = asides.skip(end); // "and Friedrich Merz, who is expected to become chancellor, said"
      if (end < n && tokens.get(end).norm().equals(",")) {
        end++;
      }
    }
    return end < n && verbish(tokens.get(end));
  }

  static boolean verbish(Token t) {
    if (t.shape() != Token.Shape.LOWER) {
      return false;
    }
    String w = t.norm();
    return VERBISH.contains(w) || (w.length() > 4 && w.endsWith("ed") && !ADJECTIVES_IN_ED.contains(w));
  }

  int count() {
    return starts.length;
  }

  /** Index of the clause holding token i. */
  int clauseOf(int i) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int start(int clause) {
    return starts[clause];
  }

  int end(int clause) {
    return clause + 1 < starts.length ? starts[clause + 1] : size;
  }
}
