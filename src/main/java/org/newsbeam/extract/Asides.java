package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Relative asides of a sentence: from ", who" / ", whom" / ", whose" / ", which" / ", where" to the
 * next comma, semicolon or colon (or the end). An event outside an aside does not count the aside's
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
      if (!tokens.get(i).norm().equals(",") || !OPENERS.contains(tokens.get(i + 1).norm())) {
        continue;
      }
      int end = i + 2;
      while (end < n && !CLOSERS.contains(tokens.get(end).norm())) {
        end++;
      }
      boolean closedScope = !tokens.get(i + 1).norm().equals("where");
      a.spans.add(new int[] {i, end, closedScope ? 1 : 0});
      for (int k = i; k < end; k++) {
        a.asideAt[k] = a.spans.size();
      }
      i = end - 1;
    }
    return a;
  }

  /** The aside holding token i, or -1. */
  int of(int i) {
    return i >= 0 && i < asideAt.length ? asideAt[i] - 1 : -1;
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
