package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.newsbeam.study.CertaintyCues;
import org.newsbeam.text.Token;

/**
 * Decides how sure a sentence is about an event, from the study's {@link CertaintyCues}. Cues are
 * only looked for inside the event's clause (see {@link Clauses}). Precedence: negated, then
 * hypothetical, then claimed, else asserted.
 *
 * <ul>
 *   <li><b>negated</b>: a negation cue before the trigger in the clause ("denied that", "rejected
 *       reports that", "did not"), or within three tokens after it with no object between ("talks
 *       did not take place"). A bare "no"/"none" cue counts only right before the event's object or
 *       trigger ("no drones were shot down"), so "no casualties were reported after ..." does not
 *       negate the strike.
 *   <li><b>hypothetical</b>: a modal or future cue at most six tokens before the trigger ("would",
 *       "plans to", "is ready for"), or within two tokens after it ("talks could resume"), or
 *       anywhere when the cue is the event's own object phrase (a request pattern whose object is
 *       "asked": "asked Germany and Britain for more air defence systems").
 *   <li><b>claimed</b>: a claim cue anywhere in the clause ("claimed", "alleged", "according to")
 *       attributed to someone: an actor mention or pronoun at most two tokens before the
 *       cue ("Kyiv claimed", "Moscow has claimed") or at most three after it ("according to
 *       Russia's defence ministry"); "claimed responsibility", "claimed credit" and "claimed the lives" are not claims
 *       about the event. "said" is not a claim: most news is "X said", and lexicons should not
 *       list it. Hedges that are no claim verb ("reportedly", "could not be independently
 *       verified", "without evidence") need no claimant: anywhere in the clause they make the
 *       report a claim. A cue "said it had" also stands for its possessive form, a side's report of
 *       what its own forces had done: "said its drones had hit" ("said its air defences shot
 *       down", with no "had", stays asserted).
 * </ul>
 *
 * Neither a negation nor a modal before the trigger reaches across a subordinate clause ("positions
 * they are not ready to accept as the talks go on"). A negation followed by a claim noun ("dismissed
 * Moscow's claims to have captured") leaves the act claimed, disputed. A negated verb after the
 * trigger's own phrase denies it ("the meeting with X evaporated", up to ten words to "would be
 * shelved"). "possible", "future" and the like after the trigger are its topic ("met to discuss
 * possible terms"), and "ahead of" after it the act's time ("had spoken with Erdogan ahead of the
 * Brussels summit"). A present progressive with a time ahead ("is flying to Oslo later today") and the
 * purpose infinitive of a verb under a modal ("would sign a new defence agreement with Oslo to supply ...") are
 * hypothetical ({@link PlanReach}). Quotation marks inside a cue do not break it (on "pause").
 *
 * A cue whose first word is capitalised in mid-sentence is a name, not a cue ("in May", "Will"),
 * and a modal right after a determiner is a noun ("the will of"). Negation and modal cues inside a
 * relative aside that leaves the trigger out (", which did not give details,") do not count.
 */
