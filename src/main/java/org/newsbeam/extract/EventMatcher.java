package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.study.EventLexicon;
import org.newsbeam.study.EventPattern;
import org.newsbeam.text.Token;

/**
 * Finds event mentions in one sentence with a study's {@link EventLexicon}. Rule-based and
 * deterministic; every rule below is one an analyst can check against a sentence.
 *
 * <h2>Firing</h2>
 *
 * A pattern fires when one of its triggers occurs and, if it lists objects, one of its objects
 * occurs within {@code window} tokens of the trigger (either side) in the same clause (clauses:
 * see {@link Clauses}; ";", a sentence-internal ":", ", but"/", while", and "and" + a new subject
 * split them). The nearest object wins, an object after the trigger on a tie. When the object is
 * elided ("Russia launched 90 drones; 70 were downed"), the pattern still fires if the trigger has
 * a bare number as its passive subject ("70 were downed", "40 of them were shot down") or right
 * after it ("said it shot down 70") and one of the pattern's objects occurs earlier in the
 * sentence.
 *
 * <p>One mention per event type and trigger occurrence: patterns of the same type whose triggers
 * overlap give one mention (the longest trigger, preferring one with an object); two triggers of
 * the same type bound to the same object occurrence give one ("intercepted and destroyed 40
 * drones"); and a trigger without an object merges into another mention of the same type in the
 * same clause ("a drone attack ... firing 40 drones"). Different types are separate mentions, even
 * on one trigger ("fired 112 drones and four cruise missiles" is a drone strike of 112 and a
 * missile strike of 4).
 *
 * <h2>Quantity</h2>
 *
 * See {@link QuantityReader}: the number bound to the object ("40 of 58 drones" gives 40), else
 * the elided subject/object number, else -1. A bare passive subject right before the trigger
 * outranks an object named earlier ("Of the 58 drones, 40 were shot down" gives 40).
 *
 * <h2>Actors and roles</h2>
 *
 * {@code actors} are the canonical names of the actor mentions starting inside the event's clause,
 * in order, without repeats. The <em>owner</em> is an actor mention inside the object's phrase or
 * directly before the object ("40 Russian drones", "Russia's drones"). Roles follow the syntax:
 *
 * <ul>
 *   <li>active voice, object after the trigger: source = nearest actor before the trigger, target =
 *       the owner, else the first actor after the trigger ("Ukraine's air force shot down 40
 *       Russian drones": Ukraine's air force → Russian; "Zelensky spoke with Macron");
 *   <li>active voice, object before the trigger (the object is the subject): source = the owner,
 *       else the nearest actor before; target = the first actor after ("Russian drones struck
 *       Kyiv");
 *   <li>passive voice (an auxiliary before the trigger, or "by" right after it): source = the actor
 *       after "by" ("were downed by Ukrainian air defence"), target = the owner of an object before
 *       the trigger, else the nearest actor before the trigger;
 *   <li>coordinated subject "X and Y held talks": source X, target Y (when nothing else is the
 *       target); "talks between X and Y": source X, target Y as well.
 * </ul>
 *
 * Source and target are "" when the sentence does not show them, and never the same actor.
 */
