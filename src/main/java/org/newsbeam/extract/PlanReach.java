package org.newsbeam.extract;

import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * How far a plan reaches beyond the modal right before an act ({@link CertaintyReader} asks):
 * the purpose infinitive of the verb a modal governs ("would sign a new defence agreement with
 * Oslo to supply 200 missiles"), a bare verb joined to the modal's own by "and" ("would fly to
 * Oslo and meet the king"), a bracketed aside that does not count in the modal's reach ("would
 * cover a $5bn (4bn euros) arms deal"), the present progressive with a time ahead ("is
 * flying to Oslo later today"), and talks a journey in the present tense is for ("as the
 * delegates arrive in Geneva for a new round of talks").
 */
final class PlanReach {
  private PlanReach() {}

  /** Words that end a modal's reach before a purpose infinitive: a new clause or a finite verb. */
  static final Set<String> PURPOSE_BREAKS =
      Set.of(",", ";", ":", "that", "which", "who", "and", "but", "or", "had", "has", "have", "was", "were",
          "is", "are", "said", "says", "after", "before");

  /**
   * The trigger is the purpose infinitive of the verb a modal governs: "said it would sign a new defence
   * agreement with Oslo to supply 200 missiles" (the providing is as future as the signing). Up to twelve
   * words from the modal, none of which opens a clause of its own or is a finite verb. Only
   * modals and cues ending in "to" ("plans to", "is expected to"), not nouns like "proposal".
   */
  static boolean purposeOf(List<Token> tokens, int cueStart, int cueEnd, int trigStart) {
    if (trigStart - cueEnd > 12) {
      return false;
    }
    String last = tokens.get(cueEnd - 1).norm();
    boolean modal = cueEnd - cueStart == 1 && CertaintyReader.MODALS.contains(last);
    if (!modal && !last.equals("to")) {
      return false;
    }
    int to = tokens.get(trigStart).norm().equals("to") ? trigStart : trigStart - 1;
    if (to <= cueEnd || !tokens.get(to).norm().equals("to")) {
      return false;
    }
    for (int i = cueEnd; i < to; i++) {
      if (PURPOSE_BREAKS.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  /** Tokens between {@code from} and {@code to}, a bracketed aside left out: "would cover a $5bn (4bn euros) arms deal". */
  static int outsideBrackets(List<Token> tokens, int from, int to) {
    int n = 0;
    int depth = 0;
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      if (w.equals("(")) {
        depth++;
      } else if (w.equals(")") && depth > 0) {
        depth--;
      } else if (depth == 0) {
        n++;
      }
    }
    return depth > 0 ? to - from : n;
  }

  /** Words that are never a bare verb right after a modal or after "and". */
  private static final Set<String> NOT_BARE_VERBS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "then", "also",
          "not", "never", "to", "in", "on", "at", "with", "for", "of", "be", "have", "has", "had", "was", "were",
          "is", "are", "this", "that", "there", "so", "yet", "now", "later", "soon");
  /** Past forms that do not end in "-ed": "and met", "and sent" start a clause of the past, not the modal's. */
  private static final Set<String> IRREGULAR_PASTS =
      Set.of("met", "held", "sent", "flew", "went", "came", "gave", "took", "spoke", "began", "made", "struck",
          "shot", "fought", "brought", "left", "led", "told", "saw", "won", "lost", "kept", "put", "got", "drew");

  /**
   * The trigger's verb is joined by "and" to the verb a modal governs, so the plan covers both:
   * "would fly to Oslo and meet the king", "would send two frigates and take over air policing".
   * The modal's verb comes right after it (quotation marks aside), no clause opens before the
   * "and", the word after "and" is a bare verb, and the trigger follows within six words.
   */
  static boolean coordinatedUnderModal(List<Token> tokens, int cueStart, int cueEnd, int trigStart) {
    String last = tokens.get(cueEnd - 1).norm();
    boolean modal = cueEnd - cueStart == 1 && CertaintyReader.MODALS.contains(last);
    if (!modal && !last.equals("to")) {
      return false;
    }
    int verb = skipQuotes(tokens, cueEnd, trigStart);
    if (verb >= trigStart || !bareVerb(tokens.get(verb))) {
      return false;
    }
    int and = -1;
    for (int i = verb + 1; i < trigStart && i - cueEnd <= 20; i++) {
      String w = tokens.get(i).norm();
      if (w.equals("and")) {
        and = i;
        break;
      }
      if (!CertaintyReader.QUOTES.contains(w) && (PURPOSE_BREAKS.contains(w) || CertaintyReader.SUBORDINATE_OPENERS.contains(w) || tokens.get(i).isPunct() && !w.equals("'s") && !w.equals("'"))) {
        return false;
      }
    }
    if (and < 0 || trigStart - and > 7) {
      return false;
    }
    int second = skipQuotes(tokens, and + 1, trigStart + 1);
    if (second > trigStart || !bareVerb(tokens.get(second))) {
      return false;
    }
    for (int i = second + 1; i < trigStart; i++) {
      String w = tokens.get(i).norm();
      if (!w.equals("and") && (PURPOSE_BREAKS.contains(w) || CertaintyReader.SUBORDINATE_OPENERS.contains(w) || tokens.get(i).isPunct())) {
        return false;
      }
    }
    return true;
  }

  private static int skipQuotes(List<Token> tokens, int from, int to) {
    int i = from;
    while (i < to && i < tokens.size() && CertaintyReader.QUOTES.contains(tokens.get(i).text())) {
      i++;
    }
    return Math.min(i, tokens.size() - 1);
  }

  /** A lower-case word that can be a verb's bare form: no past, no "-ing", no third person "-s". */
  private static boolean bareVerb(Token t) {
    String w = t.norm();
    if (!t.isWord() || t.shape() != Token.Shape.LOWER || w.length() < 2 || NOT_BARE_VERBS.contains(w)
        || IRREGULAR_PASTS.contains(w) || CertaintyReader.MODALS.contains(w)) {
      return false;
    }
    return !w.endsWith("ed") && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"));
  }

  private static final Set<String> PROGRESSIVE_AUXILIARIES = Set.of("is", "are", "am");
  /** Times that lie ahead of the day a report is written. */
  private static final List<List<String>> FUTURE_TIMES =
      List.of(List.of("later", "today"), List.of("later", "on"), List.of("later", "this"), List.of("tomorrow"),
          List.of("tonight"), List.of("next", "week"), List.of("next", "month"), List.of("this", "weekend"),
          List.of("later", "in", "the", "week"));

  /**
   * The present progressive with a time ahead is a plan, not an act under way: "is flying to
   * Oslo to discuss the truce later today", "are meeting in Geneva next week". Without the time
   * ("is flying to Oslo") the act is under way and stays asserted.
   */
  static boolean futureProgressive(List<Token> tokens, int clauseStart, int clauseEnd, int trigStart) {
    if (!tokens.get(trigStart).norm().endsWith("ing")) {
      return false;
    }
    boolean progressive = false;
    for (int i = trigStart - 1; i >= Math.max(clauseStart, trigStart - 2); i--) {
      if (PROGRESSIVE_AUXILIARIES.contains(tokens.get(i).norm())) {
        progressive = true;
        break;
      }
    }
    if (!progressive) {
      return false;
    }
    for (int i = clauseStart; i < clauseEnd; i++) {
      for (List<String> time : FUTURE_TIMES) {
        if (i + time.size() <= clauseEnd && ReportFilter.startsWith(tokens, i, time)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of a journey in the present tense: the journey is under way, what it is for lies ahead. */
  private static final Set<String> PRESENT_JOURNEYS =
      Set.of("arrive", "arrives", "arriving", "travel", "travels", "travelling", "traveling", "fly", "flies", "flying",
          "head", "heading", "gather", "gathering", "converge", "converging");
  /** Words of the purpose phrase between "for" and the trigger: "for a fresh round of ceasefire talks". */
  private static final Set<String> PURPOSE_WORDS =
      Set.of("a", "an", "the", "new", "fresh", "further", "another", "second", "third", "round", "rounds", "of", "more");

  /**
   * The act is what a journey in the present tense is for: "as the delegates arrive in Geneva for a
   * new round of talks", "ministers are flying to Oslo for talks". The journey is under way, the
   * talks ahead. "arrived in Geneva for talks" (past) says nothing of whether they took place.
   */
  static boolean purposeOfPresentJourney(List<Token> tokens, int clauseStart, int trigStart) {
    int i = trigStart - 1;
    while (i >= clauseStart && i >= trigStart - 6 && !tokens.get(i).norm().equals("for")) {
      String w = tokens.get(i).norm();
      if (tokens.get(i).isPunct() || !PURPOSE_WORDS.contains(w) && tokens.get(i).shape() != Token.Shape.LOWER) {
        return false;
      }
      i--;
    }
    if (i < clauseStart || i < trigStart - 6) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(clauseStart, i - 6); k--) {
      Token t = tokens.get(k);
      if (PRESENT_JOURNEYS.contains(t.norm())) {
        return !t.norm().endsWith("ing") || k > 0 && PROGRESSIVE_AUXILIARIES.contains(tokens.get(k - 1).norm());
      }
      if (t.isPunct() || PURPOSE_BREAKS.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }
}
