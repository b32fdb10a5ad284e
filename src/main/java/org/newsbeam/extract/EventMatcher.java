package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * <h2>One mention per event</h2>
 *
 * Patterns of one type whose triggers overlap give one mention; two triggers of one type on the
 * same object give one ("intercepted and destroyed 40 drones"); a pattern whose object is another
 * pattern's trigger merges with it ("air defence ... destroyed 34 missiles"); and a trigger without
 * an object merges into another mention of its type in the same clause ("a drone attack ...
 * firing 40 drones"). Of merged candidates the one with a quantity wins, then one with an object,
 * then the longer of two overlapping triggers, then the first. Triggers in different relative
 * asides are never merged, nor two triggers with a subordinator or a reporting verb between them
 * ("met Trump ..., three days after the summit with Putin": two talks). A trigger noun that is the
 * predicate of "it was the ..." ("It was the largest drone attack on the capital") describes an act
 * reported before and gives no mention; nor does a skill ("experience of shooting down drones") or
 * a trigger noun after "any" ("before any summit"), unless the clause denies it ("was not invited
 * to any talks": negated). Coordinated objects of one trigger that each carry their own number are
 * separate mentions ("destroyed 34 missiles and 100 drones": two interceptions, 34 and 100), as
 * are different types on one trigger ("fired 112 drones and four cruise missiles": a drone strike
 * of 112 and a missile strike of 4). An "including" share is never a mention of its own.
 *
 * <h2>Quantity</h2>
 *
 * See {@link QuantityReader}: the number bound to the object ("40 of 58 drones" gives 40; "45 of
 * the 62 drones launched by Russia" gives 62 to the launch), else the elided subject or object
 * number, else -1. A bare passive subject right before the trigger outranks an object named
 * earlier ("Of the 58 drones, 40 were shot down" gives 40). "a"/"an" counts 1 only in a list of
 * counted objects ("85 drones and a ballistic missile"); "a drone hit a block" gives -1. A trigger
 * in a relative aside about objects named before it counts only the aside's own number ("300
 * drones ..., most of which were intercepted" gives -1; ", 30 of which were intercepted" gives 30).
 * A mention still without a number takes the first number of a count-only pattern of its type in
 * its clause ({@link EventPattern#countOnly()}: "its drones had hit 41 aircraft", "sanctions on 100
 * further vessels", "with 189 Ukrainians returning home and 150 ... handed back" gives 189); a
 * number after "the" ("on the two companies") refers back and is not read there.
 *
 * <h2>Actors and roles</h2>
 *
 * <em>Speakers</em> are actors that only report: the subject of a reporting verb ("Ukraine's air
 * force said", "Zelensky confirmed that"), ", said X", and "according to X". {@code actors} are
 * the canonical names of the other actor mentions in the event's clause, plus the source and
 * target, in order of appearance, without repeats; relative asides are scoped apart (see {@link
 * Asides}). So in "Russia launched 472 drones at Ukraine, Ukraine's air force said" the actors are
 * Russia and Ukraine.
 *
 * <p>The <em>owner</em> is an actor mention in the object's phrase, directly before the object or
 * right after it with "from" ("40 Russian drones", "Russia's drones", "soldiers from North
 * Korea"). For interception types (type id containing "intercept") the owner is on the receiving
 * end: "Ukraine's air force shot down 40 Russian drones" has source Ukrainian military, target
 * Russian military. For every other type the object is the source's instrument ("Ukrainian drones
 * struck...", "11,000 soldiers from North Korea have been deployed to Russia"), so the owner is
 * the source when nothing else is. An object that is itself an actor, after "on", "against", "at"
 * or "to", is the target ("tariffs on Russia"). Then:
 *
 * <ul>
 *   <li>active voice: source = the nearest actor before the trigger (for an object in subject
 *       position, its owner first: "Russian drones struck Kyiv"); target = the owner (interception,
 *       object after the trigger), else the first actor after the trigger and before the next
 *       punctuation mark or the next event's trigger ("Zelensky spoke with Macron"; in "shot down
 *       40 drones, the air force said" the speaker is not the target);
 *   <li>passive voice (an auxiliary before the trigger, or "by" right after it): source = the actor
 *       after "by" ("were downed by Ukrainian air defence"); target = the owner of an object before
 *       the trigger (interception), else an actor right before the auxiliary ("Kyiv was struck"),
 *       else the first actor after the trigger ("deployed to Russia");
 *   <li>a pronoun subject refers to the speaker: "Ukraine's air force said it shot down 40",
 *       "Ukraine said its drones had hit a refinery"; and an interception with no interceptor
 *       named is the speaker's own ("Russia's defence ministry said 30 drones were intercepted",
 *       "the Ukrainian military said air defences destroyed 45 drones");
 *   <li>coordinated subject "X and Y held talks": source X, target Y (when nothing else is the
 *       target); "talks between X and Y": source X, target Y as well;
 *   <li>in a relative clause the antecedent fills the empty role: "Zelensky, who met Trump"
 *       (source), "Zelensky, whom Kellogg met" (target);
 *   <li>an interception with no target takes the source of a launch of the same kind of weapon in
 *       the sentence: "Russia launched 90 drones; 70 were downed" has target Russia;
 *   <li>what a speaker reports starts after its verb: in "Russia fired 41 drones at Ukraine, and
 *       Ukraine's air force said it shot down 34" Ukraine is no subject of the interception;
 *   <li>a speaker whose reporting verb is the act itself is its source: "Britain announced
 *       sanctions on ...", "the US president announced $2bn in weapons for Ukraine";
 *   <li>"talks with X" reported by a speaker: the speaker is the other party;
 *   <li>"negotiations between X and Y" right after the trigger: source X, target Y, whoever else
 *       is the subject ("Erdogan offered Istanbul as a venue for ...");
 *   <li>"A invited B to visit ...", "invited B to Moscow": B is the visitor (source), A the host
 *       (target; the speaker when A is not named right before the verb);
 *   <li>a list of three or more subjects ("A, B, C and D joined them") names no source;
 *   <li>a planned passive with no agent reported by a speaker is the speaker's own plan: "the
 *       defence minister said new units would be sent" (source the minister);
 *   <li>an act "agreed to" / "with agreement to" that names no parties takes those of an earlier
 *       mention in the sentence that names both ("talks between Russia and Ukraine ended ...,
 *       with agreement to exchange 1,200 prisoners");
 *   <li>for a type whose places are venues ({@link org.newsbeam.study.EventType#placeIsVenue()}),
 *       an actor right after "in" is where it happens, no party ("talks in Belarus");
 *   <li>a strike with no target takes the actor after "on"/"against" that follows another word
 *       of its type later in the clause ("launched 67 missiles ... in its largest attack on
 *       Ukraine's energy system"); a possessive owner of the object is not what the act is on
 *       ("tariffs on Russia's trading partners");
 *   <li>an actor opening a trigger without object owns what it names: "NATO troops" (source);
 *   <li>a request pattern ({@link EventPattern#subjectIsTarget()}): the asker is the target, with
 *       no source ("Kyiv asked Berlin for more air defence systems"); a later clause whose trigger
 *       takes a pronoun for the requested objects answers it, as one event with the answer's source
 *       and certainty ("..., but Trump has not agreed to send them": negated, source Trump).
 * </ul>
 *
 * "Before the trigger" never reaches back past a subordinator ("if", "after", "when", "because"
 * ...) between the actor and the trigger: in "Russia could strike again if talks fail" Russia is
 * no party to the talks. Source and target are "" when the sentence does not show them, and never
 * the same actor.
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

  /** Whether the object of this event type belongs to the target (interceptions). */
  static boolean ownerIsTarget(String type) {
    return type.toLowerCase(Locale.ROOT).contains("intercept");
  }

  /** A pattern firing before merging. obj* are -1 without an object phrase. */
  private record Candidate(
      int pattern,
      String type,
      int trigStart,
      int trigEnd,
      int objStart,
      int objEnd,
      int clause,
      long quantity,
      boolean elided,
      boolean anaphoric) {
    Candidate(int pattern, String type, int trigStart, int trigEnd, int objStart, int objEnd, int clause, long quantity, boolean elided) {
      this(pattern, type, trigStart, trigEnd, objStart, objEnd, clause, quantity, elided, false);
    }

    boolean hasObject() {
      return objStart >= 0;
    }

    int rank() {
      return (quantity >= 0 ? 4 : 0) + (hasObject() ? 2 : 0) + (elided ? 1 : 0);
    }

    boolean triggerOverlaps(Candidate o) {
      return trigStart < o.trigEnd && o.trigStart < trigEnd;
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
    actors = usable(actors, tokens.size());
    Asides asides = Asides.find(tokens);
    Clauses clauses = Clauses.split(tokens, actors, asides);
    List<TermIndex.Hit<Integer>> objHits = objects.scan(tokens);
    ObjectPhrases phrases = ObjectPhrases.of(tokens, objHits, clauses);
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> counts = new ArrayList<>();
    for (TermIndex.Hit<Integer> th : trigHits) {
      int pid = th.value();
      EventPattern p = patterns[pid];
      int c = clauses.clauseOf(th.start());
      int ts = th.start();
      int te = th.end();
      if (genericGerund(tokens, ts)) {
        continue; // "Ukraine's experience of shooting down drones": a skill, not an act
      }
      if (p.countOnly()) {
        ObjectPhrases.Phrase obj = phrases.nearest(pid, ts, te, c, Math.max(0, p.window()));
        if (obj != null && asides.of(obj.start()) == asides.of(ts) && !separated(tokens, ts, te, obj)) {
          Candidate n = withObject(pid, p.type(), ts, te, obj, c, tokens, clauses, phrases);
          if (n.quantity() >= 0 && !definiteCount(tokens, obj, obj.start() >= te ? Math.max(clauses.start(c), te) : clauses.start(c))) {
            counts.add(n);
          }
        }
        continue;
      }
      if (p.objects().isEmpty()) {
        if (describesBack(tokens, clauses.start(c), ts)) {
          continue; // "It was the largest drone attack on the capital": said of an act reported before
        }
        candidates.add(new Candidate(pid, p.type(), ts, te, -1, -1, c, QuantityReader.NONE, false));
        continue;
      }
      ObjectPhrases.Phrase best = phrases.nearest(pid, ts, te, c, Math.max(0, p.window()));
      if (best != null && asides.of(best.start()) != asides.of(ts) && asides.of(ts) >= 0) {
        // the trigger stands in an aside about objects named before it: "launched 300 drones,
        // most of which were intercepted" reports no number of its own for the interception
        long n = QuantityReader.elidedSubject(tokens, Math.max(clauses.start(c), asides.start(asides.of(ts))), ts);
        candidates.add(new Candidate(pid, p.type(), ts, te, best.start(), best.end(), c, n, false));
        continue;
      }
      if (best != null && best.end() == ts && describesBack(tokens, clauses.start(c), best.start())) {
        continue; // "It was the largest drone attack": object and trigger make one noun phrase
      }
      if (best != null) {
        candidates.add(withObject(pid, p.type(), ts, te, best, c, tokens, clauses, phrases));
        // coordinated objects with numbers of their own: "destroyed 34 missiles and 100 drones"
        for (ObjectPhrases.Phrase more : phrases.coordinated(best, best.start() >= te)) {
          if (!more.patterns().get(pid)) {
            continue;
          }
          Candidate extra =
              withObject(pid, p.type(), ts, te, ObjectPhrases.forPattern(more, pid), c, tokens, clauses, phrases);
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
      if (n != QuantityReader.NONE && objectEarlier(pid, ts, objHits)) {
        candidates.add(new Candidate(pid, p.type(), ts, te, -1, -1, c, n, true));
      } else if (te < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(te).norm()) && objectEarlier(pid, ts, objHits)
          && clauses.start(c) > 0) {
        // "..., but Trump has not agreed to send them": the objects of an earlier clause
        candidates.add(new Candidate(pid, p.type(), ts, te, -1, -1, c, QuantityReader.NONE, false, true));
      }
    }
    List<Candidate> kept = merge(candidates, asides, tokens);
    if (!counts.isEmpty()) {
      giveCounts(kept, counts, asides);
    }
    List<TermIndex.Hit<CertaintyReader.Kind>> cueHits = certainty.scan(tokens);
    Speakers speakers = Speakers.find(tokens, actors, asides);
    int[] triggerStarts = kept.stream().mapToInt(Candidate::trigStart).toArray();
    List<EventMention> out = new ArrayList<>(kept.size());
    for (Candidate k : kept) {
      out.add(mention(k, tokens, actors, speakers, asides, clauses, cueHits, triggerStarts, trigHits));
    }
    // "before any summit": no particular act, unless the sentence denies there is one ("was not
    // invited to any talks")
    for (int i = kept.size() - 1; i >= 0; i--) {
      Candidate k = kept.get(i);
      if (!k.hasObject() && anyBefore(tokens, clauses.start(k.clause()), k.trigStart())
          && out.get(i).certainty() != Certainty.NEGATED) {
        kept.remove(i);
        out.remove(i);
      }
    }
    linkInterceptionsToLaunches(kept, out, tokens);
    agreedByTheParties(kept, out, tokens);
    return answered(kept, out);
  }

  private static final Set<String> SKILLS =
      Set.of("experience", "expertise", "ability", "abilities", "capability", "capabilities", "capacity", "skill",
          "skills", "know-how", "lessons", "art", "practice", "training");

  /** A trigger "-ing" after "experience of" / "skills in": a skill or practice, not an act. */
  private static boolean genericGerund(List<Token> tokens, int ts) {
    if (ts < 2 || !tokens.get(ts).norm().endsWith("ing")) {
      return false;
    }
    String prep = tokens.get(ts - 1).norm();
    return (prep.equals("of") || prep.equals("in")) && SKILLS.contains(tokens.get(ts - 2).norm());
  }

  /** "any" right before the trigger, or before one word that is not punctuation. */
  private static boolean anyBefore(List<Token> tokens, int cs, int ts) {
    for (int i = ts - 1; i >= Math.max(cs, ts - 2); i--) {
      if (tokens.get(i).norm().equals("any")) {
        return true;
      }
      if (tokens.get(i).isPunct()) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "it", "those", "these");

  /**
   * A trigger whose object is a pronoun for objects of an earlier clause ("Ukraine had asked
   * Washington for Tomahawk missiles, but Trump has not agreed to send them") answers the earlier
   * mention of its type: one event, with the answer's source (when it names one) and certainty,
   * and the earlier mention's target and count. Without an earlier mention of its type it stands
   * on its own ("Germany has Taurus missiles but will not send them").
   */
  private static List<EventMention> answered(List<Candidate> kept, List<EventMention> out) {
    List<EventMention> result = out;
    for (int i = kept.size() - 1; i >= 0; i--) {
      Candidate a = kept.get(i);
      if (!a.anaphoric()) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate e = kept.get(j);
        if (!e.type().equals(a.type()) || e.clause() >= a.clause()) {
          continue;
        }
        if (result == out) {
          result = new ArrayList<>(out);
        }
        EventMention earlier = result.get(j);
        EventMention answer = result.get(i);
        String source = answer.source().isEmpty() ? earlier.source() : answer.source();
        String target = earlier.target().isEmpty() ? answer.target() : earlier.target();
        if (source.equals(target)) {
          target = "";
        }
        List<String> names = new ArrayList<>(earlier.actors());
        for (String n : answer.actors()) {
          if (!names.contains(n)) {
            names.add(n);
          }
        }
        result.set(j, new EventMention(earlier.type(), earlier.trigger(), names, source, target, earlier.quantity(), answer.certainty()));
        result.remove(i);
        break;
      }
    }
    return result;
  }

  /**
   * Count-only patterns lend their number to a mention of their type in the same clause (and
   * relative aside) that has none: "its drones had hit 41 aircraft" (a strike of 41), "more than
   * 300 soldiers had infiltrated the town", "adopted sanctions ..., listing 200 more tankers". The
   * first count in the sentence wins, so in an uneven exchange ("with 189 Ukrainians returning
   * home and 150 Russian soldiers handed back") the first side's count is the exchange's. The
   * mention keeps its own trigger and object, so roles and certainty do not change.
   */
  private static void giveCounts(List<Candidate> kept, List<Candidate> counts, Asides asides) {
    counts.sort(
        Comparator.comparingInt((Candidate c) -> Math.min(c.objStart(), c.trigStart()))
            .thenComparingInt(Candidate::trigStart));
    for (Candidate n : counts) {
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (int i = 0; i < kept.size(); i++) {
        Candidate k = kept.get(i);
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
        Candidate k = kept.get(best);
        kept.set(
            best,
            new Candidate(k.pattern(), k.type(), k.trigStart(), k.trigEnd(), k.objStart(), k.objEnd(),
                k.clause(), n.quantity(), k.elided()));
      }
    }
  }

  private static final Set<String> BACK_SUBJECTS = Set.of("it", "this", "that");
  private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "remains", "remained", "became");
  private static final Set<String> BACK_DETERMINERS = Set.of("the", "a", "an", "its", "their");
  private static final Set<String> BACK_OPENERS = Set.of("said", "says", "added", "that", "and", "but");
  private static final Set<String> NOT_DESCRIBING =
      Set.of("time", "day", "night", "week", "year", "moment", "reason", "place", "one", "way", "since", "after", "when");

  /**
   * Whether a trigger noun is the predicate of "it was the ...", "this is the ...": the sentence
   * describes an act reported before ("It was the largest drone attack on the capital since
   * 2022"), it does not report a new one. The subject opens the clause or follows a comma, "said",
   * "that", "and" or "but"; only lower-case words stand between the determiner and the trigger.
   */
  private static boolean describesBack(List<Token> tokens, int cs, int ts) {
    for (int j = ts - 3; j >= Math.max(cs, ts - 7); j--) {
      if (!BACK_SUBJECTS.contains(tokens.get(j).norm())
          || !COPULAS.contains(tokens.get(j + 1).norm())
          || !BACK_DETERMINERS.contains(tokens.get(j + 2).norm())) {
        continue;
      }
      if (j > cs && !tokens.get(j - 1).isPunct() && !BACK_OPENERS.contains(tokens.get(j - 1).norm())) {
        return false;
      }
      for (int i = j + 3; i < ts; i++) {
        Token t = tokens.get(i);
        // "it was the first time Russia launched ...": a clause of its own follows
        if (t.isPunct() || t.shape() != Token.Shape.LOWER || NOT_DESCRIBING.contains(t.norm())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * "the two companies": a count after "the" names things already reported, so it is no count of
   * its own for a count-only pattern ("would impose sanctions on the two companies").
   */
  private static boolean definiteCount(List<Token> tokens, ObjectPhrases.Phrase obj, int from) {
    int ps = QuantityReader.phraseStart(tokens, obj.start(), from);
    // "two of the largest banks" is a part, not a reference back
    return ps - 1 >= 0 && tokens.get(ps - 1).norm().equals("the") && !(ps - 2 >= 0 && tokens.get(ps - 2).norm().equals("of"));
  }

  /**
   * An interception whose weapons have no owner in its own clause targets whoever launched them
   * in the sentence: "Russia launched 90 drones overnight; 70 were downed", "destroyed 45 of the
   * 62 drones launched by Russia" (target Russia). The launch is a mention of another type with a
   * source and an object of the same kind (same first five letters: "drone"/"drones"), the
   * nearest before the interception, else the nearest after it; an interception without an object
   * takes the nearest launch before it.
   */
  private static void linkInterceptionsToLaunches(List<Candidate> kept, List<EventMention> out, List<Token> tokens) {
    for (int i = 0; i < out.size(); i++) {
      EventMention m = out.get(i);
      Candidate k = kept.get(i);
      if (!ownerIsTarget(m.type()) || !m.target().isEmpty()) {
        continue;
      }
      for (int step = 1; step < 2 * out.size(); step++) {
        // i-1, i-2, ... first, then i+1, i+2, ...
        int j = step < i + 1 ? i - step : step;
        if (j < 0 || j >= out.size() || j == i) {
          continue;
        }
        EventMention launch = out.get(j);
        Candidate l = kept.get(j);
        if (ownerIsTarget(launch.type()) || launch.source().isEmpty() || !l.hasObject()
            || launch.source().equals(m.source())) {
          continue;
        }
        if (k.hasObject() ? !sameKind(tokens, k, l) : l.trigStart() >= k.trigStart()) {
          continue;
        }
        List<String> names = new ArrayList<>(m.actors());
        if (!names.contains(launch.source())) {
          names.add(launch.source());
        }
        out.set(i, new EventMention(m.type(), m.trigger(), names, m.source(), launch.source(), m.quantity(), m.certainty()));
        break;
      }
    }
  }

  private static final Set<String> AGREED = Set.of("agreed", "agree", "agreeing", "agreement", "agreements", "deal");

  /**
   * An act the sentence says was agreed ("agreed to exchange", "with agreement to exchange") and
   * that names no parties of its own is agreed by the parties of an earlier mention in the
   * sentence that names both: "talks between Russia and Ukraine ended ..., with agreement to
   * exchange 1,200 more prisoners" (an exchange between Russia and Ukraine).
   */
  private static void agreedByTheParties(List<Candidate> kept, List<EventMention> out, List<Token> tokens) {
    for (int i = 0; i < out.size(); i++) {
      EventMention m = out.get(i);
      int ts = kept.get(i).trigStart();
      if (!m.source().isEmpty() || !m.target().isEmpty() || ts < 2
          || !tokens.get(ts - 1).norm().equals("to") || !AGREED.contains(tokens.get(ts - 2).norm())) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        EventMention p = out.get(j);
        if (!p.source().isEmpty() && !p.target().isEmpty()) {
          List<String> names = new ArrayList<>(m.actors());
          for (String n : List.of(p.source(), p.target())) {
            if (!names.contains(n)) {
              names.add(n);
            }
          }
          out.set(i, new EventMention(m.type(), m.trigger(), names, p.source(), p.target(), m.quantity(), m.certainty()));
          break;
        }
      }
    }
  }

  private static boolean sameKind(List<Token> tokens, Candidate a, Candidate b) {
    String x = tokens.get(a.objEnd() - 1).norm();
    String y = tokens.get(b.objEnd() - 1).norm();
    int n = Math.min(5, Math.min(x.length(), y.length()));
    return n > 0 && x.regionMatches(0, y, 0, n);
  }

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

  private static Candidate withObject(
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
      wholeSet = obj.end() == ts && !isPassiveAux(tokens, ts, cs);
    }
    if (quantity == QuantityReader.NONE) {
      quantity = QuantityReader.forObject(tokens, obj.start(), from, wholeSet);
    }
    if (quantity == QuantityReader.NONE && singularInCountedList(tokens, obj, from, cs, phrases)) {
      quantity = 1;
    }
    return new Candidate(pid, type, ts, te, obj.start(), obj.end(), clause, quantity, false);
  }

  /**
   * "a ballistic missile" counts 1 in a list of counted objects ("85 drones and a ballistic
   * missile"); on its own ("a drone hit a block") the article gives no number.
   */
  private static boolean singularInCountedList(
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

  private static boolean objectEarlier(int pid, int ts, List<TermIndex.Hit<Integer>> objHits) {
    for (TermIndex.Hit<Integer> oh : objHits) {
      if (oh.value() == pid && oh.end() <= ts) {
        return true;
      }
    }
    return false;
  }

  /** Whether two candidates of one type report the same event (see the class comment). */
  private static boolean sameEvent(Candidate a, Candidate b, List<Token> tokens) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    boolean sameObject = a.hasObject() && b.hasObject() && a.objStart() == b.objStart();
    if (sameObject) {
      return true;
    }
    if (a.triggerOverlaps(b)) {
      // one trigger: separate only when bound to different objects
      return !(a.hasObject() && b.hasObject());
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
  private static boolean separated(List<Token> tokens, int ts, int te, ObjectPhrases.Phrase obj) {
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
  private static final Set<String> APART =
      Set.of(
          "after", "before", "since", "until", "when", "whereas", "because", "although", "said",
          "says", "told", "added", "announced", "confirmed", "reported");

  /**
   * Whether a subordinator or a reporting verb stands between two triggers: "met Trump ..., three
   * days after the US president's summit with Putin" and "broke off the talks to phone Putin, and
   * afterwards said he had begun arranging a meeting" each report two acts.
   */
  private static boolean apart(List<Token> tokens, Candidate a, Candidate b) {
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

  private List<Candidate> merge(List<Candidate> candidates, Asides asides, List<Token> tokens) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::trigStart)
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.trigEnd() - c.trigStart()).reversed())
            .thenComparingInt(Candidate::pattern)
            .thenComparingInt(Candidate::objStart));
    List<Candidate> kept = new ArrayList<>();
    // candidates of different clauses never merge: compare within a clause only
    Map<Integer, List<Integer>> byClause = new HashMap<>();
    for (Candidate c : sorted) {
      List<Integer> same = byClause.computeIfAbsent(c.clause(), x -> new ArrayList<>());
      int clash = -1;
      for (int k : same) {
        Candidate o = kept.get(k);
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
        Candidate o = kept.get(clash);
        boolean better =
            c.rank() > o.rank()
                || (c.rank() == o.rank()
                    && c.triggerOverlaps(o)
                    && c.trigEnd() - c.trigStart() > o.trigEnd() - o.trigStart());
        if (better) {
          kept.set(clash, c);
        }
      }
    }
    kept.sort(
        Comparator.comparingInt(Candidate::trigStart)
            .thenComparingInt(c -> typeOrder.getOrDefault(c.type(), Integer.MAX_VALUE))
            .thenComparingInt(Candidate::objStart));
    return kept;
  }

  private EventMention mention(
      Candidate k,
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
    List<ActorMention> parties = venueTypes.contains(k.type()) ? withoutVenues(tokens, actors) : actors;
    Roles roles =
        patterns[k.pattern()].subjectIsTarget()
            ? requestRoles(k, parties, speakers, asides, cs)
            : roles(k, tokens, parties, speakers, asides, cs, ce, phraseStart, triggerStarts);
    if (roles.target() == null && !ownerIsTarget(k.type())) {
      ActorMention on = attackedIn(k, tokens, actors, trigHits, ce);
      if (on != null && on != roles.source()) {
        roles = new Roles(roles.source(), on);
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

  private record Roles(ActorMention source, ActorMention target) {}

  /** The actors not named as a place: not right after "in" or "in the". */
  private static List<ActorMention> withoutVenues(List<Token> tokens, List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>(actors.size());
    for (ActorMention a : actors) {
      int p = a.start() - 1;
      if (p >= 0 && tokens.get(p).norm().equals("the")) {
        p--;
      }
      if (p < 0 || !tokens.get(p).norm().equals("in")) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Another word of the event's type later in its clause that names what it is on: "launched 67
   * missiles ... in its largest attack on Ukraine's energy system" (target Ukraine).
   */
  private ActorMention attackedIn(
      Candidate k, List<Token> tokens, List<ActorMention> actors, List<TermIndex.Hit<Integer>> trigHits, int ce) {
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

  /**
   * A request ({@code subject: target}): the actor nearest before the trigger and its object is
   * the one who asks and would receive; the one asked has given nothing yet, so there is no
   * source ("Kyiv asked Berlin for more air defence systems": target Kyiv).
   */
  private static Roles requestRoles(
      Candidate k, List<ActorMention> actors, Speakers speakers, Asides asides, int cs) {
    int head = k.hasObject() ? Math.min(k.objStart(), k.trigStart()) : k.trigStart();
    ActorMention asker = null;
    for (ActorMention a : actors) {
      if (a.start() >= cs && a.end() <= head && !speakers.contains(a) && asides.sameScope(a.start(), k.trigStart())) {
        asker = a;
      }
    }
    return new Roles(null, asker);
  }

  private static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get", "gets");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "if", "after", "when", "because", "unless", "until", "before", "whether", "although",
          "though", "while", "whereas", "once", "since");
  private static final Set<String> PASSIVE_GLUE =
      Set.of("have", "has", "had", "will", "would", "could", "may", "might", "also", "all", "later", "not");
  private static final Set<String> TOWARDS =
      Set.of("on", "against", "at", "to", "toward", "towards", "into", "onto");
  private static final Set<String> SPEAKER_PRONOUNS =
      Set.of("it", "they", "we", "its", "their", "our", "he", "she", "his", "her");

  private static Roles roles(
      Candidate k,
      List<Token> tokens,
      List<ActorMention> actors,
      Speakers speakers,
      Asides asides,
      int cs,
      int ce,
      int phraseStart,
      int[] triggerStarts) {
    int ts = k.trigStart();
    int te = k.trigEnd();
    boolean objBefore = k.hasObject() && k.objStart() < ts;
    boolean ownerIsTarget = ownerIsTarget(k.type());
    ActorMention owner = k.hasObject() ? owner(tokens, actors, speakers, k, phraseStart, cs, ce) : null;
    // an object that is itself an actor after "on"/"against"/"at"/"to" is the one acted upon:
    // "tariffs on Russia", "invited ... to the White House"
    ActorMention objectTarget = null;
    int beforeObject = owner == null ? -1 : Math.min(phraseStart, owner.start()) - 1;
    if (owner != null && owner.start() - 1 >= cs && TOWARDS.contains(prepositionBefore(tokens, owner.start(), cs))) {
      beforeObject = owner.start() - 1;
    }
    // a possessive before the object owns it and is not itself acted upon: "tariffs on Russia's
    // trading partners" are not on Russia
    boolean possessiveOwner = owner != null && owner.end() < k.objEnd() && tokens.get(owner.end() - 1).possessive();
    if (owner != null
        && !possessiveOwner
        && owner.start() < k.objEnd()
        && owner.end() > k.objStart()
        && beforeObject >= cs
        && TOWARDS.contains(prepositionBefore(tokens, beforeObject + 1, cs))) {
      objectTarget = owner;
      owner = null;
    }
    boolean passive = isPassive(tokens, ts, te, cs);
    ActorMention agent = passive ? agentAfter(tokens, actors, te, ce) : null;
    // an actor before a subordinator does not act in it: in "Russia could strike again if talks
    // fail" Russia is not a party to the talks
    int subordinator = cs - 1;
    for (int i = ts - 1; i >= cs; i--) {
      if (SUBORDINATORS.contains(tokens.get(i).norm())) {
        subordinator = i;
        break;
      }
    }
    // what a speaker reports starts after its verb: "Russia fired 41 drones at Ukraine, and
    // Ukraine's air force said it shot down 34" (Ukraine is no subject of the interception)
    int reported = Math.max(subordinator, speakers.lastVerbBefore(tokens, cs, ts));
    // the trigger's phrase ends at the next punctuation: what follows a comma is often the speaker
    // ("shot down 40 drones, the air force said"), not the one the act is done to
    int phraseEnd = te;
    while (phraseEnd < ce && !isPhraseBreak(tokens.get(phraseEnd))) {
      phraseEnd++;
    }
    // nor past another event's trigger: in "travel to Istanbul for talks with Russia" Russia is
    // the party to the talks, not the visit's host
    for (int t : triggerStarts) {
      if (t >= te && t < phraseEnd) {
        phraseEnd = t;
      }
    }
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention a : actors) {
      if (a.start() < cs || a.end() > ce || a == owner || a == agent || a == objectTarget || speakers.contains(a)) {
        continue;
      }
      if (!asides.sameScope(a.start(), ts)) {
        continue;
      }
      if (a.start() < te && a.end() > ts) {
        continue; // the trigger's own words
      }
      if (a.end() <= ts && a.start() > reported) {
        before = a;
      } else if (a.start() >= te && a.start() < phraseEnd && after == null) {
        after = a;
      }
    }
    ActorMention source;
    ActorMention target;
    if (passive) {
      // the passive subject stands right before its auxiliary ("Kyiv was struck"); an actor
      // further back is a speaker or another party ("which Ukraine says were all shot down")
      ActorMention subject = before != null && onlyAuxiliaries(tokens, before.end(), ts) ? before : null;
      if (ownerIsTarget) {
        source = agent;
        target = objBefore && owner != null ? owner : subject;
      } else {
        source = agent != null ? agent : owner;
        target = subject != null ? subject : after;
      }
    } else if (objBefore) {
      source = owner != null ? owner : before;
      target = after;
    } else {
      source = before;
      if (ownerIsTarget) {
        target = owner != null ? owner : after;
      } else {
        target = after;
        if (source == null) {
          source = owner;
        }
      }
    }
    if (objectTarget != null) {
      target = objectTarget;
    }
    // "X and Y held talks"; a longer list ("A, B, C and D joined them") names a group, with no
    // one in it leading
    if (!passive && source != null && source == before) {
      ActorMention prev = coordinatedBefore(tokens, actors, before, cs);
      if (prev != null && listedBefore(tokens, actors, prev, cs)) {
        source = null;
      } else if (prev != null) {
        if (target == null) {
          target = before;
        }
        source = prev;
      }
    }
    // an actor that opens the trigger's own words owns what they name: "NATO troops"
    if (!ownerIsTarget && !k.hasObject()) {
      for (ActorMention a : actors) {
        if (a.start() == ts && a.end() < te) {
          source = a;
        }
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
    // "negotiations between X and Y": the parties, whoever offers to host them
    int btw = tokens.get(te - 1).norm().equals("between") ? te - 1 : te; // "meeting between" is a trigger
    if (btw < ce && tokens.get(btw).norm().equals("between")) {
      int first = btw + 1 < ce && tokens.get(btw + 1).norm().equals("the") ? btw + 2 : btw + 1;
      for (ActorMention a : actors) {
        if (a.start() == first && a.end() <= ce) {
          ActorMention next = coordinatedAfter(tokens, actors, a, ce);
          if (next != null) {
            source = a;
            target = next;
          }
          break;
        }
      }
    }
    // "Putin invited Trump to visit Moscow", "invited Trump to Moscow": the one invited is the
    // visitor, the one inviting the host
    Roles invited = invitation(tokens, actors, speakers, cs, ts);
    if (invited != null) {
      source = invited.source();
      if (invited.target() != null) {
        target = invited.target();
      }
    }
    // "Zelensky, who met Trump"; "Zelensky, whom Kellogg met"
    int rel = relativeBefore(tokens, cs, ts);
    if (rel >= 0) {
      ActorMention antecedent = endingAt(actors, rel, cs);
      if (antecedent != null && antecedent != source && antecedent != target) {
        if (tokens.get(rel + 1).norm().equals("whom")) {
          if (target == null) {
            target = antecedent;
          }
        } else if (source == null) {
          source = antecedent;
        }
      }
    }
    // a speaker whose reporting verb is the act itself: "Britain announced sanctions on ..."
    if (source == null) {
      ActorMention announcer = speakers.withVerb(ts);
      if (announcer != null && announcer.start() >= cs && announcer != target) {
        source = announcer;
      }
    }
    // talks "with X" reported by a speaker: the speaker is the other party ("Dmitriev said talks
    // with the United States were continuing")
    if (source == null && target != null && tokens.get(te - 1).norm().equals("with")) {
      ActorMention speaker = speakers.nearest(cs, ce, ts);
      if (speaker != null && speaker.end() <= ts) {
        source = speaker;
      }
    }
    // the speaker as the one acting: "said it shot down 40", "said its drones had hit",
    // "said 30 drones were intercepted" (air forces report their own interceptions, so for them
    // a speaker anywhere in the sentence counts)
    if (source == null) {
      ActorMention speaker = speakers.nearest(cs, ce, ts);
      if (speaker != null && pronounSubject(tokens, speaker, cs, ts, subordinator)) {
        source = speaker;
      } else if (ownerIsTarget && agent == null) {
        source = speaker != null ? speaker : speakers.nearest(0, tokens.size(), ts);
      } else if (passive && agent == null && owner == null && speaker != null && speaker.end() <= ts
          && plannedPassive(tokens, cs, ts)) {
        // a side announcing what it will do: "the defence minister said new units would be sent"
        source = speaker;
      }
    }
    return new Roles(source, target);
  }

  private static final Set<String> PLAN_MODALS = Set.of("would", "will", "to", "shall");

  /** A passive of a plan: "would be sent", "will be deployed", "are to be sent". */
  private static boolean plannedPassive(List<Token> tokens, int cs, int ts) {
    int i = ts - 1;
    while (i >= cs && tokens.get(i).norm().endsWith("ly")) {
      i--;
    }
    return i - 1 >= cs && tokens.get(i).norm().equals("be") && PLAN_MODALS.contains(tokens.get(i - 1).norm());
  }

  /** Whether an actor is itself preceded by ", " and another actor: a list of three or more. */
  private static boolean listedBefore(List<Token> tokens, List<ActorMention> actors, ActorMention m, int cs) {
    if (m.start() - 2 < cs || !tokens.get(m.start() - 1).norm().equals(",")) {
      return false;
    }
    for (ActorMention a : actors) {
      if (a.end() == m.start() - 1 && a.start() >= cs) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> INVITE = Set.of("invited", "invites", "invite", "inviting");

  /**
   * "A invited B to visit ...", "A invited B to Moscow": B (right after the verb) does the act
   * that follows "to", A is its host. Null when the trigger is not so introduced. A is the actor
   * right before the verb (auxiliaries and adverbs between), else the speaker of the clause ("Putin
   * said ... and invited Trump to Moscow"), else left empty.
   */
  private static Roles invitation(List<Token> tokens, List<ActorMention> actors, Speakers speakers, int cs, int ts) {
    for (int i = ts - 2; i >= Math.max(cs, ts - 6); i--) {
      if (!INVITE.contains(tokens.get(i).norm())) {
        continue;
      }
      ActorMention guest = null;
      for (ActorMention a : actors) {
        if (a.start() == i + 1) {
          guest = a;
        }
      }
      // the guest, then "to" + the trigger, or a trigger that starts with "to"
      if (guest == null
          || !(guest.end() == ts && tokens.get(ts).norm().equals("to")
              || guest.end() + 1 == ts && tokens.get(guest.end()).norm().equals("to"))) {
        return null;
      }
      int j = i - 1;
      while (j >= cs && (AUXILIARIES.contains(tokens.get(j).norm()) || PASSIVE_GLUE.contains(tokens.get(j).norm())
          || tokens.get(j).norm().endsWith("ly"))) {
        j--;
      }
      ActorMention host = null;
      for (ActorMention a : actors) {
        if (a.end() == j + 1 && a.start() >= cs && a != guest) {
          host = a;
        }
      }
      if (host == null) {
        ActorMention speaker = speakers.nearest(cs, i, i);
        host = speaker != null && speaker.end() <= i ? speaker : null;
      }
      return new Roles(guest, host);
    }
    return null;
  }

  /**
   * The comma of ", who" / ", whom" opening the relative clause the trigger stands in, or -1: the
   * nearest comma before the trigger in the clause, when a relative pronoun follows it.
   */
  private static int relativeBefore(List<Token> tokens, int cs, int ts) {
    for (int i = ts - 1; i > cs; i--) {
      if (tokens.get(i).norm().equals(",")) {
        String w = i + 1 < ts ? tokens.get(i + 1).norm() : "";
        return w.equals("who") || w.equals("whom") ? i : -1;
      }
    }
    return -1;
  }

  private static ActorMention endingAt(List<ActorMention> actors, int end, int cs) {
    for (ActorMention a : actors) {
      if (a.end() == end && a.start() >= cs) {
        return a;
      }
    }
    return null;
  }

  /** The word before token i, skipping "the": "on" in "on the Kremlin". */
  private static String prepositionBefore(List<Token> tokens, int i, int cs) {
    int j = i - 1;
    if (j >= cs && tokens.get(j).norm().equals("the")) {
      j--;
    }
    return j >= cs ? tokens.get(j).norm() : "";
  }

  /** The actor owning the object: in its phrase, right before it, or "from X" right after it. */
  private static ActorMention owner(
      List<Token> tokens,
      List<ActorMention> actors,
      Speakers speakers,
      Candidate k,
      int phraseStart,
      int cs,
      int ce) {
    ActorMention owner = null;
    for (ActorMention a : actors) {
      if (a.start() < k.objEnd() && a.end() > phraseStart && a.start() >= cs && !speakers.contains(a)) {
        // before the object words an owner is a modifier ("Russian", "Russia's", "US"); a
        // longer name there is the verb's own object ("pushed Ukrainian forces out of")
        boolean modifier =
            a.end() > k.objStart() || a.end() - a.start() == 1 || tokens.get(a.end() - 1).possessive();
        if (modifier) {
          owner = a; // the last one is closest to the object
        }
      }
    }
    if (owner == null && k.objEnd() + 1 < ce && tokens.get(k.objEnd()).norm().equals("from")) {
      for (ActorMention a : actors) {
        if (a.start() == k.objEnd() + 1 && a.end() <= ce) {
          return a;
        }
      }
    }
    return owner;
  }

  /** A pronoun or possessive between the speaker (or the clause start) and the trigger. */
  private static boolean pronounSubject(
      List<Token> tokens, ActorMention speaker, int cs, int ts, int subordinator) {
    int from = Math.max(cs, subordinator + 1);
    if (speaker.end() <= ts) {
      from = Math.max(from, speaker.end());
    }
    for (int i = from; i < ts; i++) {
      if (SPEAKER_PRONOUNS.contains(tokens.get(i).norm()) && tokens.get(i).shape() != Token.Shape.UPPER) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      if (!(AUXILIARIES.contains(w) || PASSIVE_GLUE.contains(w) || (w.length() > 4 && w.endsWith("ly")))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPhraseBreak(Token t) {
    // a currency sign or per cent is part of an amount: "$2.5bn in weapons for Ukraine"
    return t.isPunct() && !NOT_BREAKS.contains(t.norm());
  }

  private static final Set<String> NOT_BREAKS = Set.of("-", "/", "$", "€", "£", "₴", "₽", "¥", "%");

  private static boolean isPassive(List<Token> tokens, int ts, int te, int cs) {
    if (tokens.get(ts).norm().endsWith("ing")) {
      return false; // "was visiting" is progressive
    }
    if (te < tokens.size() && tokens.get(te).norm().equals("by")) {
      return true;
    }
    return isPassiveAux(tokens, ts, cs);
  }

  /** An auxiliary before the trigger, with at most two adverbs between: "were (all) shot down". */
  private static boolean isPassiveAux(List<Token> tokens, int ts, int cs) {
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
    int next = m.end() + 1;
    if (tokens.get(next).norm().equals("the")) {
      next++; // "between Ukraine and the United States"
    }
    for (ActorMention a : actors) {
      if (a.start() == next && a.end() <= ce) {
        return a;
      }
    }
    return null;
  }

  /**
   * Actors that only report: the subject of a reporting verb ("the air force said", "Zelensky
   * confirmed that"), the actor of ", said X", and "according to X".
   */
  static final class Speakers {
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
}