public final class EventMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final EventPattern[] patterns;
  private final TermIndex<Integer> triggers = new TermIndex<>();
  private final TermIndex<Integer> objects = new TermIndex<>();
  private final CertaintyReader certainty;
  private final Map<String, Integer> typeOrder = new HashMap<>();

  /** Compiles all patterns once; build one per worker and reuse it for every sentence. */
  public EventMatcher(EventLexicon lexicon) {
    List<EventPattern> ps = lexicon.patterns();
    this.patterns = ps.toArray(new EventPattern[0]);
    for (int i = 0; i < patterns.length; i++) {
      EventPattern p = patterns[i];
      try {
        for (String t : p.triggers()) {
          triggers.add(TermPattern.compile(t), i);
        }
        for (String o : p.objects()) {
          objects.add(TermPattern.compile(o), i);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(p.file() + ":" + p.line() + ": " + e.getMessage(), e);
      }
    }
    for (int i = 0; i < lexicon.types().size(); i++) {
      typeOrder.putIfAbsent(lexicon.types().get(i).id(), i);
    }
    for (EventPattern p : patterns) {
      typeOrder.putIfAbsent(p.type(), typeOrder.size());
    }
    this.certainty = new CertaintyReader(lexicon.cues());
  }

  /** A pattern firing before merging. obj* are -1 without an object occurrence. */
  private record Candidate(
      int pattern,
      String type,
      int trigStart,
      int trigEnd,
      int objStart,
      int objEnd,
      int clause,
      long elided) {
    boolean hasObject() {
      return objStart >= 0;
    }

    int score() {
      return hasObject() ? 2 : elided >= 0 ? 1 : 0;
    }
  }

  /**
   * @param tokens one sentence from {@link org.newsbeam.text.Tokenizer#tokenize(String)}
   * @param actors the actor mentions of that sentence (token spans, canonical names), in order
   */
  public List<EventMention> match(List<Token> tokens, List<ActorMention> actors) {
    if (tokens == null || tokens.isEmpty() || triggers.isEmpty()) {
      return List.of();
    }
    List<TermIndex.Hit<Integer>> trigHits = triggers.scan(tokens);
    if (trigHits.isEmpty()) {
      return List.of();
    }
    if (actors == null) {
      actors = List.of();
    }
    Clauses clauses = Clauses.split(tokens, actors);
    List<TermIndex.Hit<Integer>> objHits = objects.scan(tokens);
    List<Candidate> candidates = new ArrayList<>();
    for (TermIndex.Hit<Integer> th : trigHits) {
      EventPattern p = patterns[th.value()];
      int c = clauses.clauseOf(th.start());
      if (p.objects().isEmpty()) {
        candidates.add(new Candidate(th.value(), p.type(), th.start(), th.end(), -1, -1, c, -1));
        continue;
      }
      TermIndex.Hit<Integer> best = nearestObject(th, objHits, clauses, c, Math.max(0, p.window()));
      if (best != null) {
        candidates.add(
            new Candidate(th.value(), p.type(), th.start(), th.end(), best.start(), best.end(), c, -1));
        continue;
      }
      int cs = clauses.start(c);
      long n = QuantityReader.elidedSubject(tokens, cs, th.start());
      if (n == QuantityReader.NONE) {
        n = QuantityReader.elidedObject(tokens, th.end(), clauses.end(c));
      }
      if (n != QuantityReader.NONE && objectEarlier(th, objHits)) {
        candidates.add(new Candidate(th.value(), p.type(), th.start(), th.end(), -1, -1, c, n));
      }
    }
    List<Candidate> kept = merge(candidates);
    List<TermIndex.Hit<CertaintyReader.Kind>> cueHits = certainty.scan(tokens);
    List<EventMention> out = new ArrayList<>(kept.size());
    for (Candidate k : kept) {
      out.add(mention(k, tokens, actors, clauses, cueHits));
    }
    return out;
  }

  private static TermIndex.Hit<Integer> nearestObject(
      TermIndex.Hit<Integer> th,
      List<TermIndex.Hit<Integer>> objHits,
      Clauses clauses,
      int clause,
      int window) {
    TermIndex.Hit<Integer> best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean bestAfter = false;
    int ce = clauses.end(clause);
    int cs = clauses.start(clause);
    for (TermIndex.Hit<Integer> oh : objHits) {
      if (!oh.value().equals(th.value())) {
        continue;
      }
      if (oh.start() < th.end() && oh.end() > th.start()) {
        continue; // the trigger's own words
      }
      if (oh.start() < cs || oh.end() > ce) {
        continue;
      }
      boolean after = oh.start() >= th.end();
      int dist = after ? oh.start() - th.end() : th.start() - oh.end();
      if (dist > window) {
        continue;
      }
      if (dist < bestDist || (dist == bestDist && after && !bestAfter)) {
        best = oh;
        bestDist = dist;
        bestAfter = after;
      }
    }
    return best;
  }

  private static boolean objectEarlier(
      TermIndex.Hit<Integer> th, List<TermIndex.Hit<Integer>> objHits) {
    for (TermIndex.Hit<Integer> oh : objHits) {
      if (oh.value().equals(th.value()) && oh.end() <= th.start()) {
        return true;
      }
    }
    return false;
  }

  private List<Candidate> merge(List<Candidate> candidates) {
    // best first: earlier trigger, longer trigger, with an object
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::trigStart)
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.trigEnd() - c.trigStart()).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
            .thenComparingInt(Candidate::pattern));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      int clash = -1;
      for (int k = 0; k < kept.size(); k++) {
        Candidate o = kept.get(k);
        if (!o.type().equals(c.type())) {
          continue;
        }
        boolean overlap = o.trigStart() < c.trigEnd() && c.trigStart() < o.trigEnd();
        boolean sameObject = o.hasObject() && o.objStart() == c.objStart();
        boolean bareInClause =
            o.clause() == c.clause() && (!o.hasObject() || !c.hasObject()) && o.elided() < 0 && c.elided() < 0;
        if (overlap || sameObject || bareInClause) {
          clash = k;
          break;
        }
      }
      if (clash < 0) {
        kept.add(c);
      } else {
        Candidate o = kept.get(clash);
        boolean overlap = o.trigStart() < c.trigEnd() && c.trigStart() < o.trigEnd();
        int lenO = o.trigEnd() - o.trigStart();
        int lenC = c.trigEnd() - c.trigStart();
        boolean better =
            overlap
                ? c.score() > o.score() && lenC >= lenO
                : c.score() > o.score();
        if (better) {
          kept.set(clash, c);
        }
      }
    }
    kept.sort(
        Comparator.comparingInt(Candidate::trigStart)
            .thenComparingInt(c -> typeOrder.getOrDefault(c.type(), Integer.MAX_VALUE)));
    return kept;
  }

  private EventMention mention(
      Candidate k,
      List<Token> tokens,
      List<ActorMention> actors,
      Clauses clauses,
      List<TermIndex.Hit<CertaintyReader.Kind>> cueHits) {
    int cs = clauses.start(k.clause());
    int ce = clauses.end(k.clause());
    boolean objAfter = k.hasObject() && k.objStart() >= k.trigEnd();
    int phraseStart = -1;
    long quantity = k.elided();
    if (k.hasObject()) {
      int from = objAfter ? Math.max(cs, k.trigEnd()) : cs;
      phraseStart = QuantityReader.phraseStart(tokens, k.objStart(), from);
      if (!objAfter) {
        quantity = QuantityReader.elidedSubject(tokens, Math.max(cs, k.objEnd()), k.trigStart());
      }
      if (quantity == QuantityReader.NONE) {
        quantity = QuantityReader.forObject(tokens, k.objStart(), from);
      }
    }
    Roles roles = roles(k, tokens, actors, cs, ce, phraseStart);
    Set<String> names = new LinkedHashSet<>();
    for (ActorMention a : actors) {
      if (a.start() >= cs && a.start() < ce) {
        names.add(a.actor());
      }
    }
    Certainty cert =
        certainty.read(
            tokens,
            actors,
            cueHits,
            cs,
            ce,
            k.trigStart(),
            k.trigEnd(),
            k.hasObject() ? phraseStart : -1,
            k.hasObject() ? k.objEnd() : -1);
    StringBuilder trigger = new StringBuilder();
    for (int i = k.trigStart(); i < k.trigEnd(); i++) {
      if (i > k.trigStart()) {
        trigger.append(' ');
      }
      trigger.append(tokens.get(i).text());
    }
    return new EventMention(
        k.type(), trigger.toString(), List.copyOf(names), roles.source, roles.target, quantity, cert);
  }

  private record Roles(String source, String target) {}

  private static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get", "gets");

  private static Roles roles(
      Candidate k,
      List<Token> tokens,
      List<ActorMention> actors,
      int cs,
      int ce,
      int phraseStart) {
    int ts = k.trigStart();
    int te = k.trigEnd();
    boolean objBefore = k.hasObject() && k.objStart() < ts;
    ActorMention owner = null;
    if (k.hasObject()) {
      for (ActorMention a : actors) {
        if (a.start() < k.objEnd() && a.end() > phraseStart && a.start() >= cs) {
          owner = a; // the last one is closest to the object
        }
      }
    }
    boolean passive = isPassive(tokens, ts, te, cs);
    ActorMention agent = passive ? agentAfter(tokens, actors, te, ce) : null;
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention a : actors) {
      if (a.start() < cs || a.end() > ce || a == owner || a == agent) {
        continue;
      }
      if (a.start() < te && a.end() > ts) {
        continue; // the trigger's own words
      }
      if (a.end() <= ts) {
        before = a;
      } else if (a.start() >= te && after == null) {
        after = a;
      }
    }
    ActorMention source;
    ActorMention target;
    if (passive) {
      source = agent;
      target = objBefore && owner != null ? owner : before;
    } else if (objBefore) {
      source = owner != null ? owner : before;
      target = after;
    } else {
      source = before;
      target = owner != null ? owner : after;
    }
    // "X and Y held talks"
    if (!passive && source != null && source == before) {
      ActorMention prev = coordinatedBefore(tokens, actors, before, cs);
      if (prev != null) {
        if (target == null) {
          target = before;
        }
        source = prev;
      }
    }
    // "talks between X and Y"
    if (source == null && target != null && target == after) {
      ActorMention next = coordinatedAfter(tokens, actors, after, ce);
      if (next != null) {
        source = after;
        target = next;
      }
    }
    String s = source == null ? "" : source.actor();
    String t = target == null ? "" : target.actor();
    if (s.equals(t)) {
      t = "";
    }
    return new Roles(s, t);
  }

  private static boolean isPassive(List<Token> tokens, int ts, int te, int cs) {
    if (te < tokens.size() && tokens.get(te).norm().equals("by")) {
      return true;
    }
    int i = ts - 1;
    int skipped = 0;
    while (i >= cs && skipped < 2) {
      String w = tokens.get(i).norm();
      if (AUXILIARIES.contains(w)) {
        return true;
      }
      if (!(w.endsWith("ly") || w.equals("also") || w.equals("all") || w.equals("later"))) {
        return false;
      }
      i--;
      skipped++;
    }
    return i >= cs && AUXILIARIES.contains(tokens.get(i).norm());
  }

  /** The actor after "by" following a passive trigger: "were downed over Kyiv by Ukrainian air defence". */
  private static ActorMention agentAfter(List<Token> tokens, List<ActorMention> actors, int te, int ce) {
    int limit = Math.min(ce, te + 8);
    for (int i = te; i < limit; i++) {
      if (tokens.get(i).norm().equals("by")) {
        for (ActorMention a : actors) {
          if (a.start() > i && a.start() - i <= 4 && a.end() <= ce) {
            return a;
          }
        }
        return null;
      }
      if (tokens.get(i).isPunct()) {
        return null;
      }
    }
    return null;
  }

  private static ActorMention coordinatedBefore(
      List<Token> tokens, List<ActorMention> actors, ActorMention m, int cs) {
    if (m.start() - 2 < cs || !tokens.get(m.start() - 1).norm().equals("and")) {
      return null;
    }
    for (ActorMention a : actors) {
      if (a.end() == m.start() - 1 && a.start() >= cs) {
        return a;
      }
    }
    return null;
  }

  private static ActorMention coordinatedAfter(
      List<Token> tokens, List<ActorMention> actors, ActorMention m, int ce) {
    if (m.end() + 1 >= ce || !tokens.get(m.end()).norm().equals("and")) {
      return null;
    }
    for (ActorMention a : actors) {
      if (a.start() == m.end() + 1 && a.end() <= ce) {
        return a;
      }
    }
    return null;
  }
}
