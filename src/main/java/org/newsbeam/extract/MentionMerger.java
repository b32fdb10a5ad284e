package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * One mention per event. Patterns of one type whose triggers overlap give one mention; two
 * triggers of one type on the same object give one ("intercepted and destroyed 40 drones"); a
 * pattern whose object is another pattern's trigger merges with it ("air defence ... destroyed 34
 * missiles"); and a trigger without an object merges into another mention of its type in the same
 * clause ("a drone attack ... firing 40 drones"). Of merged candidates the one with a quantity
 * wins, then one with an object, then the longer of two overlapping triggers, then the first.
 * Triggers in different relative asides are never merged, nor two triggers with a subordinator
 * or a reporting verb between them ("met Trump ..., three days after the summit with Putin": two
 * talks).
 */
final class MentionMerger {
  private MentionMerger() {}

  /** Whether two candidates of one type report the same event (see the class comment). */
  static boolean sameEvent(EventCandidate a, EventCandidate b, List<Token> tokens) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    // one object phrase, even when two patterns bind different words of it ("F-16 jets")
    boolean sameObject = a.hasObject() && b.hasObject() && a.objStart() <= b.objEnd() && b.objStart() <= a.objEnd();
    if (sameObject) {
      return true;
    }
    if (a.triggerOverlaps(b)) {
      // one trigger: separate only when bound to different objects that each carry a number
      // ("destroyed 34 missiles and 100 drones"); "supplied F-16 jets and Mirage fighters" is one
      return !(a.hasObject() && b.hasObject() && a.quantity() >= 0 && b.quantity() >= 0);
    }
    // "air defence ... destroyed 34 missiles": one pattern's object is the other's trigger
    if ((a.hasObject() && a.objStart() < b.trigEnd() && b.trigStart() < a.objEnd())
        || (b.hasObject() && b.objStart() < a.trigEnd() && a.trigStart() < b.objEnd())) {
      return true;
    }
    return a.clause() == b.clause()
        && !a.elided()
        && !b.elided()
        && (!a.hasObject() || !b.hasObject())
        && !apart(tokens, a, b);
  }

  /** A subordinator or reporting verb between a trigger and its object: "sanctions on Russia after drones hit 3 tankers". */
  static boolean separated(List<Token> tokens, int ts, int te, ObjectPhrases.Phrase obj) {
    int from = obj.start() >= te ? te : obj.end();
    int to = obj.start() >= te ? obj.start() : ts;
    for (int i = from; i < to; i++) {
      if (APART.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words that start a report of another act between two triggers. */
  static final Set<String> APART =
      Set.of(
          "after", "before", "since", "until", "when", "whereas", "because", "although", "said",
          "says", "told", "added", "announced", "confirmed", "reported");

  /**
   * Whether a subordinator or a reporting verb stands between two triggers: "met Trump ..., three
   * days after the US president's summit with Putin" and "broke off the talks to phone Putin, and
   * afterwards said he had begun arranging a meeting" each report two acts.
   */
  static boolean apart(List<Token> tokens, EventCandidate a, EventCandidate b) {
    int from = Math.min(a.trigEnd(), b.trigEnd());
    int to = Math.max(a.trigStart(), b.trigStart());
    // walking back from the later trigger: a comma first means the word heads a phrase of its
    // own ("a drone attack after midnight, firing 40 drones" is one attack)
    for (int i = to - 1; i >= from; i--) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        return false;
      }
      if (APART.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An interception with no number beside a counted one in the same sentence is the same night's
   * defence told twice ("air defences repelled the attack, destroying all 40 drones"): only the
   * counted one is kept, unless a subordinator or reporting verb sets them apart.
   */
  static void dropUncountedInterceptions(List<EventCandidate> kept, List<Token> tokens) {
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventCandidate u = kept.get(i);
      if (!EventRoles.ownerIsTarget(u.type()) || u.quantity() >= 0) {
        continue;
      }
      for (EventCandidate c : kept) {
        if (c != u && c.type().equals(u.type()) && c.quantity() >= 0 && !apart(tokens, u, c)) {
          kept.remove(i);
          break;
        }
      }
    }
  }

  /** Prepositions of time that open a sentence about an act already known: "Following the summit, ...". */
  static final Set<String> TIME_PREPOSITIONS =
      Set.of("after", "following", "before", "ahead", "since", "during", "amid", "despite");

  /**
   * Whether a trigger stands in a time phrase that opens the sentence before its first comma
   * ("Following the summit, Trump said he had called Putin to arrange talks"): the phrase places
   * the report in time, and the report of its type is the main clause's trigger, when there is one.
   */
  static boolean frontedAdverbial(List<Token> tokens, int ts) {
    if (tokens.isEmpty() || !TIME_PREPOSITIONS.contains(tokens.get(0).norm())) {
      return false;
    }
    for (int i = 1; i < ts; i++) {
      if (tokens.get(i).isPunct()) {
        return false;
      }
    }
    for (int i = ts; i < tokens.size(); i++) {
      if (tokens.get(i).norm().equals(",")) {
        return true;
      }
    }
    return false;
  }

  static List<EventCandidate> merge(List<EventCandidate> candidates, Asides asides, List<Token> tokens, Map<String, Integer> typeOrder) {
    List<EventCandidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(EventCandidate::trigStart)
            .thenComparing(Comparator.comparingInt((EventCandidate c) -> c.trigEnd() - c.trigStart()).reversed())
            .thenComparingInt(EventCandidate::pattern)
            .thenComparingInt(EventCandidate::objStart));
    List<EventCandidate> kept = new ArrayList<>();
    // candidates of different clauses never merge: compare within a clause only
    Map<Integer, List<Integer>> byClause = new HashMap<>();
    for (EventCandidate c : sorted) {
      List<Integer> same = byClause.computeIfAbsent(c.clause(), x -> new ArrayList<>());
      int clash = -1;
      for (int k : same) {
        EventCandidate o = kept.get(k);
        if (asides.of(o.trigStart()) == asides.of(c.trigStart()) && sameEvent(o, c, tokens)) {
          clash = k;
          break;
        }
      }
      if (clash < 0) {
        same.add(kept.size());
      }
      if (clash < 0) {
        kept.add(c);
      } else {
        EventCandidate o = kept.get(clash);
        boolean fronted = frontedAdverbial(tokens, o.trigStart()) && !frontedAdverbial(tokens, c.trigStart());
        boolean better =
            c.rank() > o.rank()
                || (c.rank() == o.rank()
                    && (fronted
                        || c.triggerOverlaps(o) && c.trigEnd() - c.trigStart() > o.trigEnd() - o.trigStart()));
        if (better) {
          kept.set(clash, c);
        }
      }
    }
    kept.sort(
        Comparator.comparingInt(EventCandidate::trigStart)
            .thenComparingInt(c -> typeOrder.getOrDefault(c.type(), Integer.MAX_VALUE))
            .thenComparingInt(EventCandidate::objStart));
    return kept;
  }
}
