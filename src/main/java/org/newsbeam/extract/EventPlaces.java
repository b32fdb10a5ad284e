package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The place where an act happened, of the study's places, not every place its sentence names:
 *
 * <ul>
 *   <li>a place the act is done to ("struck Odesa", "visited Kyiv") or that a locative preposition
 *       puts it in ("in Kharkiv", "over the Bryansk region", "near the town of Pokrovsk", "talks
 *       in Istanbul", "travelled to Kyiv"), in the act's clause, nearest its trigger;
 *   <li>else another place of the act's clause, nearest its trigger;
 *   <li>never a place the act comes from ("drones launched from Kursk"), one that owns something
 *       ("Kharkiv's mayor said", "Moscow's troops"), the place of a part of the count ("30 drones
 *       were downed, nine of them over the Bryansk region"), one in a time clause after the act
 *       ("met at the White House, three days after the summit in Alaska"), nor a dateline
 *       ("KYIV, 30 December -");
 *   <li>a place that stands for a government ("Moscow said", "talks with Kyiv", "sanctions
 *       against Moscow") only where a locative preposition or the act's object puts the act there
 *       ("drones struck Moscow", "talks in Moscow");
 *   <li>none when the act spans a list of places ("over the Kharkiv, Sumy and Poltava regions",
 *       "two villages, one in the Donetsk region and one in the Dnipropetrovsk region", "several
 *       regions, including Moscow", "hit a depot in Bryansk and a plant in Kursk"): one place
 *       per record, never the first of several.
 * </ul>
 *
 * Regions count as their place ("the Kharkiv region" is Kharkiv), as the study's aliases say.
 */
public final class EventPlaces implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Set<String> LOCATIVE =
      Set.of("in", "over", "on", "near", "at", "outside", "around", "across", "into", "towards", "toward", "to",
          "inside", "above", "off", "within", "throughout", "targeting", "against");
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":");
  /** Words that open a time clause: a place after one is another act's. */
  private static final Set<String> TIME_CLAUSE = Set.of("after", "before", "since", "until", "following", "ahead");
  /** How many words of a noun phrase may stand between a preposition and its place. */
  private static final int LEAD_WORDS = 5;

  private final TermIndex<String> index = new TermIndex<>();
  private final Set<String> standFor;

  /**
   * @param places canonical place names
   * @param aliases other ways places are written, each to its canonical name
   * @param standFor places that stand for an actor when they act ("Moscow", "Kyiv")
   */
  public EventPlaces(List<String> places, Map<String, String> aliases, Set<String> standFor) {
    this.standFor = Set.copyOf(standFor);
    for (String p : places) {
      index.add(TermPattern.compile(p), p);
    }
    aliases.forEach((alias, p) -> index.add(TermPattern.compile(alias), p));
  }

  /** The canonical place of the act whose trigger is tokens [triggerStart, triggerEnd), or "". */
  public String placeOf(List<Token> tokens, int triggerStart, int triggerEnd) {
    int from = 0;
    for (int k = triggerStart - 1; k >= 0; k--) {
      if (CLAUSE_ENDS.contains(tokens.get(k).norm())) {
        from = k + 1;
        break;
      }
    }
    int to = tokens.size();
    for (int k = triggerEnd; k < tokens.size(); k++) {
      if (CLAUSE_ENDS.contains(tokens.get(k).norm())) {
        to = k;
        break;
      }
    }
    String best = "";
    TermIndex.Hit<String> bestHit = null;
    List<TermIndex.Hit<String>> located = new java.util.ArrayList<>();
    int bestRank = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    int lastEnd = -1;
    for (TermIndex.Hit<String> h : longest(index.scan(tokens, from, to))) {
      if (h.start() < lastEnd) {
        continue;
      }
      lastEnd = h.end();
      Token first = tokens.get(h.start());
      if (first.shape() == Token.Shape.LOWER || h.start() < triggerEnd && h.end() > triggerStart) {
        continue; // place names are capitalised; a place inside the trigger is part of its wording
      }
      if (tokens.get(h.end() - 1).possessive()) {
        continue; // "Kharkiv's mayor": an owner, not where the act happened
      }
      if (h.start() == 0 && first.shape() == Token.Shape.UPPER) {
        continue; // a dateline: where the story was filed
      }
      if (subCount(tokens, h.start(), from) || h.start() >= triggerEnd && timeClause(tokens, triggerEnd, h.start())) {
        continue;
      }
      int rank;
      String lead = leadingPreposition(tokens, h.start(), from);
      if (h.start() == triggerEnd || h.start() == triggerEnd + 1 && tokens.get(triggerEnd).norm().equals("the")) {
        rank = 0; // "struck Odesa"
      } else if ("from".equals(lead)) {
        continue; // "from Kursk": where the act came from
      } else if (lead != null && LOCATIVE.contains(lead) && !(lead.equals("against") && standFor.contains(h.value()))) {
        rank = 0;
      } else if (standFor.contains(h.value())) {
        continue; // "talks with Kyiv", "Moscow said": the government, not a place
      } else {
        rank = 1;
      }
      if (rank == 0) {
        located.add(h);
      }
      int d = h.start() >= triggerEnd ? h.start() - triggerEnd : triggerStart - h.end();
      if (rank < bestRank || rank == bestRank && d < bestDistance) {
        best = h.value();
        bestHit = h;
        bestRank = rank;
        bestDistance = d;
      }
    }
    if (bestHit == null || inList(tokens, bestHit.start(), bestHit.end(), from, to)) {
      return "";
    }
    // "hit a depot in the Bryansk region and a plant in the Kursk region": several places
    for (TermIndex.Hit<String> o : located) {
      if (bestRank == 0 && !o.value().equals(best) && joined(tokens, bestHit, o)) {
        return "";
      }
    }
    return best;
  }

  /**
   * Whether the place at tokens [start, end) is one of a list: another name joined to it by a
   * comma or "and" (with "region"s between), or "including" before it.
   */
  static boolean inList(List<Token> tokens, int start, int end, int from, int to) {
    for (int k = start - 1; k >= from && k >= start - 3; k--) {
      String w = tokens.get(k).norm();
      if (w.equals("including") || w.equals("among")) {
        return true;
      }
    }
    int k = end;
    while (k < to && (tokens.get(k).norm().equals("region") || tokens.get(k).norm().equals("regions")
        || tokens.get(k).norm().equals("oblast"))) {
      k++;
    }
    if (k + 1 >= to) {
      return false;
    }
    String sep = tokens.get(k).norm();
    int n = k + 1;
    if (tokens.get(n).norm().equals("the") && n + 1 < to) {
      n++;
    }
    if (!capitalised(tokens.get(n))) {
      return false;
    }
    if (sep.equals("and")) {
      return true; // "Krasnodar and Adygeya"
    }
    if (!sep.equals(",")) {
      return false;
    }
    // "Anchorage, Alaska, on Friday" names one place; "Kharkiv, Cherkasy, Sumy" three
    int j = n;
    while (j < to && capitalised(tokens.get(j))) {
      j++;
    }
    while (j < to && (tokens.get(j).norm().equals("region") || tokens.get(j).norm().equals("regions"))) {
      j++;
    }
    return j + 1 < to && (tokens.get(j).norm().equals(",") || tokens.get(j).norm().equals("and"))
        && capitalised(tokens.get(j + 1));
  }

  /** Two located places joined by "and" with no comma between: the act is at both. */
  private static boolean joined(List<Token> tokens, TermIndex.Hit<String> a, TermIndex.Hit<String> b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    boolean and = false;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).norm();
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      and |= w.equals("and") || w.equals("or");
    }
    return and;
  }

  private static boolean capitalised(Token t) {
    return t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER;
  }

  /** "nine of them over X", "60 of which over X": X is where a part of the count was. */
  private static boolean subCount(List<Token> tokens, int start, int from) {
    for (int k = start - 1; k >= from + 1 && k >= start - 6; k--) {
      String w = tokens.get(k).norm();
      if ((w.equals("them") || w.equals("which") || w.equals("those")) && tokens.get(k - 1).norm().equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a time clause opens in tokens [from, to): "three days after the summit in Alaska". */
  private static boolean timeClause(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (TIME_CLAUSE.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Of hits starting at one token, the longest ("Kharkiv region" over "Kharkiv"). */
  private static List<TermIndex.Hit<String>> longest(List<TermIndex.Hit<String>> hits) {
    List<TermIndex.Hit<String>> out = new java.util.ArrayList<>();
    for (TermIndex.Hit<String> h : hits) {
      if (!out.isEmpty() && out.get(out.size() - 1).start() == h.start()) {
        if (h.end() > out.get(out.size() - 1).end()) {
          out.set(out.size() - 1, h);
        }
        continue;
      }
      out.add(h);
    }
    return out;
  }

  /**
   * The preposition that heads the place's phrase, looking left over a few lower-case words of
   * the phrase ("over the Bryansk region", "in the southern city of Zaporizhzhia"), or null.
   */
  static String leadingPreposition(List<Token> tokens, int start, int from) {
    for (int k = start - 1, words = 0; k >= from && words <= LEAD_WORDS; k--, words++) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (LOCATIVE.contains(w) || w.equals("from")) {
        return w;
      }
      if (t.shape() != Token.Shape.LOWER && !w.equals("-")) {
        return null;
      }
    }
    return null;
  }
}
