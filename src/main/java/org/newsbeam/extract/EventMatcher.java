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
 * deterministic; every rule below is one an analyst can check against a sentence. Thread-safe:
 * all state is built in the constructor.
 *
 * <h2>Firing</h2>
 *
 * A pattern fires when one of its triggers occurs and, if it lists objects, one of its objects
 * occurs within {@code window} tokens of the trigger (either side; the tokens strictly between
 * are counted) in the same clause (see {@link Clauses}: ";", a sentence-internal ":", ", but",
 * ", while", "and that", and "and" + a new subject split a sentence). The nearest object wins, an
 * object after the trigger on a tie. An object further away still counts when it is coordinated
 * with an object inside the window ("launched 67 missiles, including 35 cruise missiles, and 194
 * drones" is a drone strike of 194 too; see {@link ObjectPhrases}). When the object is elided
 * ("Russia launched 90 drones; 70 were downed"), the pattern still fires if the trigger has a bare
 * number as its passive subject ("70 were downed", "40 of them were shot down") or right after it
 * ("said it shot down 70") and one of the pattern's objects occurs earlier in the sentence.
 *
 * <h2>Where each rule family lives</h2>
 *
 * <ul>
 *   <li>trigger and object finding: here ({@link #match}), with {@link TermIndex}, {@link
 *       Clauses}, {@link Asides} and {@link ObjectPhrases};
 *   <li>words that report no act (a skill, "any summit", "it was the largest attack"): {@link
 *       ReportFilter};
 *   <li>one mention per event (merging candidates, separate acts in one sentence): {@link
 *       MentionMerger};
 *   <li>the number bound to the act: {@link CountBinding} and {@link QuantityReader};
 *   <li>how sure the report is: {@link CertaintyReader};
 *   <li>source, target and the actors of the event: {@link EventRoles} and {@link Speakers}.
 * </ul>
 *
 * Coordinated objects of one trigger that each carry their own number are separate mentions
 * ("destroyed 34 missiles and 100 drones": two interceptions, 34 and 100), as are different types
 * on one trigger ("fired 112 drones and four cruise missiles": a drone strike of 112 and a missile
 * strike of 4). An "including" share is never a mention of its own.
 */
public final class EventMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final EventPattern[] patterns;
  private final TermIndex<Integer> triggers = new TermIndex<>();
  private final TermIndex<Integer> objects = new TermIndex<>();
  private final CertaintyReader certainty;
  private final Map<String, Integer> typeOrder = new HashMap<>();
  /** Types whose places are venues, not parties ("talks in Belarus"). */
  private final Set<String> venueTypes = new java.util.HashSet<>();

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
      if (lexicon.types().get(i).placeIsVenue()) {
        venueTypes.add(lexicon.types().get(i).id());
      }
    }
    for (EventPattern p : patterns) {
      typeOrder.putIfAbsent(p.type(), typeOrder.size());
    }
    this.certainty = new CertaintyReader(lexicon.cues());
  }


  /**
   * @param tokens one sentence from {@link org.newsbeam.text.Tokenizer#tokenize(String)}
   * @param actors the actor mentions of that sentence (token spans, canonical names), in order
   */
  public List<EventMention> match(List<Token> tokens, List<ActorMention> actors) {
    return match(tokens, actors, EventTrace.NONE);
  }

  /** As above, telling {@code trace} what became of every trigger found (for {@code explain}). */
  public List<EventMention> match(List<Token> tokens, List<ActorMention> actors, EventTrace trace) {
    if (tokens == null || tokens.isEmpty() || triggers.isEmpty()) {
      return List.of();
    }
    List<TermIndex.Hit<Integer>> trigHits = triggers.scan(tokens);
    if (trigHits.isEmpty()) {
      return List.of();
    }
    actors = usable(actors, tokens.size());
    Asides asides = Asides.find(tokens);
    Clauses clauses = Clauses.split(tokens, actors, asides);
    List<TermIndex.Hit<Integer>> objHits = objects.scan(tokens);
    ObjectPhrases phrases = ObjectPhrases.of(tokens, objHits, clauses);
    List<EventCandidate> candidates = new ArrayList<>();
    List<EventCandidate> counts = new ArrayList<>();
    boolean correlative = Correlatives.correlative(tokens);
    for (TermIndex.Hit<Integer> th : trigHits) {
      int pid = th.value();
      EventPattern p = patterns[pid];
      int c = clauses.clauseOf(th.start());
      int ts = th.start();
      int te = th.end();
      String heldAny = HeldBack.anyTrigger(tokens, clauses, c, ts, te, correlative);
      if (heldAny != null) {
        trace.heldBack(tokens, ts, te, p.type(), heldAny);
        continue;
      }
      if (p.countOnly()) {
        ObjectPhrases.Phrase obj = phrases.nearest(pid, ts, te, c, Math.max(0, p.window()));
        if (obj != null && asides.of(obj.start()) == asides.of(ts) && !MentionMerger.separated(tokens, ts, te, obj)) {
          EventCandidate n = CountBinding.withObject(pid, p.type(), ts, te, obj, c, tokens, clauses, phrases);
          if (n.quantity() >= 0 && !CountBinding.definiteCount(tokens, obj, obj.start() >= te ? Math.max(clauses.start(c), te) : clauses.start(c))) {
            counts.add(n);
          }
        }
        continue;
      }
      if (p.objects().isEmpty()) {
        String held = HeldBack.withoutObject(tokens, clauses, c, ts, te, venueTypes.contains(p.type()));
        if (held != null) {
          trace.heldBack(tokens, ts, te, p.type(), held);
          continue;
        }
        candidates.add(new EventCandidate(pid, p.type(), ts, te, -1, -1, c, QuantityReader.NONE, false));
        continue;
      }
      ObjectPhrases.Phrase best = phrases.nearest(pid, ts, te, c, Math.max(0, p.window()));
      if (best != null && asides.of(best.start()) != asides.of(ts) && asides.of(ts) >= 0) {
        // the trigger stands in an aside about objects named before it: "launched 300 drones,
        // most of which were intercepted" reports no number of its own for the interception
        long n = QuantityReader.elidedSubject(tokens, Math.max(clauses.start(c), asides.start(asides.of(ts))), ts);
        candidates.add(new EventCandidate(pid, p.type(), ts, te, best.start(), best.end(), c, n, false));
        continue;
      }
      String held = best == null ? null : HeldBack.withObject(tokens, clauses, c, ts, te, best, venueTypes.contains(p.type()));
      if (held != null) {
        trace.heldBack(tokens, ts, te, p.type(), held);
        continue;
      }
      if (best != null) {
        EventCandidate found = CountBinding.withObject(pid, p.type(), ts, te, best, c, tokens, clauses, phrases);
        if (found.quantity() < 0 && HeldBack.general(tokens, clauses, c, ts, te, best)) {
          trace.heldBack(tokens, ts, te, p.type(), HeldBack.GENERAL);
          continue; // "Ukraine's drone attacks were a message", "in some of its attacks": acts in general
        }
        candidates.add(found);
        // coordinated objects with numbers of their own: "destroyed 34 missiles and 100 drones"
        for (ObjectPhrases.Phrase more : phrases.coordinated(best, best.start() >= te)) {
          if (!more.patterns().get(pid)) {
            continue;
          }
          EventCandidate extra =
              CountBinding.withObject(pid, p.type(), ts, te, ObjectPhrases.forPattern(more, pid), c, tokens, clauses, phrases);
          if (extra.quantity() >= 0) {
            candidates.add(extra);
          }
        }
        continue;
      }
      int cs = clauses.start(c);
      long n = QuantityReader.elidedSubject(tokens, cs, ts);
      if (n == QuantityReader.NONE) {
        n = QuantityReader.elidedObject(tokens, te, clauses.end(c));
      }
      if (n != QuantityReader.NONE && CountBinding.objectEarlier(pid, ts, objHits)) {
        candidates.add(new EventCandidate(pid, p.type(), ts, te, -1, -1, c, n, true));
      } else if (te < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(te).norm()) && CountBinding.objectEarlier(pid, ts, objHits)
          && clauses.start(c) > 0) {
        // "..., but Trump has not agreed to send them": the objects of an earlier clause
        candidates.add(new EventCandidate(pid, p.type(), ts, te, -1, -1, c, QuantityReader.NONE, false, true));
      } else {
        trace.heldBack(tokens, ts, te, p.type(), EventTrace.NO_OBJECT);
      }
    }
    List<EventCandidate> found = candidates;
    candidates = withoutOwnedTallies(candidates);
    traceDropped(found, candidates, "a count without a verb that another act's verb owns", tokens, trace);
    List<EventCandidate> kept = MentionMerger.merge(candidates, asides, tokens, typeOrder);
    traceDropped(candidates, kept, "the same act as another trigger of the sentence", tokens, trace);
    // a copy only to tell explain what the next rule drops; a run pays nothing for it
    List<EventCandidate> merged = trace == EventTrace.NONE ? kept : new ArrayList<>(kept);
    MentionMerger.dropUncountedInterceptions(kept, tokens);
    traceDropped(merged, kept, "an interception with no count beside a counted one", tokens, trace);
    if (!counts.isEmpty()) {
      CountBinding.giveCounts(kept, counts, asides);
    }
    List<TermIndex.Hit<CertaintyReader.Kind>> cueHits = certainty.scan(tokens);
    Speakers speakers = Speakers.find(tokens, actors, asides);
    int[] triggerStarts = new int[kept.size()];
    for (int i = 0; i < triggerStarts.length; i++) {
      triggerStarts[i] = kept.get(i).trigStart();
    }
    List<EventMention> out = new ArrayList<>(kept.size());
    for (EventCandidate k : kept) {
      out.add(mention(k, tokens, actors, speakers, asides, clauses, cueHits, triggerStarts, trigHits));
    }
    // "before any summit": no particular act, unless the sentence denies there is one ("was not
    // invited to any talks")
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventCandidate k = kept.get(i);
      if (!k.hasObject() && ReportFilter.anyBefore(tokens, clauses.start(k.clause()), k.trigStart())
          && out.get(i).certainty() != Certainty.NEGATED) {
        trace.heldBack(tokens, k.trigStart(), k.trigEnd(), k.type(), "no particular act (\"any\" before the trigger)");
        kept.remove(i);
        out.remove(i);
      }
    }
    // a meeting needs parties, or a time, place or happening that makes it one meeting: "the
    // negotiations must be properly prepared" reports none. A speaker speaks for a side of it
    // ("the Kremlin said such a meeting was not on the agenda").
    if (anyOfVenueType(kept) && !ReportFilter.anchored(tokens)) {
      for (int i = kept.size() - 1; i >= 0; i--) {
        EventMention m = out.get(i);
        EventCandidate k = kept.get(i);
        if (venueTypes.contains(m.type()) && m.source().isEmpty() && m.target().isEmpty()
            && speakers.nearest(clauses.start(k.clause()), clauses.end(k.clause()), k.trigStart()) == null) {
          trace.heldBack(tokens, k.trigStart(), k.trigEnd(), k.type(), "talks with no party, time or place that make them one meeting");
          kept.remove(i);
          out.remove(i);
        }
      }
    }
    // "we met him at the hospital", "a phone call to tell his mother": private life, no talks
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventCandidate k = kept.get(i);
      if (venueTypes.contains(k.type())
          && ReportFilter.privateMeeting(tokens, clauses.start(k.clause()), clauses.end(k.clause()), k.trigStart(), k.trigEnd())) {
        trace.heldBack(tokens, k.trigStart(), k.trigEnd(), k.type(), "a private meeting or call, not talks");
        kept.remove(i);
        out.remove(i);
      }
    }
    // "had earlier said she would not back new tariffs": a stance stated before, no report now
    for (int i = kept.size() - 1; i >= 0; i--) {
      Certainty ct = out.get(i).certainty();
      if ((ct == Certainty.HYPOTHETICAL || ct == Certainty.NEGATED) && ReportFilter.pastStance(tokens, kept.get(i).trigStart())) {
        trace.heldBack(tokens, kept.get(i).trigStart(), kept.get(i).trigEnd(), kept.get(i).type(), "a stance stated before, not a report now");
        kept.remove(i);
        out.remove(i);
      }
    }
    // one weapon's hit inside a counted attack of its type is part of it: "it was hit by one
    // missile, on a night Russia fired 30 missiles"
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventMention m = out.get(i);
      if (m.quantity() <= 1 && ReportFilter.HIT_VERBS.contains(tokens.get(kept.get(i).trigStart()).norm())) {
        for (EventMention o : out) {
          if (o != m && o.type().equals(m.type()) && o.quantity() > 1) {
            trace.heldBack(tokens, kept.get(i).trigStart(), kept.get(i).trigEnd(), m.type(), "one weapon's hit inside a counted attack of its type");
            kept.remove(i);
            out.remove(i);
            break;
          }
        }
      }
    }
    // "is due in Ankara on Friday to discuss the ceasefire": talks named only as the purpose
    // of another act, with no party of their own, are that act's agenda ("to meet Trump" names one)
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventCandidate k = kept.get(i);
      if (venueTypes.contains(k.type()) && out.get(i).target().isEmpty() && purposeOfEarlierAct(kept, k, tokens)) {
        trace.heldBack(tokens, k.trigStart(), k.trigEnd(), k.type(), "the purpose of another act (\"to discuss ...\"), not an act of its own");
        kept.remove(i);
        out.remove(i);
      }
    }
    EventRoles.linkInterceptionsToLaunches(kept, out, tokens);
    EventRoles.agreedByTheParties(kept, out, tokens);
    List<EventMention> answered = EventRoles.answered(kept, out);
    if (trace != EventTrace.NONE) {
      for (int i = 0; i < kept.size(); i++) {
        EventCandidate k = kept.get(i);
        EventPattern p = patterns[k.pattern()];
        if (answersEarlier(kept, i)) {
          trace.heldBack(tokens, k.trigStart(), k.trigEnd(), k.type(), "answers an act named earlier in the sentence, which takes its sides");
        } else {
          trace.reported(tokens, k.trigStart(), k.trigEnd(), k.type(), p.file() + ":" + p.line());
        }
      }
    }
    return answered;
  }

  /** Whether {@link EventRoles#answered} folds this candidate into an earlier one. */
  private static boolean answersEarlier(List<EventCandidate> kept, int i) {
    EventCandidate a = kept.get(i);
    if (!a.anaphoric()) {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (kept.get(j).type().equals(a.type()) && kept.get(j).clause() < a.clause()) {
        return true;
      }
    }
    return false;
  }

  private static void traceDropped(List<EventCandidate> before, List<EventCandidate> after, String rule, List<Token> tokens, EventTrace trace) {
    if (trace == EventTrace.NONE || before.size() == after.size()) {
      return;
    }
    for (EventCandidate b : before) {
      if (!after.contains(b)) {
        trace.heldBack(tokens, b.trigStart(), b.trigEnd(), b.type(), rule);
      }
    }
  }

  /**
   * A count named without a verb ({@code use: tally}: "there were 40 drones", "a total of 58
   * drones") reports an act of its own only when no act of another type has it: in "shot down a
   * total of 50 drones" and "a total of 50 drones were shot down" the count is the interception's.
   */
  private List<EventCandidate> withoutOwnedTallies(List<EventCandidate> candidates) {
    List<EventCandidate> out = new ArrayList<>(candidates.size());
    for (EventCandidate t : candidates) {
      boolean owned = false;
      if (patterns[t.pattern()].tally() && t.hasObject()) {
        for (EventCandidate o : candidates) {
          if (patterns[o.pattern()].tally() || o.type().equals(t.type()) || !o.hasObject()) {
            continue;
          }
          boolean sameObject = o.objStart() < t.objEnd() && t.objStart() < o.objEnd();
          boolean insideVerbPhrase = o.trigEnd() <= t.trigStart() && o.objStart() >= t.trigEnd();
          if (sameObject || insideVerbPhrase) {
            owned = true;
            break;
          }
        }
      }
      if (!owned) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether any mention is of a type held at a venue (the anchoring rule reads the sentence only then). */
  private boolean anyOfVenueType(List<EventCandidate> kept) {
    for (EventCandidate k : kept) {
      if (venueTypes.contains(k.type())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PARTY_WORDS = Set.of("with", "between");

  /** "... to discuss": the trigger is an infinitive after another type's trigger in its clause. */
  private static boolean purposeOfEarlierAct(List<EventCandidate> kept, EventCandidate k, List<Token> tokens) {
    if (k.trigStart() == 0 || !tokens.get(k.trigStart() - 1).norm().equals("to")) {
      return false;
    }
    // "to meet with the Ukrainians" names the other side, even one no actor stands for
    String last = tokens.get(k.trigEnd() - 1).norm();
    String next = k.trigEnd() < tokens.size() ? tokens.get(k.trigEnd()).norm() : "";
    if (PARTY_WORDS.contains(last) || PARTY_WORDS.contains(next)) {
      return false;
    }
    for (EventCandidate o : kept) {
      if (o != k && !o.type().equals(k.type()) && o.clause() == k.clause() && o.trigEnd() < k.trigStart()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "it", "those", "these");

  /** The mentions with spans inside the sentence, ordered by start (callers should pass them so). */
  private static List<ActorMention> usable(List<ActorMention> actors, int n) {
    if (actors == null || actors.isEmpty()) {
      return List.of();
    }
    boolean ok = true;
    int last = -1;
    for (ActorMention a : actors) {
      if (a.start() < 0 || a.end() > n || a.end() <= a.start() || a.start() < last) {
        ok = false;
        break;
      }
      last = a.start();
    }
    if (ok) {
      return actors;
    }
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : actors) {
      if (a.start() >= 0 && a.end() <= n && a.end() > a.start()) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingInt(ActorMention::start));
    return out;
  }


  private EventMention mention(
      EventCandidate k,
      List<Token> tokens,
      List<ActorMention> actors,
      Speakers speakers,
      Asides asides,
      Clauses clauses,
      List<TermIndex.Hit<CertaintyReader.Kind>> cueHits,
      int[] triggerStarts,
      List<TermIndex.Hit<Integer>> trigHits) {
    int cs = clauses.start(k.clause());
    int ce = clauses.end(k.clause());
    int phraseStart = -1;
    if (k.hasObject()) {
      boolean objAfter = k.objStart() >= k.trigEnd();
      int from = objAfter ? Math.max(cs, k.trigEnd()) : cs;
      phraseStart = QuantityReader.phraseStart(tokens, k.objStart(), from);
    }
    // at a venue, not with it: "talks in Belarus", "prepared to meet in Saudi Arabia"
    List<ActorMention> parties = venueTypes.contains(k.type()) ? EventRoles.withoutVenues(tokens, actors) : actors;
    EventRoles.Roles roles =
        patterns[k.pattern()].subjectIsTarget()
            ? EventRoles.requestRoles(k, parties, speakers, asides, cs)
            : EventRoles.roles(k, tokens, parties, speakers, asides, cs, ce, phraseStart, triggerStarts);
    if (roles.target() == null && !EventRoles.ownerIsTarget(k.type())) {
      ActorMention on = attackedIn(k, tokens, actors, trigHits, ce);
      if (on != null && on != roles.source()) {
        roles = new EventRoles.Roles(roles.source(), on);
      }
    }
    // a speaker is no participant, under whichever of its names it appears in the clause
    Set<String> speaking = new java.util.HashSet<>();
    for (ActorMention a : actors) {
      if (a.start() >= cs && a.start() < ce && speakers.contains(a) && asides.sameScope(a.start(), k.trigStart())) {
        speaking.add(a.actor());
      }
    }
    if (roles.source() != null) {
      speaking.remove(roles.source().actor());
    }
    if (roles.target() != null) {
      speaking.remove(roles.target().actor());
    }
    Set<String> names = new LinkedHashSet<>();
    for (ActorMention a : actors) {
      boolean inScope = a.start() >= cs && a.start() < ce && asides.sameScope(a.start(), k.trigStart());
      if ((inScope && !speaking.contains(a.actor())) || a == roles.source() || a == roles.target()) {
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
    String source = roles.source() == null ? "" : roles.source().actor();
    String target = roles.target() == null ? "" : roles.target().actor();
    if (source.equals(target)) {
      target = "";
    }
    return new EventMention(k.type(), trigger.toString(), List.copyOf(names), source, target, k.quantity(), cert);
  }


  /**
   * Another word of the event's type later in its clause that names what it is on: "launched 67
   * missiles ... in its largest attack on Ukraine's energy system" (target Ukraine).
   */
  private ActorMention attackedIn(
      EventCandidate k, List<Token> tokens, List<ActorMention> actors, List<TermIndex.Hit<Integer>> trigHits, int ce) {
    for (TermIndex.Hit<Integer> h : trigHits) {
      if (h.start() < k.trigEnd() || h.end() + 1 >= ce || !patterns[h.value()].type().equals(k.type())) {
        continue;
      }
      String prep = tokens.get(h.end()).norm();
      if (!prep.equals("on") && !prep.equals("against")) {
        continue;
      }
      int first = tokens.get(h.end() + 1).norm().equals("the") ? h.end() + 2 : h.end() + 1;
      for (ActorMention a : actors) {
        if (a.start() == first && a.end() <= ce) {
          return a;
        }
      }
    }
    return null;
  }

}
