package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Who does an event and to whom: the source and target of a candidate.
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
final class EventRoles {
  private EventRoles() {}

  /** Whether the object of this event type belongs to the target (interceptions). */
  static boolean ownerIsTarget(String type) {
    return type.toLowerCase(Locale.ROOT).contains("intercept");
  }

  /**
   * A trigger whose object is a pronoun for objects of an earlier clause ("Ukraine had asked
   * Washington for Tomahawk missiles, but Trump has not agreed to send them") answers the earlier
   * mention of its type: one event, with the answer's source (when it names one) and certainty,
   * and the earlier mention's target and count. Without an earlier mention of its type it stands
   * on its own ("Germany has Taurus missiles but will not send them").
   */
  static List<EventMention> answered(List<EventCandidate> kept, List<EventMention> out) {
    List<EventMention> result = out;
    for (int i = kept.size() - 1; i >= 0; i--) {
      EventCandidate a = kept.get(i);
      if (!a.anaphoric()) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        EventCandidate e = kept.get(j);
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
   * An interception whose weapons have no owner in its own clause targets whoever launched them
   * in the sentence: "Russia launched 90 drones overnight; 70 were downed", "destroyed 45 of the
   * 62 drones launched by Russia" (target Russia). The launch is a mention of another type with a
   * source and an object of the same kind (same first five letters: "drone"/"drones"), the
   * nearest before the interception, else the nearest after it; an interception without an object
   * takes the nearest launch before it.
   */
  static void linkInterceptionsToLaunches(List<EventCandidate> kept, List<EventMention> out, List<Token> tokens) {
    for (int i = 0; i < out.size(); i++) {
      EventMention m = out.get(i);
      EventCandidate k = kept.get(i);
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
        EventCandidate l = kept.get(j);
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

  static final Set<String> AGREED = Set.of("agreed", "agree", "agreeing", "agreement", "agreements", "deal");

  /**
   * An act the sentence says was agreed ("agreed to exchange", "with agreement to exchange") and
   * that names no parties of its own is agreed by the parties of an earlier mention in the
   * sentence that names both: "talks between Russia and Ukraine ended ..., with agreement to
   * exchange 1,200 more prisoners" (an exchange between Russia and Ukraine).
   */
  static void agreedByTheParties(List<EventCandidate> kept, List<EventMention> out, List<Token> tokens) {
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

  static boolean sameKind(List<Token> tokens, EventCandidate a, EventCandidate b) {
    String x = tokens.get(a.objEnd() - 1).norm();
    String y = tokens.get(b.objEnd() - 1).norm();
    int n = Math.min(5, Math.min(x.length(), y.length()));
    return n > 0 && x.regionMatches(0, y, 0, n);
  }

  record Roles(ActorMention source, ActorMention target) {}

  /** The actors not named as a place: not right after "in" or "in the". */
  static List<ActorMention> withoutVenues(List<Token> tokens, List<ActorMention> actors) {
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
   * A request ({@code subject: target}): the actor nearest before the trigger and its object is
   * the one who asks and would receive; the one asked has given nothing yet, so there is no
   * source ("Kyiv asked Berlin for more air defence systems": target Kyiv).
   */
  static Roles requestRoles(
      EventCandidate k, List<ActorMention> actors, Speakers speakers, Asides asides, int cs) {
    int head = k.hasObject() ? Math.min(k.objStart(), k.trigStart()) : k.trigStart();
    ActorMention asker = null;
    for (ActorMention a : actors) {
      if (a.start() >= cs && a.end() <= head && !speakers.contains(a) && asides.sameScope(a.start(), k.trigStart())) {
        asker = a;
      }
    }
    return new Roles(null, asker);
  }

  static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get", "gets");
  static final Set<String> SUBORDINATORS =
      Set.of(
          "if", "after", "when", "because", "unless", "until", "before", "whether", "although",
          "though", "while", "whereas", "once", "since");
  static final Set<String> PASSIVE_GLUE =
      Set.of("have", "has", "had", "will", "would", "could", "may", "might", "also", "all", "later", "not");
  static final Set<String> TOWARDS =
      Set.of("on", "against", "at", "to", "toward", "towards", "into", "onto");
  static final Set<String> SPEAKER_PRONOUNS =
      Set.of("it", "they", "we", "its", "their", "our", "he", "she", "his", "her");

  static Roles roles(
      EventCandidate k,
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
    // "Moscow launched 80 drones, and air defences shot down 65": the interceptor is whoever owns
    // the air defences that shoot (the speaker when they are not named), never the actor of an
    // earlier verb
    if (ownerIsTarget && !passive && source != null && source == before && defendersBetween(tokens, before.end(), ts)) {
      source = null;
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

  static final Set<String> PLAN_MODALS = Set.of("would", "will", "to", "shall");

  /** A passive of a plan: "would be sent", "will be deployed", "are to be sent". */
  static boolean plannedPassive(List<Token> tokens, int cs, int ts) {
    int i = ts - 1;
    while (i >= cs && tokens.get(i).norm().endsWith("ly")) {
      i--;
    }
    return i - 1 >= cs && tokens.get(i).norm().equals("be") && PLAN_MODALS.contains(tokens.get(i - 1).norm());
  }

  /** Whether an actor is itself preceded by ", " and another actor: a list of three or more. */
  static boolean listedBefore(List<Token> tokens, List<ActorMention> actors, ActorMention m, int cs) {
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

  static final Set<String> INVITE = Set.of("invited", "invites", "invite", "inviting");

  /**
   * "A invited B to visit ...", "A invited B to Moscow": B (right after the verb) does the act
   * that follows "to", A is its host. Null when the trigger is not so introduced. A is the actor
   * right before the verb (auxiliaries and adverbs between), else the speaker of the clause ("Putin
   * said ... and invited Trump to Moscow"), else left empty.
   */
  static Roles invitation(List<Token> tokens, List<ActorMention> actors, Speakers speakers, int cs, int ts) {
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
  static int relativeBefore(List<Token> tokens, int cs, int ts) {
    for (int i = ts - 1; i > cs; i--) {
      if (tokens.get(i).norm().equals(",")) {
        String w = i + 1 < ts ? tokens.get(i + 1).norm() : "";
        return w.equals("who") || w.equals("whom") ? i : -1;
      }
    }
    return -1;
  }

  static ActorMention endingAt(List<ActorMention> actors, int end, int cs) {
    for (ActorMention a : actors) {
      if (a.end() == end && a.start() >= cs) {
        return a;
      }
    }
    return null;
  }

  /** The word before token i, skipping "the": "on" in "on the Kremlin". */
  static String prepositionBefore(List<Token> tokens, int i, int cs) {
    int j = i - 1;
    if (j >= cs && tokens.get(j).norm().equals("the")) {
      j--;
    }
    return j >= cs ? tokens.get(j).norm() : "";
  }

  /** The actor owning the object: in its phrase, right before it, or "from X" right after it. */
  static ActorMention owner(
      List<Token> tokens,
      List<ActorMention> actors,
      Speakers speakers,
      EventCandidate k,
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

  /** Nouns that name the ones who shoot down: "air defences", "anti-aircraft units". */
  static final Set<String> DEFENDERS =
      Set.of("defence", "defense", "defences", "defenses", "anti-aircraft", "interceptors", "gunners", "units",
          "systems", "crews", "groups");
  /** Words that end the phrase of an actor before them: "Russia launched ..., and air defences". */
  static final Set<String> SUBJECT_BREAKS = Set.of("and", "but", "while", "whereas", "as", "where", "when", "after");

  /**
   * Whether the subject right before an interception's trigger is a defence noun phrase ("air
   * defences", "mobile fire groups") that the actor ending at {@code from} does not modify: in
   * "Moscow launched 80 drones, and air defences shot down 65" a verb and a comma stand between,
   * in "Kyiv's air defences shot down 65" Kyiv owns them.
   */
  static boolean defendersBetween(List<Token> tokens, int from, int ts) {
    int i = ts - 1;
    while (i >= from && (AUXILIARIES.contains(tokens.get(i).norm()) || tokens.get(i).norm().endsWith("ly")
        || tokens.get(i).norm().equals("also"))) {
      i--;
    }
    if (i < from || !DEFENDERS.contains(tokens.get(i).norm())) {
      return false;
    }
    for (int j = i - 1; j >= from; j--) {
      Token t = tokens.get(j);
      if (t.isPunct() && !NOT_BREAKS.contains(t.norm()) || SUBJECT_BREAKS.contains(t.norm()) || t.shape() == Token.Shape.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** A pronoun or possessive between the speaker (or the clause start) and the trigger. */
  static boolean pronounSubject(
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

  static boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      if (!(AUXILIARIES.contains(w) || PASSIVE_GLUE.contains(w) || (w.length() > 4 && w.endsWith("ly")))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPhraseBreak(Token t) {
    // a currency sign or per cent is part of an amount: "$2.5bn in weapons for Ukraine"
    return t.isPunct() && !NOT_BREAKS.contains(t.norm());
  }

  static final Set<String> NOT_BREAKS = Set.of("-", "/", "$", "€", "£", "₴", "₽", "¥", "%");

  static boolean isPassive(List<Token> tokens, int ts, int te, int cs) {
    if (tokens.get(ts).norm().endsWith("ing")) {
      return false; // "was visiting" is progressive
    }
    if (te < tokens.size() && tokens.get(te).norm().equals("by")) {
      return true;
    }
    return isPassiveAux(tokens, ts, cs);
  }

  /** An auxiliary before the trigger, with at most two adverbs between: "were (all) shot down". */
  static boolean isPassiveAux(List<Token> tokens, int ts, int cs) {
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
  static ActorMention agentAfter(List<Token> tokens, List<ActorMention> actors, int te, int ce) {
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

  static ActorMention coordinatedBefore(
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

  static ActorMention coordinatedAfter(
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
}
