package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The article-level step of event reading: a sentence's mentions are judged against the mentions
 * of the sentences around it. One act is one report, however often the article comes back to it:
 *
 * <ul>
 *   <li><b>references back</b>: a definite phrase of an act ("the attack", "the summit", "such a
 *       meeting", "the missile hit", "the sanctions were announced") with no number of its own,
 *       after the article has already reported an act of its type, is that act again. A named act
 *       ("Operation Spider's Web") named again is that act again too. A name or an ordinal in the
 *       phrase makes it another act ("the Odesa drone attack", "the second round of talks");
 *   <li><b>hits of one attack</b>: a weapon reaching its target ("a drone struck a hospital", "16
 *       drones and six missiles struck targets") is part of an attack of its type that the article
 *       reports with another verb: a single weapon's hit always, a counted hit when the attack's
 *       count is larger;
 *   <li><b>local tallies</b>: a count of one place ("destroyed over Kyiv", "heading towards the
 *       capital") or from a local official (a mayor, a governor) is a sub-count when the article
 *       reports a larger count of the type that is not local.
 * </ul>
 *
 * Plain Java on the tokens and mentions of one article's sentences, in order.
 */
public final class ArticleEvents {
  private ArticleEvents() {}

  /** One sentence: its tokens, the token indices of its place names, and its mentions. */
  public record Sentence(List<Token> tokens, Set<Integer> placeTokens, List<EventMention> events) {}

  /** The mentions each sentence keeps, in the order of the sentences given. */
  public static List<List<EventMention>> refine(List<Sentence> sentences) {
    return refine(sentences, EventTrace.NONE);
  }

  /** As above, telling {@code trace} which rule dropped a mention (for {@code explain}). */
  public static List<List<EventMention>> refine(List<Sentence> sentences, EventTrace trace) {
    List<Read> all = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence st = sentences.get(s);
      for (EventMention m : st.events()) {
        all.add(new Read(s, m, st));
      }
    }
    List<List<EventMention>> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      out.add(new ArrayList<>());
    }
    // references back first; hits and tallies are then weighed against the reports that stay
    List<Read> reports = new ArrayList<>();
    for (Read r : all) {
      if (!sameAsEarlier(r, all)) {
        reports.add(r);
      } else {
        r.heldBack(trace, "a reference back to an act the article reported before");
      }
    }
    for (Read r : reports) {
      if (!partOfAnother(r, reports)) {
        out.get(r.sentence).add(r.mention);
      } else {
        r.heldBack(trace, "part of a larger attack or count of its type that the article reports");
      }
    }
    return out;
  }

  /** A definite or named reference to an act of its type that an earlier sentence reported. */
  private static boolean sameAsEarlier(Read r, List<Read> all) {
    EventMention m = r.mention;
    if (r.trigger < 0 || m.quantity() >= 0) {
      return false;
    }
    // a reference as subject that changes how sure the act is ("Moscow claimed the missiles had
    // hit ...", "the Kremlin said such a meeting was not on the agenda") is a report of its own;
    // as an object the act is taken as given ("are not due to join the talks")
    boolean earlier = false;
    for (Read o : all) {
      if (o.sentence < r.sentence && o.mention.type().equals(m.type()) && (r.presupposed || o.mention.certainty() == m.certainty())) {
        earlier = true;
        break;
      }
    }
    // a name is the act whatever the sentence says of it
    return earlier && r.definite || r.namedAgain(all);
  }

  /** A hit or a local tally inside an attack or a count of its type that the article reports. */
  private static boolean partOfAnother(Read r, List<Read> reports) {
    EventMention m = r.mention;
    if (r.trigger < 0) {
      return false;
    }
    if (r.hit && (m.quantity() > 1 && r.generalTarget || r.circumstance)) {
      for (Read o : reports) {
        if (o != r && o.mention.type().equals(m.type()) && !o.hit && o.trigger >= 0 && happened(o.mention)
            && (m.quantity() <= 1 || o.mention.quantity() > m.quantity())) {
          return true;
        }
      }
    }
    if (r.local && m.quantity() > 0) {
      for (Read o : reports) {
        if (o != r && o.mention.type().equals(m.type()) && !o.local && o.mention.quantity() > m.quantity()
            && sameSides(m, o.mention)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two mentions may be one act: no side named differently ("its forces intercepted 22
   * Ukrainian drones" is not part of "air defences downed 40 Russian drones").
   */
  static boolean sameSides(EventMention a, EventMention b) {
    return compatible(a.source(), b.source()) && compatible(a.target(), b.target());
  }

  private static boolean compatible(String x, String y) {
    return x.isEmpty() || y.isEmpty() || x.equals(y);
  }

  /** A hit can only be part of an attack that happened or is said to have. */
  private static boolean happened(EventMention m) {
    return m.certainty() == Certainty.ASSERTED || m.certainty() == Certainty.CLAIMED;
  }

  /** A mention with what the article step reads around its trigger. */
  private static final class Read {
    final int sentence;
    final EventMention mention;
    final List<Token> tokens;
    /** token index of the trigger's first word, or -1 when it cannot be found */
    final int trigger;
    final int triggerEnd;
    final boolean definite;
    final boolean presupposed;
    final boolean hit;
    /** the hit is told as a circumstance: "killed after a drone struck", "a building hit by a drone" */
    final boolean circumstance;
    /** the hit names no particular target: "struck targets in eight regions" */
    final boolean generalTarget;
    final boolean local;

    Read(int sentence, EventMention mention, Sentence st) {
      this.sentence = sentence;
      this.mention = mention;
      this.tokens = st.tokens();
      this.trigger = find(tokens, mention.trigger());
      this.triggerEnd = trigger < 0 ? -1 : trigger + mention.trigger().split("\\s+").length;
      this.definite = trigger >= 0 && definitePhrase(tokens, trigger, triggerEnd);
      this.presupposed = definite && presupposed(tokens, trigger);
      this.hit = trigger >= 0 && HIT_VERBS.contains(tokens.get(trigger).norm());
      this.circumstance = hit && circumstance(tokens, trigger);
      this.generalTarget = hit && triggerEnd < tokens.size() && GENERAL_TARGETS.contains(tokens.get(triggerEnd).norm());
      // a count over one place that a national body reports ("32 drones were shot down over
      // Pokrovsk, the military said") is that body's own report; a local official's is a share
      this.local = trigger >= 0 && (localOfficial(tokens, trigger) || mention.source().isEmpty() && local(tokens, st.placeTokens(), trigger));
    }

    void heldBack(EventTrace trace, String rule) {
      trace.heldBack(tokens, Math.max(trigger, 0), Math.max(triggerEnd, 0), mention.type(), rule);
    }

    /** The same named act as an earlier mention: a trigger with a capitalised word after its first. */
    boolean namedAgain(List<Read> all) {
      if (trigger < 0 || triggerEnd - trigger < 2) {
        return false;
      }
      boolean named = false;
      for (int i = trigger + 1; i < triggerEnd; i++) {
        named |= tokens.get(i).shape() == Token.Shape.CAPITALISED;
      }
      if (!named) {
        return false;
      }
      String t = mention.trigger().toLowerCase(Locale.ROOT);
      for (Read o : all) {
        if (o.sentence < sentence && o.mention.type().equals(mention.type())
            && o.mention.trigger().toLowerCase(Locale.ROOT).equals(t)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The first place where the trigger's words stand in the sentence, or -1. */
  static int find(List<Token> tokens, String trigger) {
    String[] words = trigger.trim().split("\\s+");
    for (int i = 0; i + words.length <= tokens.size(); i++) {
      boolean ok = true;
      for (int k = 0; k < words.length && ok; k++) {
        ok = tokens.get(i + k).text().equalsIgnoreCase(words[k]);
      }
      if (ok) {
        return i;
      }
    }
    return -1;
  }

  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");
  /** Words after a definite determiner that make the phrase another act, not the same one. */
  static final Set<String> ANOTHER_ACT =
      Set.of("first", "second", "third", "fourth", "fifth", "next", "last", "latest", "new", "another", "other",
          "previous", "earlier", "further", "fresh", "recent", "upcoming", "planned", "same", "biggest", "largest",
          "apparent");
  /** Heads of a subject phrase that is the act's own object: "the drones were downed", "the sanctions were announced". */
  static final Set<String> OBJECT_HEADS =
      Set.of("drone", "drones", "missile", "missiles", "rocket", "rockets", "shahed", "shaheds", "uav", "uavs",
          "projectile", "projectiles", "sanctions", "measures", "restrictions", "tariffs", "prisoners", "troops",
          "soldiers", "jets", "weapons");
  /** Words between a subject phrase and its verb: "the drones were downed", "the missile had hit". */
  static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be", "had", "has", "have", "reportedly", "also");
  /** Words that may stand in a noun phrase between its determiner and its head. */
  static final Set<String> NOT_MODIFIERS =
      Set.of("and", "or", "of", "in", "on", "at", "by", "for", "with", "to", "from", "that", "which", "who", "as",
          "was", "were", "is", "are", "had", "has", "have", "been", "be", "will", "would", "could", "said", "not");

  /**
   * Whether the trigger stands in a definite noun phrase with no name in it: "the drone attack",
   * "the cruise missile attack", "such a meeting", "the counteroffensive"; or a verb trigger whose
   * subject is such a phrase: "the missile hit", "the Shahed drones were downed", "the sanctions
   * were announced". Nationality words are no names ("the Russian attack").
   */
  static boolean definitePhrase(List<Token> tokens, int ts, int te) {
    return determiner(tokens, ts) >= 0;
  }

  /**
   * Whether the act's definite noun phrase is the object of a verb or a preposition, so that the
   * sentence takes the act as given: "survived the missile strike", "attend the talks", "at the
   * site of the attack", "from such a meeting". Not as a subject ("the missiles had hit", "such a
   * meeting was not on the agenda"), where the sentence says something new about it.
   */
  static boolean presupposed(List<Token> tokens, int ts) {
    int d = determiner(tokens, ts);
    if (d <= 0 || d < ts && verbTrigger(tokens, ts)) {
      return false;
    }
    Token before = tokens.get(d - 1);
    return before.shape() == Token.Shape.LOWER && !SUBJECT_OPENERS.contains(before.norm());
  }

  /** Words after which a noun phrase opens a clause as its subject. */
  static final Set<String> SUBJECT_OPENERS =
      Set.of("said", "says", "that", "and", "but", "while", "when", "as", "because", "if", "told", "added",
          "confirmed", "announced", "reported", "whether", "though", "although", "since", "until");

  private static boolean verbTrigger(List<Token> tokens, int ts) {
    int i = ts - 1;
    if (i >= 0 && AUXILIARIES.contains(tokens.get(i).norm())) {
      return true;
    }
    return i >= 0 && isVerbForm(tokens.get(ts).norm()) && !tokens.get(i).isPunct() && !DEFINITE.contains(tokens.get(i).norm());
  }

  /** The index of the definite determiner of the act's phrase (see {@link #definitePhrase}), or -1. */
  static int determiner(List<Token> tokens, int ts) {
    if (tokens.get(ts).norm().equals("such")) {
      return ts;
    }
    if (tokens.get(ts).norm().equals("to")) {
      return -1; // "broke off the talks to phone Putin": a verb of its own
    }
    int i = ts - 1;
    // a verb trigger: step back over its auxiliaries to the subject's head
    boolean verb = false;
    while (i >= 0 && AUXILIARIES.contains(tokens.get(i).norm())) {
      i--;
      verb = true;
    }
    if (!verb && i >= 0 && i == ts - 1 && isVerbForm(tokens.get(ts).norm()) && !tokens.get(i).isPunct()
        && !DEFINITE.contains(tokens.get(i).norm())) {
      verb = true; // "when the missile hit": a bare past verb after its subject
    }
    if (verb && (i < 0 || !OBJECT_HEADS.contains(tokens.get(i).norm()))) {
      return -1; // "the army attacked": a definite doer, not the act
    }
    int steps = 0;
    for (; i >= 0 && steps < 4; i--, steps++) {
      Token t = tokens.get(i);
      String w = t.norm();
      if (DEFINITE.contains(w)) {
        // "that" after a noun or a verb is a conjunction or relative: "said that drones hit"
        boolean conjunction = w.equals("that") && (steps == 0 || i > 0 && !tokens.get(i - 1).isPunct() && verbBefore(tokens, i));
        return conjunction ? -1 : i;
      }
      if (t.isPunct() || t.possessive() || t.shape() == Token.Shape.NUMBER || NOT_MODIFIERS.contains(w)
          || ANOTHER_ACT.contains(w) || w.endsWith("est")) {
        return -1;
      }
      if (!verb && IRREGULAR_VERBS.contains(w)) {
        return -1; // "the delegation held direct talks": the subject of a verb, not a determiner of the act
      }
      if (!verb && (t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER) && !nationality(w)) {
        return -1; // "the Odesa drone attack": a name makes it one act of its own
      }
      if ((!verb || steps > 0) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        return -1; // "the talks to phone Putin": a noun of its own, not a modifier
      }
    }
    return -1;
  }

  private static boolean verbBefore(List<Token> tokens, int i) {
    String w = tokens.get(i - 1).norm();
    return w.endsWith("ed") || w.equals("said") || w.equals("says") || w.equals("told") || w.endsWith("s");
  }

  private static boolean isVerbForm(String w) {
    return HIT_VERBS.contains(w) || w.endsWith("ed") || w.endsWith("ing") || IRREGULAR_VERBS.contains(w);
  }

  /** Verb forms that open triggers and do not end in "-ed": "held talks", "met", "spoke with". */
  static final Set<String> IRREGULAR_VERBS =
      Set.of("held", "hold", "holds", "met", "meet", "meets", "spoke", "speak", "speaks", "sat", "had", "has",
          "have", "took", "take", "takes", "made", "make", "makes", "sent", "send", "sends", "gave", "give", "gives",
          "shot", "shoot", "brought", "flew", "fly", "flies", "went", "came", "drove", "fought", "sank", "sunk",
          "overran", "retook", "began");

  private static boolean nationality(String w) {
    return w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("can") || w.endsWith("ean")
        || w.endsWith("ch") || w.equals("western") || w.equals("soviet");
  }

  /** A weapon reaching its target, as against launching it. */
  static final Set<String> HIT_VERBS = Set.of("hit", "struck", "slammed", "crashed", "smashed");

  /** Targets that name no particular place or thing: "struck targets", "hit facilities". */
  static final Set<String> GENERAL_TARGETS = Set.of("targets", "objects", "sites", "facilities", "locations");

  /** Words that open a clause telling a circumstance of something else. */
  static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("after", "when", "that", "which", "as", "where", "while");
  private static final Set<String> PASSIVE_BE = Set.of("was", "were", "is", "are", "been", "be", "being");

  /**
   * Whether a hit is told as the circumstance of a death or a damage rather than reported: after
   * a subordinator a few words back ("killed after a drone struck a hospital", "a missile that
   * had hit a building"), or as a participle after a noun ("a building hit by a drone").
   */
  static boolean circumstance(List<Token> tokens, int ts) {
    if (ts + 1 < tokens.size() && tokens.get(ts + 1).norm().equals("by") && ts > 0
        && tokens.get(ts - 1).isWord() && !PASSIVE_BE.contains(tokens.get(ts - 1).norm())) {
      return true;
    }
    for (int i = ts - 1; i >= Math.max(0, ts - 6); i--) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        return false;
      }
      if (CIRCUMSTANCE_OPENERS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /** Titles of officials who speak for one city or region. */
  static final Set<String> LOCAL_OFFICIALS = Set.of("mayor", "governor", "governer");
  /** A mayor or governor named before the trigger: "the city's mayor said 9 drones were downed". */
  static boolean localOfficial(List<Token> tokens, int ts) {
    for (int i = 0; i < ts; i++) {
      if (LOCAL_OFFICIALS.contains(tokens.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions that put an act over one place: "destroyed over Kyiv", "heading towards the capital". */
  static final Set<String> OVER = Set.of("over", "above", "towards", "toward", "approaching");
  static final Set<String> ADDITIVE = Set.of("another", "additional", "further");
  static final Set<String> LOCAL_NOUNS = Set.of("capital", "city", "town");

  /**
   * Whether the mention is one place's share: a local official reports it before the trigger
   * ("the city's mayor said 12 drones were shot down"), or the trigger's clause puts it over one
   * city, town or region ("destroyed over Kyiv", "towards the capital", "over the Bryansk region").
   */
  static boolean local(List<Token> tokens, Set<Integer> places, int ts) {
    if (localOfficial(tokens, ts)) {
      return true;
    }
    for (int i = 0; i < ts; i++) {
      if (ADDITIVE.contains(tokens.get(i).norm())) {
        return false; // "another 12 drones were downed over Odesa": more, not a share
      }
    }
    for (int i = Math.max(0, ts - 8); i < Math.min(tokens.size() - 1, ts + 8); i++) {
      if (!OVER.contains(tokens.get(i).norm())) {
        continue;
      }
      int j = i + 1;
      if (tokens.get(j).norm().equals("the") && j + 1 < tokens.size()) {
        j++;
      }
      String w = tokens.get(j).norm();
      if (LOCAL_NOUNS.contains(w)) {
        return true;
      }
      if (places != null && places.contains(j)) {
        // "over the Sumy and Kharkiv regions" lists several: a breakdown, not one place
        int k = j + 1;
        while (k < tokens.size() && places.contains(k)) {
          k++;
        }
        boolean list = k < tokens.size() && (tokens.get(k).norm().equals("regions")
            || (tokens.get(k).norm().equals("and") || tokens.get(k).norm().equals(",")) && places.contains(k + 1));
        return !list;
      }
    }
    return false;
  }
}
