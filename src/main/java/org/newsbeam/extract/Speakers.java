package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Actors that only report: the subject of a reporting verb ("the air force said", "Zelensky
 * confirmed that"), the actor of ", said X", and "according to X".
 */
final class Speakers {
  private static final Set<String> REPORTING =
      Set.of(
          "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces",
          "reported", "reports", "stated", "states", "confirmed", "confirms", "claimed", "claims",
          "wrote", "writes", "insisted", "insists", "noted", "notes", "warned", "warns",
          "alleged", "alleges", "estimated", "estimates", "posted", "tweeted", "acknowledged",
          "denied", "denies", "rejected");
  private static final Set<String> BETWEEN =
      Set.of("also", "has", "have", "had", "later", "earlier", "then", "previously", "again", "separately");

  private static final Set<String> AFTER_INVERTED =
      Set.of("on", "in", "at", "late", "earlier", "today", "yesterday", "last", "this");

  private final IdentityHashMap<ActorMention, Boolean> speakers = new IdentityHashMap<>();
  /** The reporting verb after a speaker ("said" in "the air force said"), when it follows it. */
  private final IdentityHashMap<ActorMention, Integer> verbs = new IdentityHashMap<>();
  private final List<ActorMention> ordered = new ArrayList<>();

  static Speakers find(List<Token> tokens, List<ActorMention> actors, Asides asides) {
    Speakers s = new Speakers();
    int n = tokens.size();
    for (ActorMention a : actors) {
      if (a.start() < 0 || a.end() > n) {
        continue;
      }
      boolean speaker = false;
      int j = a.end();
      if (j < n && asides.skip(j) > 0) {
        j = asides.skip(j); // "Friedrich Merz, who is expected to become chancellor, said"
        if (j < n && tokens.get(j).norm().equals(",")) {
          j++;
        }
      }
      int skipped = 0;
      if (j + 1 < n
          && a.start() > 0
          && tokens.get(a.start() - 1).norm().equals(",")
          && tokens.get(j).norm().equals(",")
          && REPORTING.contains(tokens.get(j + 1).norm())) {
        j++; // an apposition: "Ukraine's commander-in-chief, Oleksandr Syrskyi, rejected the claim"
      }
      while (j < n && skipped < 2 && BETWEEN.contains(tokens.get(j).norm())) {
        j++;
        skipped++;
      }
      int verb = -1;
      if (j < n && REPORTING.contains(tokens.get(j).norm()) && !tokens.get(j).norm().equals("denied")) {
        speaker = true;
        verb = j;
      }
      // ", said the air force." (not ", said Germany could send ...")
      if (a.start() >= 2
          && REPORTING.contains(tokens.get(a.start() - 1).norm())
          && isQuoteOrComma(tokens.get(a.start() - 2))
          && (a.end() >= n || tokens.get(a.end()).isPunct() || AFTER_INVERTED.contains(tokens.get(a.end()).norm()))) {
        speaker = true;
      }
      // "according to [the] X"
      int k = a.start() - 1;
      if (k >= 0 && tokens.get(k).norm().equals("the")) {
        k--;
      }
      if (k >= 1 && tokens.get(k).norm().equals("to") && tokens.get(k - 1).norm().equals("according")) {
        speaker = true;
      }
      if (speaker) {
        s.speakers.put(a, Boolean.TRUE);
        if (verb >= 0) {
          s.verbs.put(a, verb);
        }
        s.ordered.add(a);
      }
    }
    return s;
  }

  private static boolean isQuoteOrComma(Token t) {
    String w = t.norm();
    return w.equals(",") || w.equals("\"") || w.equals("'");
  }

  boolean contains(ActorMention a) {
    return speakers.containsKey(a);
  }

  /** The reporting verb following speaker a, or -1. */
  int verbOf(ActorMention a) {
    Integer v = verbs.get(a);
    return v == null ? -1 : v;
  }

  /**
   * The last reporting verb of a speaker in [cs, ts): what the speaker reports starts after it,
   * so actors before it are no subject of the reported act ("Russia launched 41 drones at Ukraine,
   * and Ukraine's air force said it shot down 34").
   */
  int lastVerbBefore(List<Token> tokens, int cs, int ts) {
    int last = -1;
    for (ActorMention a : ordered) {
      int v = verbOf(a);
      if (a.start() >= cs && v >= 0 && v < ts && v > last && !parenthetical(tokens, a, v)) {
        last = v;
      }
    }
    return last;
  }

  /** "Russia, the air force said, launched 40 drones": the speaker interrupts the report. */
  private static boolean parenthetical(List<Token> tokens, ActorMention a, int verb) {
    return a.start() > 0
        && tokens.get(a.start() - 1).norm().equals(",")
        && verb + 1 < tokens.size()
        && tokens.get(verb + 1).norm().equals(",");
  }

  /** The speaker whose reporting verb is token v ("Britain announced sanctions"), or null. */
  ActorMention withVerb(int v) {
    for (ActorMention a : ordered) {
      if (verbOf(a) == v) {
        return a;
      }
    }
    return null;
  }

  /** The speaker of the clause [cs, ce) nearest before the trigger, else the first after it. */
  ActorMention nearest(int cs, int ce, int ts) {
    ActorMention best = null;
    for (ActorMention a : ordered) {
      if (a.start() < cs || a.end() > ce) {
        continue;
      }
      if (a.end() <= ts) {
        best = a;
      } else if (best == null) {
        return a;
      }
    }
    return best;
  }
}
