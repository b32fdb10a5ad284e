package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The object occurrences of a sentence grouped into phrases, and which phrases are coordinated.
 *
 * <p>Object hits that touch or overlap form one phrase ("Shahed drones", "cruise missiles"), which
 * carries every pattern whose objects it holds. Two phrases of one clause are <em>coordinated</em>
 * when only "and", ",", "or", "plus" or "as well as" separate the first from the second's number
 * ("34 missiles and 100 drones", "718 of the drones and seven of the missiles"). A phrase inside an
 * "including ..." part ("67 missiles, including 35 cruise missiles, and 194 drones") is a share of
 * the phrase before it: it is skipped when walking a coordination and never counted on its own.
 */
final class ObjectPhrases {
  /**
   * One object phrase: tokens [start, end) of the object words (the number lies before start);
   * hits are its object hits as {pattern, start, end}.
   */
  record Phrase(int index, int start, int end, int clause, BitSet patterns, boolean share, List<int[]> hits) {}

  private static final Set<String> LINKS = Set.of(",", "and", "or", "plus", "as", "well", "also", "all", "both");
  private static final Set<String> APPROXIMATE =
      Set.of("more", "less", "fewer", "than", "almost", "nearly", "about", "around", "over", "some", "at", "least",
          "up", "to", "roughly", "approximately", "another", "a", "further");
  private static final Set<String> JOINERS = Set.of(",", "and", "or", "plus", "as");
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "these", "those");

  private final List<Token> tokens;
  private final Clauses clauses;
  private final List<Phrase> phrases;

  private ObjectPhrases(List<Token> tokens, Clauses clauses, List<Phrase> phrases) {
    this.tokens = tokens;
    this.clauses = clauses;
    this.phrases = phrases;
  }

  static ObjectPhrases of(List<Token> tokens, List<TermIndex.Hit<Integer>> hits, Clauses clauses) {
    List<TermIndex.Hit<Integer>> sorted = new ArrayList<>(hits);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Phrase> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    List<int[]> hs = null;
    for (TermIndex.Hit<Integer> h : sorted) {
      if (hs != null && h.start() <= end && clauses.clauseOf(h.start()) == clauses.clauseOf(start)) {
        end = Math.max(end, h.end());
        hs.add(new int[] {h.value(), h.start(), h.end()});
        continue;
      }
      if (hs != null) {
        out.add(phrase(tokens, clauses, out.size(), start, end, hs));
      }
      start = h.start();
      end = h.end();
      hs = new ArrayList<>();
      hs.add(new int[] {h.value(), h.start(), h.end()});
    }
    if (hs != null) {
      out.add(phrase(tokens, clauses, out.size(), start, end, hs));
    }
    return new ObjectPhrases(tokens, clauses, out);
  }

  private static Phrase phrase(List<Token> tokens, Clauses clauses, int index, int start, int end, List<int[]> hits) {
    int clause = clauses.clauseOf(start);
    BitSet pats = new BitSet();
    for (int[] h : hits) {
      pats.set(h[0]);
    }
    boolean share = insideIncluding(tokens, start, clauses.start(clause))
        || betweenDashes(tokens, start, end, clauses.start(clause), clauses.end(clause));
    return new Phrase(index, start, end, clause, pats, share, hits);
  }

  private static final Set<String> DASHES = Set.of("–", "—", "-");

  /**
   * Whether the phrase stands in a dash aside of its clause: "almost 300 drones – most of them
   * Shaheds – as well as 12 missiles" (the Shaheds describe the drones; they are no count of
   * their own and do not break the list).
   */
  private static boolean betweenDashes(List<Token> tokens, int start, int end, int clauseStart, int clauseEnd) {
    // dashes pair up from the clause start: an odd number before the phrase opens an aside
    int dashes = 0;
    boolean commaSinceDash = false;
    for (int i = clauseStart; i < start; i++) {
      String w = tokens.get(i).norm();
      if (DASHES.contains(w) && tokens.get(i).isPunct()) {
        dashes++;
        commaSinceDash = false;
      } else if (w.equals(",") || w.equals(";")) {
        commaSinceDash = true;
      }
    }
    if (dashes % 2 == 0 || commaSinceDash) {
      return false;
    }
    for (int i = end; i < clauseEnd; i++) {
      if (DASHES.contains(tokens.get(i).norm()) && tokens.get(i).isPunct()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase from the first word of {@code pattern}'s own objects on: in "pushed Ukrainian forces
   * out of", where "forces" is another pattern's object, the advance's object is "out of".
   */
  static Phrase forPattern(Phrase p, int pattern) {
    int start = p.end();
    for (int[] h : p.hits()) {
      if (h[0] == pattern) {
        start = Math.min(start, h[1]);
      }
    }
    if (start == p.start() || start >= p.end()) {
      return p;
    }
    List<int[]> kept = new ArrayList<>();
    BitSet pats = new BitSet();
    for (int[] h : p.hits()) {
      if (h[1] >= start) {
        kept.add(h);
        pats.set(h[0]);
      }
    }
    return new Phrase(p.index(), start, p.end(), p.clause(), pats, p.share(), kept);
  }

  /**
   * The phrase without the trigger's words, when a trigger overlaps it ("travel" in the phrase
   * "travel to the White House" of another pattern); null when nothing of it is left.
   */
  private static Phrase outsideTrigger(Phrase p, int ts, int te) {
    if (!overlaps(p, ts, te)) {
      return p;
    }
    int start = p.start();
    int end = p.end();
    if (ts <= start && te < end) {
      start = te;
    } else if (te >= end && ts > start) {
      end = ts;
    } else {
      return null;
    }
    List<int[]> kept = new ArrayList<>();
    BitSet pats = new BitSet();
    for (int[] h : p.hits()) {
      if (h[1] >= start && h[2] <= end) {
        kept.add(h);
        pats.set(h[0]);
      }
    }
    return kept.isEmpty() ? null : new Phrase(p.index(), start, end, p.clause(), pats, p.share(), kept);
  }

  /** Verbs that end an "including" part: "a delegation including the envoy is expected in Moscow". */
  private static final Set<String> PART_ENDS =
      Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might");

  /** Whether "including" opens a part before the phrase with no comma, dash or verb between. */
  private static boolean insideIncluding(List<Token> tokens, int start, int clauseStart) {
    for (int i = start - 1; i >= clauseStart; i--) {
      String w = tokens.get(i).norm();
      if (w.equals(",") || w.equals(";") || PART_ENDS.contains(w) || DASHES.contains(w) && tokens.get(i).isPunct()) {
        return false;
      }
      if (w.equals("including") || w.equals("among")) {
        return true;
      }
    }
    return false;
  }

  List<Phrase> all() {
    return phrases;
  }

  /** Distance in tokens between a phrase and a trigger at [ts, te); 0 when they touch. */
  static int distance(Phrase p, int ts, int te) {
    return p.start() >= te ? p.start() - te : Math.max(0, ts - p.end());
  }

  /**
   * Distance from a trigger to a phrase after it, counted to the phrase's number when it has one:
   * the number heads what the verb acts on, so "launched overnight a total of 58 attack drones" is
   * as near as "launched 58 drones" however many words describe the drones.
   */
  private int reach(Phrase p, int ts, int te) {
    if (p.start() >= te) {
      int cs = QuantityReader.countStart(tokens, p.start(), te);
      if (cs >= te && onlyAdverbials(te, cs)) {
        return cs - te;
      }
    }
    return distance(p, ts, te);
  }

  /** Words that open another phrase between a verb and a number: "struck the harbour where 12 ...". */
  private static final Set<String> PHRASE_OPENERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "which", "where",
          "who", "whom", "whose", "when", "while", "after", "before", "because", "as", "and", "or", "but", "of");

  /** Whether tokens [from, to) are only words like "overnight", "on Sunday", with no phrase opener. */
  private boolean onlyAdverbials(int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct() || PHRASE_OPENERS.contains(t.norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest phrase holding an object of {@code pattern}, in the trigger's clause, within {@code
   * window} tokens; or else one coordinated with a phrase (of any pattern) within the window, so
   * "launched 67 missiles ... and 194 drones" reaches the drones. Null when none.
   */
  Phrase nearest(int pattern, int ts, int te, int clause, int window) {
    Phrase best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean bestAfter = false;
    int from = firstOfClause(clause);
    for (int i = from; i < phrases.size() && phrases.get(i).clause() == clause; i++) {
      Phrase p = outsideTrigger(phrases.get(i), ts, te);
      if (p == null || p.clause() != clause || !p.patterns().get(pattern) || p.share()) {
        continue;
      }
      int d = reach(p, ts, te);
      boolean after = p.start() >= te;
      if (d <= window && (d < bestDist || (d == bestDist && after && !bestAfter))) {
        best = p;
        bestDist = d;
        bestAfter = after;
      }
    }
    if (best != null) {
      return forPattern(best, pattern);
    }
    for (int i = from; i < phrases.size() && phrases.get(i).clause() == clause; i++) {
      Phrase seed = phrases.get(i);
      if (seed.clause() != clause || seed.share() || overlaps(seed, ts, te) || reach(seed, ts, te) > window) {
        continue;
      }
      for (Phrase p : coordinated(seed, seed.start() >= te)) {
        if (p.patterns().get(pattern)) {
          return forPattern(p, pattern);
        }
      }
    }
    return null;
  }

  /** Index of the first phrase of a clause (phrases run in sentence order, so clauses ascend). */
  private int firstOfClause(int clause) {
    int lo = 0;
    int hi = phrases.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (phrases.get(mid).clause() < clause) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean overlaps(Phrase p, int ts, int te) {
    return p.start() < te && p.end() > ts;
  }

  /** The phrases coordinated with {@code from}, walking rightwards or leftwards, nearest first. */
  List<Phrase> coordinated(Phrase from, boolean rightwards) {
    List<Phrase> out = new ArrayList<>();
    Phrase cur = from;
    int k = from.index();
    while (true) {
      k += rightwards ? 1 : -1;
      if (k < 0 || k >= phrases.size()) {
        break;
      }
      Phrase next = phrases.get(k);
      if (next.clause() != from.clause()) {
        break;
      }
      if (next.share()) {
        continue;
      }
      Phrase left = rightwards ? cur : next;
      Phrase right = rightwards ? next : cur;
      if (!linked(left, right)) {
        break;
      }
      out.add(next);
      cur = next;
    }
    return out;
  }

  private boolean linked(Phrase left, Phrase right) {
    int ps = QuantityReader.phraseStart(tokens, right.start(), left.end());
    // the number of "N of the drones" belongs to the phrase
    ps = partStart(ps, left.end());
    // "85 drones and a ballistic missile"
    if (ps - 1 > left.end() && (tokens.get(ps - 1).norm().equals("a") || tokens.get(ps - 1).norm().equals("an"))) {
      ps--;
    }
    if (ps <= left.end()) {
      return false;
    }
    boolean joined = false;
    for (int i = left.end(); i < ps; i++) {
      String w = tokens.get(i).norm();
      if (DASHES.contains(w) && tokens.get(i).isPunct()) {
        // a dash aside between two counted objects: skip it to its closing dash
        int j = i + 1;
        while (j < ps && !(DASHES.contains(tokens.get(j).norm()) && tokens.get(j).isPunct())) {
          j++;
        }
        if (j >= ps) {
          return false;
        }
        i = j;
        continue;
      }
      if (w.equals("including") || w.equals("among")) {
        // skip the share up to its closing comma
        int j = i + 1;
        while (j < ps && !tokens.get(j).norm().equals(",")) {
          j++;
        }
        if (j >= ps) {
          return false;
        }
        i = j;
        joined = true;
        continue;
      }
      if (!LINKS.contains(w) && !(joined && APPROXIMATE.contains(w))) {
        return false; // "450 drones and almost 20 missiles": an approximation after the joiner links too
      }
      joined |= JOINERS.contains(w);
    }
    return joined;
  }

  /** Moves a phrase start back over "N of [the]" so "and seven of the missiles" links. */
  private int partStart(int ps, int floor) {
    int i = ps - 1;
    if (i >= floor && DETERMINERS.contains(tokens.get(i).norm())) {
      i--;
    }
    if (i >= floor && tokens.get(i).norm().equals("of")) {
      QuantityReader.NumberSpan n = QuantityReader.numberEndingAt(tokens, i - 1, floor);
      if (n != null) {
        return n.start();
      }
    }
    return ps;
  }
}
