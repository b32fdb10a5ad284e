package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.study.Weapon;
import org.newsbeam.text.Token;

/**
 * What an act used or what was intercepted, with a count per weapon, so quantities never mix
 * weapons: "air defences destroyed 34 missiles and 100 drones" is missiles 34 and drones 100.
 *
 * <ul>
 *   <li>A weapon phrase is a run of the study's weapon words ("12 Shahed attack drones", "four
 *       Kh-101 cruise missiles"); of several weapons in one phrase the first listed in the study
 *       (the most specific) names it. Only weapons listed for the event's type count.
 *   <li>The act's own phrase is the one in the trigger's clause that carries the act's quantity
 *       ("shot down 40 of 58 drones": 40), else the nearest after the trigger, else the nearest
 *       before it ("70 drones were downed"), else one inside the trigger ("drone attack").
 *   <li>Phrases coordinated with it ("34 missiles and 100 drones", "60 drones, two cruise missiles
 *       and a glide bomb") are the same act's other weapons, each with its own count. A list
 *       after "including" or "of which" breaks a total down and is not coordinated. A coordinated
 *       count that another report of the same type in the sentence already gives is left to that
 *       report (the event matcher may report "34 missiles and 100 drones" as two acts itself).
 * </ul>
 */
public final class WeaponReader implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One weapon of an act and its count (-1 when the text gives none). */
  public record WeaponCount(String weapon, String kindOf, long quantity) implements Serializable {}

  /** How far from the trigger the act's weapon may stand, in tokens. */
  static final int WINDOW = 8;

  private static final Set<String> COORDINATORS = Set.of("and", ",", "plus", "as", "well");
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":");
  private static final Set<String> AUXILIARIES = Set.of("were", "was", "been", "being", "are", "is", "be", "got");

  private final List<Weapon> weapons;
  private final TermIndex<Integer> index = new TermIndex<>();

  public WeaponReader(List<Weapon> weapons) {
    this.weapons = List.copyOf(weapons);
    for (int w = 0; w < weapons.size(); w++) {
      for (String term : weapons.get(w).words()) {
        index.add(TermPattern.compile(term), w);
      }
    }
  }

  /** A weapon phrase: tokens [start, end) of its words, from {@code numberStart} with its count. */
  private record Phrase(int start, int end, int weapon, int numberStart, long quantity) {}

  /**
   * The act's weapons in sentence order; empty when it names none.
   *
   * @param triggerStart first token of the act's trigger
   * @param triggerEnd token after the trigger
   * @param eventQuantity the act's quantity as the event matcher read it, or -1
   */
  public List<WeaponCount> read(List<Token> tokens, int triggerStart, int triggerEnd, String type, long eventQuantity) {
    return read(tokens, triggerStart, triggerEnd, type, eventQuantity, Set.of());
  }

  /**
   * As {@link #read(List, int, int, String, long)}, leaving out coordinated weapons whose count is
   * one of {@code otherReports}' (counts other reports of this type in the sentence give).
   */
  public List<WeaponCount> read(
      List<Token> tokens, int triggerStart, int triggerEnd, String type, long eventQuantity, Set<Long> otherReports) {
    if (weapons.isEmpty() || tokens.isEmpty()) {
      return List.of();
    }
    int from = clauseStart(tokens, triggerStart);
    int to = clauseEnd(tokens, triggerEnd);
    List<Phrase> phrases = phrases(tokens, from, to, triggerStart, triggerEnd, type);
    if (phrases.isEmpty()) {
      return List.of();
    }
    int anchor = -1;
    if (eventQuantity >= 0) {
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.quantity() == eventQuantity, to - from);
    }
    boolean byQuantity = anchor >= 0;
    // a passive trigger's object is its subject: "three drones were shot down by jets"
    boolean passive = triggerStart > 0 && AUXILIARIES.contains(tokens.get(triggerStart - 1).norm());
    if (anchor < 0 && passive) {
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.end() <= triggerStart, WINDOW);
    }
    if (anchor < 0) {
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.start() >= triggerEnd, WINDOW);
    }
    if (anchor < 0) {
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.end() <= triggerStart, WINDOW);
    }
    if (anchor < 0) {
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.start() < triggerEnd && p.end() > triggerStart, 0);
    }
    boolean elided = elided(tokens, Math.max(from, triggerStart - 4), to);
    if (anchor < 0 && elided) {
      // "shot down 34 of them": the weapon named earlier in the clause
      anchor = nearest(phrases, triggerStart, triggerEnd, p -> p.end() <= triggerStart, to - from);
    }
    if (elided && !byQuantity && anchor >= 0 && anchor < triggerStart && coordinatedWithAny(tokens, phrases, anchor)) {
      return List.of(); // "76 drones and seven missiles, 61 of which were shot down": a count of several weapons
    }
    if (anchor < 0) {
      return List.of();
    }
    // coordinated phrases: the same act's other weapons (only when the event's count, if any, is
    // the anchor's own; "84 drones and 7 missiles, 49 shot down" is one interception of 49)
    int first = anchor;
    int last = anchor;
    if (byQuantity || eventQuantity < 0) {
      while (first > 0 && coordinated(tokens, phrases.get(first - 1), phrases.get(first))) {
        first--;
      }
      while (last + 1 < phrases.size() && coordinated(tokens, phrases.get(last), phrases.get(last + 1))) {
        last++;
      }
    }
    List<WeaponCount> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = first; i <= last; i++) {
      Phrase p = phrases.get(i);
      Weapon w = weapons.get(p.weapon());
      if (i != anchor && p.quantity() >= 0 && otherReports.contains(p.quantity())) {
        continue;
      }
      if (!seen.add(w.name())) {
        continue;
      }
      long q = i == anchor ? eventQuantity : p.quantity();
      out.add(new WeaponCount(w.name(), w.kindOf(), q));
    }
    return out;
  }

  private static boolean coordinatedWithAny(List<Token> tokens, List<Phrase> phrases, int i) {
    return i > 0 && coordinated(tokens, phrases.get(i - 1), phrases.get(i))
        || i + 1 < phrases.size() && coordinated(tokens, phrases.get(i), phrases.get(i + 1));
  }

  /** "34 of them", "61 of which were", "all of which" near the trigger: the object is named before. */
  private static boolean elided(List<Token> tokens, int from, int to) {
    for (int k = from; k < to - 1 && k < from + 8; k++) {
      String next = tokens.get(k + 1).norm();
      if (tokens.get(k).norm().equals("of") && (next.equals("them") || next.equals("which") || next.equals("those"))) {
        return true;
      }
    }
    return false;
  }

  private List<Phrase> phrases(List<Token> tokens, int from, int to, int triggerStart, int triggerEnd, String type) {
    List<Phrase> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    int best = -1;
    for (TermIndex.Hit<Integer> h : index.scan(tokens, from, to)) {
      if (!weapons.get(h.value()).types().contains(type)) {
        continue;
      }
      if (start >= 0 && h.start() <= end + 1 && onlyWords(tokens, end, h.start())) {
        end = Math.max(end, h.end());
        best = Math.min(best, h.value());
        continue;
      }
      if (start >= 0) {
        out.add(phrase(tokens, start, end, best, from, triggerStart, triggerEnd));
      }
      start = h.start();
      end = h.end();
      best = h.value();
    }
    if (start >= 0) {
      out.add(phrase(tokens, start, end, best, from, triggerStart, triggerEnd));
    }
    return out;
  }

  private static Phrase phrase(List<Token> tokens, int start, int end, int weapon, int from, int triggerStart, int triggerEnd) {
    // a count is looked for no further left than the trigger's end when the phrase follows it
    int left = start >= triggerEnd ? triggerEnd : from;
    long q = start > left ? QuantityReader.forObject(tokens, start, left) : QuantityReader.NONE;
    int numberStart = start > left ? QuantityReader.phraseStart(tokens, start, left) : start;
    return new Phrase(start, end, weapon, numberStart, q);
  }

  /** Tokens [a, b) hold only words: "Shahed attack drones" is one phrase, "34 missiles and 100 drones" two. */
  private static boolean onlyWords(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() && !t.norm().equals("-") || COORDINATORS.contains(t.norm()) || t.norm().equals("or")) {
        return false;
      }
    }
    return true;
  }

  private static boolean coordinated(List<Token> tokens, Phrase a, Phrase b) {
    if (b.numberStart() <= a.end()) {
      return false;
    }
    boolean any = false;
    for (int i = a.end(); i < b.numberStart(); i++) {
      String w = tokens.get(i).norm();
      if (!COORDINATORS.contains(w) && !w.equals("a") && !w.equals("an")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static int nearest(List<Phrase> phrases, int triggerStart, int triggerEnd, java.util.function.Predicate<Phrase> ok, int window) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < phrases.size(); i++) {
      Phrase p = phrases.get(i);
      if (!ok.test(p)) {
        continue;
      }
      int d = p.start() >= triggerEnd ? p.start() - triggerEnd : p.end() <= triggerStart ? triggerStart - p.end() : 0;
      if (d <= window && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int clauseStart(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (CLAUSE_ENDS.contains(tokens.get(k).norm())) {
        return k + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(List<Token> tokens, int i) {
    for (int k = i; k < tokens.size(); k++) {
      if (CLAUSE_ENDS.contains(tokens.get(k).norm())) {
        return k;
      }
    }
    return tokens.size();
  }
}
