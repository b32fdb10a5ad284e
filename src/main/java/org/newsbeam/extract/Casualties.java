package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The dead and injured of an act, from the casualty clauses of its sentence: "killing at least
 * four people and injuring 12", "two civilians were killed and 15 wounded", "leaving three dead",
 * "at least 5 people died". These numbers are never the act's quantity (that counts the drones or
 * missiles); they are read apart.
 *
 * <ul>
 *   <li>after an active verb ("killed", "killing", "injured", "wounding"), skipping "at least",
 *       "more than", "some", "about", "nearly", "up to": the number that follows;
 *   <li>before a passive or adjectival form ("were killed", "dead", "died", "injured", "hurt"),
 *       skipping the people noun ("people", "civilians", "others") and the auxiliary: the number
 *       that precedes;
 *   <li>"killed four and injured 12": each verb its own number. The first number of each kind
 *       wins; vague amounts ("dozens") give none.
 * </ul>
 */
public final class Casualties {
  private Casualties() {}

  /** Dead and injured, -1 when the sentence gives no number. */
  public record Count(long fatalities, long injured) implements Serializable {
    public static final Count NONE = new Count(-1, -1);
  }

  private static final Set<String> KILL_ACTIVE = Set.of("killed", "killing", "kills", "kill");
  private static final Set<String> HURT_ACTIVE =
      Set.of("injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting");
  private static final Set<String> KILL_AFTER = Set.of("killed", "dead", "died", "dies", "die");
  private static final Set<String> HURT_AFTER = Set.of("injured", "wounded", "hurt");
  /** Bounds words between an active verb and its number. */
  private static final Set<String> BOUNDS =
      Set.of("at", "least", "more", "than", "some", "about", "around", "nearly", "almost", "up", "to", "over",
          "roughly", "approximately", "another", "further", "estimated");
  /** Who is counted: between a number and a passive verb. */
  private static final Set<String> PEOPLE =
      Set.of("people", "person", "persons", "civilians", "civilian", "others", "residents", "children", "child",
          "men", "women", "soldiers", "servicemen", "troops", "workers", "of", "them", "more", "other",
          "including", "adults", "teenagers", "rescuers", "firefighters", "police", "officers", "employees");
  private static final Set<String> AUXILIARIES =
      Set.of("were", "was", "are", "is", "been", "have", "has", "had", "being", "be", "got", "reportedly", "also",
          "later", "seriously", "critically", "slightly", "lightly", "badly");

  /** Casualties stated in tokens [from, to). */
  public static Count read(List<Token> tokens, int from, int to) {
    long dead = -1;
    long hurt = -1;
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      boolean kill = KILL_ACTIVE.contains(w) || KILL_AFTER.contains(w);
      boolean injure = HURT_ACTIVE.contains(w) || HURT_AFTER.contains(w);
      if (!kill && !injure) {
        continue;
      }
      long n = -1;
      if (KILL_ACTIVE.contains(w) || HURT_ACTIVE.contains(w)) {
        n = numberAfter(tokens, i + 1, to);
      }
      if (n < 0 && (KILL_AFTER.contains(w) || HURT_AFTER.contains(w))) {
        n = numberBefore(tokens, i - 1, from);
      }
      if (n < 0) {
        continue;
      }
      if (kill && dead < 0) {
        dead = n;
      } else if (injure && !kill && hurt < 0) {
        hurt = n;
      }
    }
    return dead < 0 && hurt < 0 ? Count.NONE : new Count(dead, hurt);
  }

  private static long numberAfter(List<Token> tokens, int i, int to) {
    int k = i;
    while (k < to && k < i + 4 && BOUNDS.contains(tokens.get(k).norm())) {
      k++;
    }
    if (k >= to) {
      return -1;
    }
    QuantityReader.NumberSpan n = QuantityReader.numberStartingAt(tokens, k, to);
    if (n == null || n.value() < 0) {
      return -1;
    }
    // "killed 3 drones' crews" is rare; "killing 2,000 Russian soldiers" counts. A measure or
    // a time after the number ("killed 3 km away") is no count of people.
    if (n.end() < to) {
      String after = tokens.get(n.end()).norm();
      if (after.equals("%") || after.equals("percent") || after.equals("km") || after.equals("hours")
          || after.equals("years") || after.equals("days")) {
        return -1;
      }
    }
    return n.value();
  }

  private static long numberBefore(List<Token> tokens, int i, int from) {
    int k = i;
    int skipped = 0;
    while (k >= from && skipped < 5 && (AUXILIARIES.contains(tokens.get(k).norm()) || PEOPLE.contains(tokens.get(k).norm()))) {
      k--;
      skipped++;
    }
    if (k < from) {
      return -1;
    }
    QuantityReader.NumberSpan n = QuantityReader.numberEndingAt(tokens, k, from);
    if (n == null || n.value() < 0) {
      return -1;
    }
    return n.value();
  }
}
