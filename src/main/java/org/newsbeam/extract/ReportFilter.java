package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Words of an event that report no act. A report is an act, not a word: a skill ("experience of
 * shooting down drones"), a trigger noun after "any" ("before any summit"), the predicate of "it
 * was the ..." that describes an act reported before ("It was the largest drone attack on the
 * capital"), habits and trends ("nightly drone attacks", "a surge in missile strikes", "the two
 * sides trade drone attacks"), the weapon's remains ("drone debris hit a roof"), objects already
 * reported ("one of the downed drones"), a demand that is "met", and a meeting with no parties and
 * nothing that places it in time or space ("the negotiations must be properly prepared").
 */
final class ReportFilter {
  private ReportFilter() {}

  static final Set<String> SKILLS =
      Set.of("experience", "expertise", "ability", "abilities", "capability", "capabilities", "capacity", "skill",
          "skills", "know-how", "lessons", "art", "practice", "training");

  /** A trigger "-ing" after "experience of" / "skills in": a skill or practice, not an act. */
  static boolean genericGerund(List<Token> tokens, int ts) {
    if (ts < 2 || !tokens.get(ts).norm().endsWith("ing")) {
      return false;
    }
    String prep = tokens.get(ts - 1).norm();
    return (prep.equals("of") || prep.equals("in")) && SKILLS.contains(tokens.get(ts - 2).norm());
  }

  private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
  private static final Set<String> PERFECT_ADVERBS = Set.of("already", "also", "often", "previously", "both", "all", "each");
  /** Phrases after the act that make a perfect an experience, not one act: "have met before". */
  private static final List<List<String>> EVER_BEFORE =
      List.of(List.of("before"), List.of("in", "the", "past"), List.of("many", "times"), List.of("several", "times"),
          List.of("on", "several", "occasions"), List.of("on", "many", "occasions"), List.of("repeatedly"));
  private static final Set<String> DEGREE_WORDS = Set.of("very", "quite", "extremely", "not", "highly", "still");
  private static final List<List<String>> RARE_FOR =
      List.of(List.of("rare", "for"), List.of("unusual", "for"), List.of("uncommon", "for"), List.of("common", "for"),
          List.of("usual", "for"), List.of("unprecedented", "for"));

  /**
   * What has happened before, told as experience rather than as one act: a perfect with "before"
   * at the end of its clause or "in the past", "many times" ("the two sides have exchanged
   * captured soldiers before", "they have met several times"); or the act after "it is rare/unusual for"
   * ("it is unusual for Moscow to free journalists"). "have exchanged 90 prisoners before the talks" names a
   * time and is one act.
   */
  static boolean experience(List<Token> tokens, int cs, int ce, int ts, int te) {
    for (int i = Math.max(cs, ts - 12); i + 1 < ts; i++) {
      if (tokens.get(i).norm().equals("it") && i + 3 < ts && BE.contains(tokens.get(i + 1).norm())) {
        int k = i + 2;
        while (k < ts && DEGREE_WORDS.contains(tokens.get(k).norm())) {
          k++;
        }
        for (List<String> rare : RARE_FOR) {
          if (k + rare.size() <= ts && startsWith(tokens, k, rare)) {
            return true;
          }
        }
      }
    }
    int i = ts - 1;
    while (i >= cs && PERFECT_ADVERBS.contains(tokens.get(i).norm())) {
      i--;
    }
    if (i < cs || !PERFECT.contains(tokens.get(i).norm())) {
      return false;
    }
    for (int k = te; k < ce; k++) {
      for (List<String> ever : EVER_BEFORE) {
        if (k + ever.size() <= ce && startsWith(tokens, k, ever)) {
          int after = k + ever.size();
          boolean ends = after >= ce || tokens.get(after).isPunct();
          if (ever.size() > 1 || ends) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> JUDGING_MODALS = Set.of("would", "could", "might", "will", "may");

  /**
   * An act named by a gerund that opens the sentence and is judged by a modal "be": "Sending
   * conscripts home would be a mistake", "Striking the dam could be a war crime".
   * The act is the topic of an opinion, not a report, even as a plan. "Sending troops, the
   * minister said, would ..." and a gerund after the sentence's start are not read.
   */
  static boolean judgedGerund(List<Token> tokens, int ce, int ts) {
    int start = 0;
    while (start < tokens.size() && tokens.get(start).isPunct()) {
      start++; // an opening quotation mark
    }
    if (ts != start || !tokens.get(ts).norm().endsWith("ing")) {
      return false;
    }
    for (int i = ts + 1; i + 1 < Math.min(tokens.size(), ts + 16); i++) {
      String w = tokens.get(i).norm();
      if (tokens.get(i).isPunct() && !w.equals("-")) {
        return false;
      }
      if (JUDGING_MODALS.contains(w)) {
        String next = tokens.get(i + 1).norm();
        return next.equals("be") || next.equals("have") && i + 2 < tokens.size() && tokens.get(i + 2).norm().equals("been");
      }
    }
    return false;
  }

  /** The tokens from {@code at} are {@code words}, by their normal form (the caller checks the length). */
  static boolean startsWith(List<Token> tokens, int at, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(at + k).norm().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** "any" right before the trigger, or before one word that is not punctuation. */
  static boolean anyBefore(List<Token> tokens, int cs, int ts) {
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

  static final Set<String> BACK_SUBJECTS = Set.of("it", "this", "that");
  static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "remains", "remained", "became");
  static final Set<String> BACK_DETERMINERS = Set.of("the", "a", "an", "its", "their");
  static final Set<String> BACK_OPENERS = Set.of("said", "says", "added", "that", "and", "but");
  static final Set<String> NOT_DESCRIBING =
      Set.of("time", "day", "night", "week", "year", "moment", "reason", "place", "one", "way", "since", "after", "when");

  /**
   * Whether a trigger noun is the predicate of "it was the ...", "this is the ...": the sentence
   * describes an act reported before ("It was the largest drone attack on the capital since
   * 2022"), it does not report a new one. The subject opens the clause or follows a comma, "said",
   * "that", "and" or "but"; only lower-case words stand between the determiner and the trigger.
   */
  static boolean describesBack(List<Token> tokens, int cs, int ts) {
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

  /** Words that make a plural act a habit: "nightly drone attacks", "repeated missile strikes". */
  static final Set<String> HABITUAL =
      Set.of("nightly", "daily", "weekly", "regular", "repeated", "frequent", "constant", "relentless",
          "persistent", "routine", "near-daily", "almost-daily", "incessant", "continual", "habitual");
  /** A trend or share governs the acts: "a surge in drone strikes", "in some of its attacks". */
  static final Set<String> TREND_NOUNS =
      Set.of("surge", "increase", "rise", "escalation", "intensification", "decrease", "decline", "drop", "some",
          "many", "most");
  /** Both sides doing it to each other, as a habit: "the two sides trade drone attacks". */
  static final Set<String> TRADING = Set.of("trade", "trading", "traded", "trades");

  /**
   * Whether the act is a habit or trend rather than one attack: a habitual word before a plural
   * noun of the trigger or its object ("nightly drone or missile attacks", "repeated strikes"), a
   * trend or share noun + "in"/"of" right before the phrase ("a surge in drone strikes", "some of
   * its attacks"), or "trade" before it ("continue to trade drone attacks"). Only plural nouns: "its
   * nightly attack on Kyiv" is one night's attack.
   *
   * @param from the first token of the trigger's or object's phrase, whichever comes first
   * @param to the end of the trigger or object, whichever comes last
   */
  static boolean habitual(List<Token> tokens, int cs, int from, int to) {
    boolean plural = false;
    // the head noun may follow the object: "nightly drone attacks", "nightly drone or missile attacks"
    for (int i = from; i < Math.min(tokens.size(), to + 3) && (i < to || !tokens.get(i).isPunct()); i++) {
      String w = tokens.get(i).norm();
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        plural = true;
      }
    }
    if (!plural) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      // inside the phrase "trading" is an adjective: "tariffs on trading partners"
      if (HABITUAL.contains(w) || (TRADING.contains(w) && !w.equals("trading"))) {
        return true;
      }
    }
    // walk back over the phrase's modifiers: "Russia's drone and missile", "heavily damaged by nightly"
    int i = from - 1;
    int steps = 0;
    while (i >= cs && steps < 4 && !tokens.get(i).isPunct()) {
      String w = tokens.get(i).norm();
      if (HABITUAL.contains(w) || TRADING.contains(w)) {
        return true;
      }
      if ((w.equals("in") || w.equals("of")) && i - 1 >= cs && TREND_NOUNS.contains(tokens.get(i - 1).norm())) {
        return true;
      }
      if (w.equals("in") || w.equals("of") || w.equals("by")) {
        return false; // a phrase of its own starts here
      }
      i--;
      steps++;
    }
    return false;
  }

  /** The weapon's remains, not the weapon: "drone debris", "missile fragments". */
  static final Set<String> REMAINS =
      Set.of("debris", "wreckage", "fragments", "fragment", "remains", "shrapnel", "parts", "pieces", "part",
          "piece", "remnants", "components");

  /** Whether the object names what is left of the weapon: "wreckage of a downed drone fell on a garage". */
  static boolean remains(List<Token> tokens, int objEnd) {
    return objEnd < tokens.size() && REMAINS.contains(tokens.get(objEnd).norm());
  }

  /** The remains named before the weapon: "the wreck of a downed drone", "fragments of a missile". */
  static boolean remainsOf(List<Token> tokens, int phraseStart) {
    int i = phraseStart - 1;
    if (i >= 0 && Set.of("a", "an", "the").contains(tokens.get(i).norm())) {
      i--;
    }
    return i >= 1 && tokens.get(i).norm().equals("of") && REMAINS.contains(tokens.get(i - 1).norm());
  }

  private static final Set<String> RELATIVES = Set.of("that", "which");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

  /**
   * The rest of a count already reported, as a definite phrase with a negated relative clause:
   * "the three missiles that got through", "the drones which were never intercepted".
   */
  static boolean remainder(List<Token> tokens, int phraseStart, int objEnd, int ts) {
    if (phraseStart < 1 || !BACK_REFERENCES.contains(tokens.get(phraseStart - 1).norm()) && !BACK_REFERENCES.contains(tokens.get(phraseStart).norm())) {
      return false;
    }
    if (objEnd >= ts || ts - objEnd > 4 || !RELATIVES.contains(tokens.get(objEnd).norm())) {
      return false;
    }
    for (int i = objEnd + 1; i < ts; i++) {
      if (NEGATIONS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A kind of act given as an example, not an act: "steps such as fresh sanctions",
   * "measures like an embargo".
   */
  static boolean example(List<Token> tokens, int from) {
    int i = from - 1;
    if (i >= 0 && Set.of("a", "an").contains(tokens.get(i).norm())) {
      i--;
    }
    return i >= 1 && (tokens.get(i).norm().equals("as") && tokens.get(i - 1).norm().equals("such"))
        || i >= 0 && tokens.get(i).norm().equals("like");
  }

  private static final Set<String> ABILITY = Set.of("can", "could");

  /**
   * What a weapon can do, not what it did: "rockets that could reach the capital", "drones
   * which can hit targets 1,000 km away".
   */
  static boolean capability(List<Token> tokens, int cs, int ts) {
    return ts - 2 >= cs && ABILITY.contains(tokens.get(ts - 1).norm()) && RELATIVES.contains(tokens.get(ts - 2).norm());
  }

  private static final Set<String> BACK_REFERENCES = Set.of("the", "these", "those");

  /**
   * A participle trigger that describes its object after "the" refers back to objects already
   * reported: "one of the downed drones", "the intercepted missiles".
   */
  static boolean describesObject(List<Token> tokens, int ts, int te, int objStart) {
    String last = tokens.get(te - 1).norm();
    boolean participle = last.endsWith("ed") || last.equals("down") || last.equals("shot");
    return participle && objStart == te && ts > 0 && BACK_REFERENCES.contains(tokens.get(ts - 1).norm());
  }

  private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

  /** "all of Putin's conditions must be met": a demand met, not a meeting. */
  static boolean metDemand(List<Token> tokens, int ts, int te) {
    return te - ts == 1 && tokens.get(ts).norm().equals("met") && ts > 0 && BE.contains(tokens.get(ts - 1).norm());
  }

  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "yesterday",
          "today", "tonight", "earlier", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");
  private static final Set<String> HAPPENING =
      Set.of("held", "hold", "holding", "holds", "took", "take", "takes", "taking", "began", "begun", "begin",
          "begins", "ended", "end", "resumed", "resume", "attended", "attend", "attending", "round", "rounds",
          "convened", "concluded", "week", "month", "first", "second", "third", "fourth", "fifth");

  /**
   * Whether a meeting is anchored in the world: a time ("on Monday", "in May", "this week", "last
   * week", "earlier"), a venue ("in Istanbul", "in Geneva"), or a verb of it happening ("took place",
   * "were held", "began", "attended", "a round of"). A meeting that names no party and no anchor is
   * talk about talks ("the negotiations must be properly prepared", "to keep negotiations alive").
   */
  static boolean anchored(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.norm();
      // "may" and "march" are months only as names
      if (TIME_WORDS.contains(w) && (t.shape() == Token.Shape.CAPITALISED || !(w.equals("may") || w.equals("march")))) {
        return true;
      }
      if (HAPPENING.contains(w) && !(w.equals("week") || w.equals("month"))) {
        return true;
      }
      if ((w.equals("week") || w.equals("month")) && i > 0
          && Set.of("this", "last", "next", "that").contains(tokens.get(i - 1).norm())) {
        return true;
      }
      // "between the two sides": the parties, named by what they are
      if (w.equals("between") && i + 2 < tokens.size() && tokens.get(i + 1).norm().equals("the")
          && (tokens.get(i + 2).norm().equals("two") || tokens.get(i + 2).norm().equals("three"))) {
        return true;
      }
      // "in Istanbul", "at the White House"
      if ((w.equals("in") || w.equals("at")) && i + 1 < tokens.size()) {
        Token n = tokens.get(i + 1);
        if (n.norm().equals("the") && i + 2 < tokens.size()) {
          n = tokens.get(i + 2);
        }
        if (n.shape() == Token.Shape.CAPITALISED) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> MEETING_NOUNS =
      Set.of("negotiations", "negotiation", "talks", "discussions", "discussion", "consultations", "summit",
          "summits", "meeting", "meetings", "conversation");
  /** Words that may stand between a preposition and a meeting noun: "in future peace talks". */
  private static final Set<String> MEETING_MODIFIERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "these", "those", "such", "any", "peace", "ceasefire",
          "direct", "further", "future", "broader", "wider", "in-person", "fresh", "new", "possible", "potential",
          "high-level", "formal", "ongoing", "lengthy", "bilateral", "trilateral");
  /** Prepositions that make a meeting noun part of another phrase: "through negotiations". */
  private static final Set<String> GOVERNING =
      Set.of("through", "of", "in", "with", "for", "before", "into", "toward", "towards", "without");
  /** Nouns before "of" that count meetings that happened: "a round of talks", "hours of talks". */
  private static final Set<String> HAPPENED_OF =
      Set.of("round", "rounds", "hours", "days", "sidelines", "session", "sessions", "start", "end", "outcome");
  private static final Set<String> GENERIC_MODIFIERS = Set.of("further", "broader", "wider", "future");

  /**
   * Whether a meeting noun stands in a phrase about talks in general, not a meeting: "will be
   * achieved through negotiations", "at the centre of negotiations", "a bargaining chip in future
   * peace talks", "take part in peace discussions", "failure to move forward with negotiations",
   * "a prerequisite for further talks". Not after a count of sessions ("a round of talks", "on the
   * sidelines of a summit"), not "were in talks with", and after "for" only with a word that makes
   * them general ("for further talks"; "preparing for talks with US officials" is a meeting ahead).
   */
  static boolean talksInGeneral(List<Token> tokens, int cs, int ts, int te) {
    return talksInGeneral(tokens, cs, ts, ts, te);
  }

  /**
   * As above, for a meeting noun whose phrase starts earlier at {@code phraseStart}, with its
   * object before it: "take part in peace discussions" (object "peace").
   */
  static boolean talksInGeneral(List<Token> tokens, int cs, int phraseStart, int ts, int te) {
    boolean noun = false;
    for (int i = ts; i < te; i++) {
      noun |= MEETING_NOUNS.contains(tokens.get(i).norm());
    }
    // "future negotiations between Russia and Ukraine": both parties named, one meeting
    boolean between = tokens.get(te - 1).norm().equals("between") || te < tokens.size() && tokens.get(te).norm().equals("between");
    if (!noun || between) {
      return false;
    }
    boolean general = false;
    int j = phraseStart - 1;
    while (j >= cs && MEETING_MODIFIERS.contains(tokens.get(j).norm())) {
      general |= GENERIC_MODIFIERS.contains(tokens.get(j).norm());
      j--;
    }
    for (int i = ts; i < te; i++) {
      general |= GENERIC_MODIFIERS.contains(tokens.get(i).norm());
    }
    if (j < cs || !GOVERNING.contains(tokens.get(j).norm())) {
      return false;
    }
    String prep = tokens.get(j).norm();
    String before = j - 1 >= cs ? tokens.get(j - 1).norm() : "";
    return switch (prep) {
      case "of" -> !HAPPENED_OF.contains(before);
      case "in" -> !BE.contains(before);
      case "for" -> general;
      default -> true;
    };
  }

  /** Verbs of a weapon reaching its target, as opposed to launching it. */
  static final Set<String> HIT_VERBS = Set.of("hit", "hits", "struck", "damaged", "destroyed", "slammed");

  /** Plural nouns of acts that name acts in general unless something makes them particular. */
  static final Set<String> PLURAL_ACTS =
      Set.of("attacks", "strikes", "raids", "barrages", "bombardments", "visits", "swaps", "exchanges");
  /** Words before a plural act that make it particular acts: "the strikes", "further attacks". */
  static final Set<String> PARTICULAR =
      Set.of("the", "these", "those", "this", "that", "both", "all", "latest", "further", "more", "new", "fresh",
          "renewed", "overnight", "weekend", "recent", "last", "coordinated", "simultaneous", "combined");
  /** Words that end the act's noun phrase on its left: a verb of speech, a conjunction. */
  static final Set<String> PHRASE_ENDS =
      Set.of("on", "by", "said", "says", "told", "added", "argued", "warned", "that", "which", "who", "while", "when",
          "as", "because", "if");
  static final Set<String> THREATS = Set.of("threat", "threats", "risk", "danger", "warning", "wave", "series");
  /** Words that make plural acts general whatever else the clause says: "future attacks". */
  static final Set<String> GENERAL = Set.of("future", "possible", "potential");
  /** Words of a time that anchor acts in one day or night. */
  static final Set<String> ANCHORS =
      Set.of("overnight", "night", "morning", "evening", "afternoon", "dawn", "hours", "weekend", "tonight", "today",
          "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier",
          "january", "february", "april", "june", "july", "august", "september", "october", "november",
          "december");

  /**
   * Whether a plural act noun names acts in general: nothing before it makes them particular (a
   * determiner, a number, a superlative, "further", "latest") and no time in its clause anchors
   * them ("overnight", "on Monday", "this week"). "Drone attacks have become a weapon of choice",
   * "facing heavy drone attacks as part of the offensive", "on visits to the lakes", "to defend
   * itself from future attacks" (with "future" always) report no act; "overnight drone attacks
   * killed three" and "its largest drone and missile attacks" do.
   */
  static boolean generalPlural(List<Token> tokens, int cs, int ce, int ts, int te) {
    if (!PLURAL_ACTS.contains(tokens.get(te - 1).norm())) {
      return false;
    }
    boolean crossed = false;
    for (int i = ts - 1, steps = 0; i >= cs && steps < 6; i--, steps++) {
      Token t = tokens.get(i);
      String w = t.norm();
      if (GENERAL.contains(w)) {
        return true;
      }
      if (w.equals("of") && i > cs && THREATS.contains(tokens.get(i - 1).norm())) {
        return false; // "a threat of missile attacks": acts announced, read as hypothetical
      }
      if (t.isPunct() || GOVERNING.contains(w) || BE.contains(w) || PHRASE_ENDS.contains(w)) {
        break;
      }
      if (PARTICULAR.contains(w) || t.shape() == Token.Shape.NUMBER || (w.endsWith("est") && w.length() > 4)) {
        return false;
      }
      if (w.equals("and") || w.equals("or")) {
        crossed = true;
        continue;
      }
      if (crossed && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        break; // "troops and heavy drone attacks": another phrase ends before "and"
      }
    }
    for (int i = cs; i < ce; i++) {
      Token t = tokens.get(i);
      String w = t.norm();
      if (ANCHORS.contains(w) && !(w.equals("may") || w.equals("march"))) {
        return false;
      }
      if ((w.equals("week") || w.equals("month")) && i > 0 && Set.of("this", "last").contains(tokens.get(i - 1).norm())) {
        return false;
      }
      if (t.shape() == Token.Shape.CAPITALISED && (w.equals("may") || w.equals("march"))) {
        return false; // "in May"
      }
    }
    return true;
  }

  /** Verbs of attack in the present, as a speaker describes what keeps happening. */
  static final Set<String> PRESENT_ATTACKS =
      Set.of("attack", "attacks", "attacking", "shell", "shells", "shelling", "strike", "strikes", "striking", "bomb",
          "bombs", "bombing", "fire", "fires", "firing", "launch", "launches", "launching", "target", "targets",
          "targeting", "hit", "hits", "hitting", "destroy", "destroys", "destroying", "shoot", "shoots", "shooting");
  private static final Set<String> PRESENT_SUBJECTS = Set.of("they", "we", "he", "she", "it", "you");
  private static final Set<String> PRESENT_BE = Set.of("are", "is", "am", "'re", "'s");
  private static final Set<String> FREQUENCY =
      Set.of("all", "always", "often", "constantly", "still", "usually", "regularly", "keep", "just", "also", "again");

  /**
   * Whether a verb of attack stands in the present with a pronoun subject, as a speaker tells
   * what keeps happening: "they shell us every day", "they all attack at once", "they are
   * attacking with everything". No act unless a time anchors it ("they are attacking Kyiv now").
   */
  static boolean habitualPresent(List<Token> tokens, int cs, int ce, int ts, int te) {
    if (te - ts != 1 || !PRESENT_ATTACKS.contains(tokens.get(ts).norm())) {
      return false;
    }
    String verb = tokens.get(ts).norm();
    int i = ts - 1;
    while (i >= cs && FREQUENCY.contains(tokens.get(i).norm())) {
      i--;
    }
    if (verb.endsWith("ing")) {
      if (i < cs || !PRESENT_BE.contains(tokens.get(i).norm())) {
        return false;
      }
      i--;
    } else if (verb.equals("hit")) {
      return false; // "they hit" is as often past as present
    }
    if (i < cs || !PRESENT_SUBJECTS.contains(tokens.get(i).norm())) {
      return false;
    }
    boolean third = Set.of("he", "she", "it").contains(tokens.get(i).norm());
    if (!verb.endsWith("ing") && third != verb.endsWith("s")) {
      return false; // "they attacks" is no present; "it strike" neither
    }
    for (int k = cs; k < ce; k++) {
      String w = tokens.get(k).norm();
      if (ANCHORS.contains(w) || w.equals("now") && verb.endsWith("ing")) {
        return false;
      }
      if (tokens.get(k).shape() == Token.Shape.NUMBER) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> STANCE_VERBS =
      Set.of("said", "stated", "vowed", "insisted", "warned", "threatened", "promised", "suggested", "argued", "pledged");

  /**
   * A plan or refusal someone stated before, as background to a change: "having previously said he
   * would not back new tariffs", "had earlier said she would only send troops if". Read for
   * hypothetical and negated mentions only: what was once said would happen is no report now.
   */
  static boolean pastStance(List<Token> tokens, int ts) {
    for (int i = 0; i < ts; i++) {
      if (!tokens.get(i).norm().equals("previously")) {
        continue;
      }
      for (int k = i + 1; k < Math.min(ts, i + 3); k++) {
        if (STANCE_VERBS.contains(tokens.get(k).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> REPORTERS = Set.of("we", "i");
  /** Family words: a call or visit to them is private life, not diplomacy. */
  static final Set<String> KIN =
      Set.of("mother", "father", "mum", "mom", "dad", "wife", "husband", "son", "daughter", "family", "parents",
          "relatives", "sister", "brother", "children", "grandmother", "grandfather", "girlfriend", "boyfriend");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d");

  /**
   * A meeting or call of private life, not of the parties to a war: the reporter's own ("We met
   * him shortly after his release", outside quotes) or a call to one's family ("his first phone
   * call was to tell his mother").
   */
  static boolean privateMeeting(List<Token> tokens, int cs, int ce, int ts, int te) {
    int quotes = 0;
    for (int i = 0; i < ts; i++) {
      quotes += QUOTE_MARKS.contains(tokens.get(i).text()) ? 1 : 0;
    }
    if (quotes % 2 == 0 && ts - 1 >= cs && REPORTERS.contains(tokens.get(ts - 1).norm())) {
      return true;
    }
    for (int i = te; i < Math.min(ce, te + 8); i++) {
      if (KIN.contains(tokens.get(i).norm())) {
        return true;
      }
      if (tokens.get(i).isPunct()) {
        break;
      }
    }
    return false;
  }
}