public final class CertaintyReader implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Kind {
    NEGATED,
    HYPOTHETICAL,
    /** a claim verb or "according to": needs a claimant next to it */
    CLAIMED,
    /** a hedge that stands alone: "reportedly", "could not be independently verified" */
    HEDGED
  }

  private static final Set<String> BARE_NEGATIONS = Set.of("no", "none");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "him", "them", "her", "us");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "of", "political", "good");
  /** Modal cues that are also nouns after a determiner ("the will of the people"). */
  static final Set<String> MODALS = Set.of("will", "would", "could", "might", "should", "may", "can", "must");
  private static final Set<String> NOT_A_CLAIM =
      Set.of("responsibility", "credit", "lives", "life");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we", "he", "she");
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "our", "his", "her");

  private final TermIndex<Kind> cues = new TermIndex<>();
  /** Reporting verbs of claim cues "X it had" / "X they had": "said" for "said it had". */
  private final Set<String> ownReportVerbs = new java.util.HashSet<>();

  public CertaintyReader(CertaintyCues cues) {
    if (cues != null) {
      for (String t : cues.negated()) {
        this.cues.add(TermPattern.compile(t), Kind.NEGATED);
      }
      for (String t : cues.hypothetical()) {
        this.cues.add(TermPattern.compile(t), Kind.HYPOTHETICAL);
      }
      for (String t : cues.claimed()) {
        this.cues.add(TermPattern.compile(t), needsClaimant(t) ? Kind.CLAIMED : Kind.HEDGED);
        String[] w = t.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (w.length == 3 && SUBJECT_PRONOUNS.contains(w[1]) && w[2].equals("had") && !w[0].endsWith("*")) {
          ownReportVerbs.add(w[0]);
        }
      }
    }
  }

  private static final List<String> CLAIM_VERBS =
      List.of("claim", "alleg", "accord", "said", "say", "cit", "assert", "insist", "maintain");

  /** Claim verbs and "according to" need a claimant; adverbs and verification phrases do not. */
  static boolean needsClaimant(String term) {
    String[] words = term.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    String last = words[words.length - 1].replace("*", "");
    if (last.endsWith("ly")) {
      return false;
    }
    for (String v : CLAIM_VERBS) {
      if (words[0].startsWith(v)) {
        return true;
      }
    }
    return false;
  }

  /** All cue occurrences of a sentence; scan once, then {@link #read} each event. */
  List<TermIndex.Hit<Kind>> scan(List<Token> tokens) {
    // quotation marks inside a cue do not break it: talks were on "pause"
    if (!hasQuote(tokens)) {
      return cues.scan(tokens);
    }
    List<Token> unquoted = new java.util.ArrayList<>(tokens.size());
    int[] at = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (!QUOTES.contains(tokens.get(i).text())) {
        at[unquoted.size()] = i;
        unquoted.add(tokens.get(i));
      }
    }
    if (unquoted.size() == tokens.size()) {
      return cues.scan(tokens);
    }
    List<TermIndex.Hit<Kind>> out = new java.util.ArrayList<>();
    for (TermIndex.Hit<Kind> h : cues.scan(unquoted)) {
      out.add(new TermIndex.Hit<>(h.term(), h.value(), at[h.start()], at[h.end() - 1] + 1));
    }
    return out;
  }

  private static boolean hasQuote(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.text().length() == 1 && QUOTES.contains(t.text())) { // every quotation mark is one char
        return true;
      }
    }
    return false;
  }

  static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019");
  /** Hypothetical cues that are adjectives: they make the act hypothetical only before it ("possible talks"), not its topic ("discussed possible terms"). */
  private static final Set<String> ADJECTIVE_CUES = Set.of("possible", "potential", "future", "upcoming", "proposed");
  /** Nouns of a side's claim: a denial of a claim leaves the act claimed, disputed, not negated. */
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "assertion", "assertions");

  /**
   * The certainty of an event whose trigger is tokens [trigStart, trigEnd) in the clause
   * [clauseStart, clauseEnd), scanning the sentence itself.
   */
  public Certainty read(
      List<Token> tokens,
      List<ActorMention> actors,
      int clauseStart,
      int clauseEnd,
      int trigStart,
      int trigEnd) {
    return read(tokens, actors, scan(tokens), clauseStart, clauseEnd, trigStart, trigEnd, -1, -1);
  }

  /**
   * As above with the sentence's cue hits given, and the event's object phrase at tokens
   * [objStart, objEnd) (both -1 when none).
   */
  Certainty read(
      List<Token> tokens,
      List<ActorMention> actors,
      List<TermIndex.Hit<Kind>> hits,
      int clauseStart,
      int clauseEnd,
      int trigStart,
      int trigEnd,
      int objStart,
      int objEnd) {
    boolean negated = false;
    boolean hypothetical = false;
    boolean claimed = false;
    for (TermIndex.Hit<Kind> h : hits) {
      if (h.start() < clauseStart || h.end() > clauseEnd) {
        continue;
      }
      if (h.start() < trigEnd && h.end() > trigStart && h.value() != Kind.HYPOTHETICAL) {
        continue; // the trigger itself, unless it threatens or proposes the act ("threatened sanctions")
      }
      Token first = tokens.get(h.start());
      if (h.start() > 0 && (first.shape() == Token.Shape.CAPITALISED || first.shape() == Token.Shape.UPPER)) {
        continue;
      }
      boolean before = h.end() <= trigStart;
      if ((h.value() == Kind.NEGATED || h.value() == Kind.HYPOTHETICAL) && inAside(tokens, h.start(), h.end(), trigStart, trigEnd, clauseStart, clauseEnd)) {
        continue;
      }
      boolean objectBetween = objStart >= trigEnd && objStart < h.start();
      switch (h.value()) {
        case NEGATED -> {
          if (h.end() - h.start() == 1 && BARE_NEGATIONS.contains(first.norm())) {
            int head = objStart >= 0 && objStart < trigStart ? objStart : trigStart;
            if (before && h.end() <= head && head - h.end() <= 3) {
              negated = true;
            } else if (!before && objStart >= trigEnd && h.end() <= objStart && objStart - h.end() <= 3) {
              negated = true; // "shot down no drones"
            }
          } else if (before && timeAdjunct(tokens, h.end(), trigStart)) {
            break; // "will not dine out during the Geneva summit": the negation is of another verb
          } else if (before && claimNounAfter(tokens, h.end(), trigStart)) {
            claimed = true; // "rejected Moscow's claim that it had taken the village": disputed, still a claim
          } else if (before ? !subordinateBetween(tokens, h.end(), trigStart) : !objectBetween && afterTrigger(tokens, trigEnd, h.start())) {
            negated = true;
          }
        }
        case HYPOTHETICAL -> {
          if (h.start() > 0 && MODALS.contains(first.norm()) && h.end() - h.start() == 1
              && DETERMINERS.contains(tokens.get(h.start() - 1).norm())) {
            break; // "the will of", not "a threat of"
          }
          if (!before && ADJECTIVE_CUES.contains(first.norm())) {
            break; // "met to discuss possible elements of a plan": the topic, not the meeting
          }
          if (!before && first.norm().equals("ahead")) {
            break; // "had spoken with Erdogan ahead of the Brussels summit": the act's time, before what lies ahead
          }
          if (before ? (PlanReach.outsideBrackets(tokens, h.end(), trigStart) <= 6 || PlanReach.purposeOf(tokens, h.start(), h.end(), trigStart))
                  && !subordinateBetween(tokens, h.end(), trigStart)
                  || PlanReach.coordinatedUnderModal(tokens, h.start(), h.end(), trigStart)
              : !objectBetween && h.start() - trigEnd <= 2) {
            hypothetical = true;
          } else if (objStart >= 0 && h.start() >= objStart && h.end() <= objEnd) {
            hypothetical = true; // the event's own object: "asked Germany and Britain for more ... systems"
          }
        }
        case CLAIMED -> {
          if (h.end() < tokens.size() && NOT_A_CLAIM.contains(after(tokens, h.end()))) {
            break;
          }
          if (attributed(tokens, actors, h.start(), h.end(), clauseStart, clauseEnd)) {
            claimed = true;
          }
        }
        case HEDGED -> claimed = true;
      }
    }
    if (!claimed && ownReport(tokens, clauseStart, trigStart)) {
      claimed = true;
    }
    if (!hypothetical && !negated && PlanReach.purposeOfPresentJourney(tokens, clauseStart, trigStart)) {
      hypothetical = true; // "as the delegates arrive in Geneva for a new round of talks"
    }
    if (!hypothetical && PlanReach.futureProgressive(tokens, clauseStart, clauseEnd, trigStart)) {
      hypothetical = true; // "is flying to Oslo later today": the present progressive of a plan
    }
    if (negated) {
      return Certainty.NEGATED;
    }
    if (hypothetical) {
      return Certainty.HYPOTHETICAL;
    }
    return claimed ? Certainty.CLAIMED : Certainty.ASSERTED;
  }

  /**
   * A side's report of what its own forces had done, the possessive form of a "said it had" cue:
   * "said its drones had hit", "said their units had taken" (the reporting verb, a possessive, one
   * to three words, "had", then at most one word before the trigger).
   */
  private boolean ownReport(List<Token> tokens, int clauseStart, int trigStart) {
    if (ownReportVerbs.isEmpty()) {
      return false;
    }
    for (int had = trigStart - 1; had >= Math.max(clauseStart, trigStart - 2); had--) {
      if (!tokens.get(had).norm().equals("had")) {
        continue;
      }
      for (int pos = had - 2; pos >= Math.max(clauseStart + 1, had - 4); pos--) {
        if (POSSESSIVES.contains(tokens.get(pos).norm())
            && ownReportVerbs.contains(tokens.get(pos - 1).norm())
            && noBreak(tokens, pos + 1, had)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean noBreak(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isPunct() || tokens.get(i).norm().equals("that")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> TIME_PREPOSITIONS = Set.of("during", "throughout");

  /**
   * The trigger's phrase is a time adjunct ("during the Geneva summit", "throughout the talks"): a
   * negation before it denies the clause's own verb, not the act that gives its time.
   */
  private static boolean timeAdjunct(List<Token> tokens, int from, int trigStart) {
    for (int i = trigStart - 1; i >= Math.max(from, trigStart - 4); i--) {
      Token t = tokens.get(i);
      if (TIME_PREPOSITIONS.contains(t.norm())) {
        return true;
      }
      if (t.isPunct() && !t.norm().equals("'s") || PlanReach.PURPOSE_BREAKS.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }

  /** A claim noun within three words after a negation, before the trigger: "denied Russian claims that". */
  private static boolean claimNounAfter(List<Token> tokens, int from, int trigStart) {
    for (int i = from; i < Math.min(trigStart, from + 3); i++) {
      if (CLAIM_NOUNS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PREDICATE_AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "be", "had", "has", "have");

  /**
   * A negation after the trigger denies it within three tokens ("talks did not take place"), or
   * within six as the predicate of the trigger's phrase ("the summit in Vienna had been shelved").
   */
  private static boolean afterTrigger(List<Token> tokens, int trigEnd, int cue) {
    int d = cue - trigEnd;
    if (d <= 3) {
      return true;
    }
    // "the meeting with the US president evaporated": the trigger's own phrase, then its verb
    boolean ownPhrase = d <= 6 && PHRASE_PREPOSITIONS.contains(tokens.get(trigEnd).norm());
    if (d > 10 || !ownPhrase && !PREDICATE_AUXILIARIES.contains(tokens.get(cue - 1).norm())) {
      return false;
    }
    for (int i = trigEnd; i < cue; i++) {
      if (tokens.get(i).isPunct() && !tokens.get(i).norm().equals("\"") || CLAUSE_LINKS.contains(tokens.get(i).norm())) {
        return false; // "met on Monday but the talks failed to": the negation has a subject of its own
      }
    }
    return true;
  }

  private static final Set<String> CLAUSE_LINKS = Set.of("but", "and", "while", "as", "when", "after", "before", "or");
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("with", "between", "in", "on", "of", "at");

  static final Set<String> SUBORDINATE_OPENERS =
      Set.of("as", "while", "when", "because", "although", "though", "whereas", "since", "after", "before");

  /**
   * A subordinate clause opens between a negation and the trigger, or they are far apart: in
   * "terms neither side will sign while negotiations carry on" the talks go on.
   */
  private static boolean subordinateBetween(List<Token> tokens, int from, int to) {
    if (to - from > 12) {
      return true;
    }
    for (int i = from; i < to; i++) {
      // "as" right before the trigger is a preposition: "would not accept troops as peacekeepers"
      if (SUBORDINATE_OPENERS.contains(tokens.get(i).norm()) && !(tokens.get(i).norm().equals("as") && i + 1 == to)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASIDE_OPENERS = Set.of("which", "who", "whom", "whose", "where", "when");

  /**
   * Whether the cue sits in a relative aside that leaves the trigger out: "The air force, which did
   * not give details, said it shot down 40 drones" does not negate the interception.
   */
  private static boolean inAside(
      List<Token> tokens, int s, int e, int trigStart, int trigEnd, int clauseStart, int clauseEnd) {
    int open = -1;
    int lower = e <= trigStart ? clauseStart : trigEnd;
    for (int i = s - 1; i >= lower; i--) {
      if (tokens.get(i).norm().equals(",")) {
        if (i + 1 < tokens.size() && ASIDE_OPENERS.contains(tokens.get(i + 1).norm())) {
          open = i;
        }
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    if (e > trigStart) {
      return true; // the aside opens after the trigger
    }
    for (int i = e; i < trigStart; i++) {
      if (tokens.get(i).norm().equals(",")) {
        return true; // the aside closes before the trigger
      }
    }
    return false;
  }

  private static String after(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    if (w.equals("the") && i + 1 < tokens.size()) {
      return tokens.get(i + 1).norm();
    }
    return w;
  }

  private static boolean attributed(
      List<Token> tokens, List<ActorMention> actors, int s, int e, int clauseStart, int clauseEnd) {
    // the claimant is the subject right before the cue ("Kyiv claimed", "Moscow has claimed") or
    // named just after it ("according to Russia's defence ministry", "claimed by Moscow")
    for (ActorMention a : actors) {
      if (a.end() <= s && s - a.end() <= 2 && a.start() >= clauseStart) {
        return true;
      }
      if (a.start() >= e && a.start() - e <= 3 && a.end() <= clauseEnd) {
        return true;
      }
    }
    for (int k = Math.max(clauseStart, s - 2); k < Math.min(clauseEnd, e + 3); k++) {
      if ((k < s || k >= e) && PRONOUNS.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }
}
