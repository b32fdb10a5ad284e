package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Relative asides of a sentence: from ", who" / ", whom" / ", whose" / ", which" / ", where" (also
 * ", most of which", ", 30 of which") to the next comma, semicolon or colon (or the end). An event outside an aside does not count the aside's
 * actors ("11,000 soldiers ... were deployed to Russia's Kursk region, where Ukrainian forces have
 * held territory": Ukrainian forces are no party to the deployment); an event inside a who/which
 * aside counts only the aside's actors and its antecedent ("Zelensky, who was visiting Turkey,
 * said Ukraine ..."). A "where" aside names a place, so an event inside it keeps its whole clause.
 */
final class Asides {
  private static final Set<String> OPENERS = Set.of("who", "whom", "whose", "which", "where");
  private static final Set<String> CLOSERS = Set.of(",", ";", ":");

  private final int[] asideAt; // index + 1 of the aside holding each token, 0 when none
  private final List<int[]> spans = new ArrayList<>(); // [comma, end, closed-scope ? 1 : 0]

  private Asides(int n) {
    asideAt = new int[n];
  }

  static Asides find(List<Token> tokens) {
    int n = tokens.size();
    Asides a = new Asides(n);
    for (int i = 0; i + 1 < n; i++) {
      int opener = tokens.get(i).norm().equals(",") ? openerAfter(tokens, i + 1) : -1;
      if (opener < 0) {
        continue;
      }
      int end = opener + 1;
      while (end < n && !CLOSERS.contains(tokens.get(end).norm())) {
        end++;
      }
      boolean closedScope = !tokens.get(opener).norm().equals("where");
      a.spans.add(new int[] {i, end, closedScope ? 1 : 0});
      for (int k = i; k < end; k++) {
        a.asideAt[k] = a.spans.size();
      }
      i = end - 1;
    }
    return a;
  }

  private static final Set<String> SHARES =
      Set.of("most", "many", "some", "all", "none", "several", "each", "both", "half", "part", "one",
          "two", "three", "four", "five", "of");

  /** The relative pronoun opening an aside at token i ("which", "most of which", "30 of which"), or -1. */
  private static int openerAfter(List<Token> tokens, int i) {
    int n = tokens.size();
    for (int k = i; k < n && k < i + 4; k++) {
      String w = tokens.get(k).norm();
      if (OPENERS.contains(w)) {
        return k == i || (tokens.get(k - 1).norm().equals("of") && (w.equals("which") || w.equals("whom"))) ? k : -1;
      }
      if (!SHARES.contains(w) && tokens.get(k).shape() != Token.Shape.NUMBER) {
        return -1;
      }
    }
    return -1;
  }

  /** The aside holding token i, or -1. */
  int of(int i) {
    return i >= 0 && i < asideAt.length ? asideAt[i] - 1 : -1;
  }

  /** The comma that opens aside a. */
  int start(int a) {
    return spans.get(a)[0];
  }

  /** Token after the aside that opens with the comma at token i, or -1 when no aside opens there. */
  int skip(int i) {
    int a = of(i);
    return a >= 0 && spans.get(a)[0] == i ? spans.get(a)[1] : -1;
  }

  /**
   * Whether an actor mention starting at token {@code actorStart} belongs to the scope of an event
   * whose trigger starts at {@code trigger}.
   */
  boolean sameScope(int actorStart, int trigger) {
    int t = of(trigger);
    int a = of(actorStart);
    if (t >= 0 && spans.get(t)[2] == 0) {
      return a < 0 || a == t; // inside a "where" aside: the whole clause
    }
    return a == t;
  }
}
