package org.newsbeam.extract;

import java.util.Comparator;
import java.util.List;
import org.newsbeam.text.Token;

/**
 * Binds a number to a candidate (see {@link QuantityReader} for reading one): the number bound to
 * the object ("40 of 58 drones" gives 40; "45 of the 62 drones launched by Russia" gives 62 to the
 * launch), else the elided subject or object number, else -1. A bare passive subject right before
 * the trigger outranks an object named earlier ("Of the 58 drones, 40 were shot down" gives 40).
 * "a"/"an" counts 1 only in a list of counted objects ("85 drones and a ballistic missile"); "a
 * drone hit a block" gives -1. A mention still without a number takes the first number of a
 * count-only pattern of its type in its clause ({@link org.newsbeam.study.EventPattern#countOnly()}:
 * "its drones had hit 41 aircraft", "sanctions on 100 further vessels", "with 189 Ukrainians
 * returning home and 150 ... handed back" gives 189); a number after "the" ("on the two
 * companies") refers back and is not read there.
 */
final class CountBinding {
  private CountBinding() {}

  /**
   * Count-only patterns lend their number to a mention of their type in the same clause (and
   * relative aside) that has none: "its drones had hit 41 aircraft" (a strike of 41), "more than
   * 300 soldiers had infiltrated the town", "adopted sanctions ..., listing 200 more tankers". The
   * first count in the sentence wins, so in an uneven exchange ("with 189 Ukrainians returning
   * home and 150 Russian soldiers handed back") the first side's count is the exchange's. The
   * mention keeps its own trigger and object, so roles and certainty do not change.
   */
  static void giveCounts(List<EventCandidate> kept, List<EventCandidate> counts, Asides asides) {
    counts.sort(
        Comparator.comparingInt((EventCandidate c) -> Math.min(c.objStart(), c.trigStart()))
            .thenComparingInt(EventCandidate::trigStart));
    for (EventCandidate n : counts) {
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (int i = 0; i < kept.size(); i++) {
        EventCandidate k = kept.get(i);
        if (!k.type().equals(n.type()) || k.clause() != n.clause() || k.quantity() >= 0
            || asides.of(k.trigStart()) != asides.of(n.trigStart())) {
          continue;
        }
        int d = Math.abs(k.trigStart() - n.trigStart());
        if (d < bestDist) {
          best = i;
          bestDist = d;
        }
      }
      if (best >= 0) {
        EventCandidate k = kept.get(best);
        kept.set(
            best,
            new EventCandidate(k.pattern(), k.type(), k.trigStart(), k.trigEnd(), k.objStart(), k.objEnd(),
                k.clause(), n.quantity(), k.elided()));
      }
    }
  }

  /**
   * "the two companies": a count after "the" names things already reported, so it is no count of
   * its own for a count-only pattern ("would impose sanctions on the two companies").
   */
  static boolean definiteCount(List<Token> tokens, ObjectPhrases.Phrase obj, int from) {
    int ps = QuantityReader.phraseStart(tokens, obj.start(), from);
    if (ps - 1 < 0) {
      return false;
    }
    Token before = tokens.get(ps - 1);
    // "the same two companies": things already named
    if (before.norm().equals("same") && ps - 2 >= 0 && tokens.get(ps - 2).norm().equals("the")) {
      return true;
    }
    // "two of the largest banks" is a part, not a reference back
    return before.norm().equals("the") && !(ps - 2 >= 0 && tokens.get(ps - 2).norm().equals("of"));
  }


  static EventCandidate withObject(
      int pid,
      String type,
      int ts,
      int te,
      ObjectPhrases.Phrase obj,
      int clause,
      List<Token> tokens,
      Clauses clauses,
      ObjectPhrases phrases) {
    int cs = clauses.start(clause);
    int ce = clauses.end(clause);
    boolean objAfter = obj.start() >= te;
    int from = objAfter ? Math.max(cs, te) : cs;
    long quantity = QuantityReader.NONE;
    boolean wholeSet = false;
    if (!objAfter) {
      // the number of an elided subject or object outranks the earlier object's:
      // "Of the 58 drones, 40 were shot down"; "launched 50 drones and air defences shot down 40"
      quantity = QuantityReader.elidedSubject(tokens, Math.max(cs, obj.end()), ts);
      if (quantity == QuantityReader.NONE) {
        quantity = QuantityReader.elidedObject(tokens, te, ce);
      }
      // "45 of the 62 drones launched by Russia": the trigger describes all 62
      wholeSet = obj.end() == ts && !EventRoles.isPassiveAux(tokens, ts, cs);
    }
    if (quantity == QuantityReader.NONE) {
      quantity = QuantityReader.forObject(tokens, obj.start(), from, wholeSet);
    }
    if (quantity == QuantityReader.NONE && singularInCountedList(tokens, obj, from, cs, phrases)) {
      quantity = 1;
    }
    return new EventCandidate(pid, type, ts, te, obj.start(), obj.end(), clause, quantity, false);
  }

  /**
   * "a ballistic missile" counts 1 in a list of counted objects ("85 drones and a ballistic
   * missile"); on its own ("a drone hit a block") the article gives no number.
   */
  static boolean singularInCountedList(
      List<Token> tokens, ObjectPhrases.Phrase obj, int from, int cs, ObjectPhrases phrases) {
    int ps = QuantityReader.phraseStart(tokens, obj.start(), from);
    if (ps - 1 < from) {
      return false;
    }
    String article = tokens.get(ps - 1).norm();
    if (!article.equals("a") && !article.equals("an")) {
      return false;
    }
    for (boolean right : new boolean[] {false, true}) {
      for (ObjectPhrases.Phrase p : phrases.coordinated(obj, right)) {
        if (QuantityReader.forObject(tokens, p.start(), cs) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean objectEarlier(int pid, int ts, List<TermIndex.Hit<Integer>> objHits) {
    for (TermIndex.Hit<Integer> oh : objHits) {
      if (oh.value() == pid && oh.end() <= ts) {
        return true;
      }
    }
    return false;
  }
}
