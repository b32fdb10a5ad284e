package org.newsbeam.extract;

import java.util.List;
import org.newsbeam.text.Token;

/**
 * The rules that hold a trigger back before it becomes a mention, each with the reason that
 * {@code explain} shows ({@link EventMatcher} asks): a skill, experience, a statement of acts in
 * general, an act warned of or stopped, an act judged as a topic, and for a trigger with or without
 * its object the rules of {@link ReportFilter} (said of an act reported before, an example, a
 * capability, remains, habits, talks in general). Null: the trigger goes on to be read.
 */
final class HeldBack {
  private HeldBack() {}

  private static final String DESCRIBES_BACK = "said of an act reported before (\"it was the largest attack\")";
  private static final String EXAMPLE = "an example (\"such as\"), not a report";
  private static final String CAPABILITY = "a capability (\"could reach\"), not an act";
  static final String GENERAL = "acts in general, not one act";
  private static final String EXPERIENCE = "what has happened before (\"have met before\", \"it is unusual for\"), not one act";
  private static final String HABITUAL = "a habit or a trend (\"nightly attacks\"), not one act";
  private static final String TALKS_IN_GENERAL = "talks in general (\"through negotiations\")";

  /** The rule that holds back a trigger with its object, or null. */
  static String withObject(List<Token> tokens, Clauses clauses, int c, int ts, int te, ObjectPhrases.Phrase best, boolean venue) {
    int phraseStart = QuantityReader.phraseStart(tokens, best.start(), clauses.start(c));
    int nearStart = Math.min(ts, QuantityReader.phraseStart(tokens, best.start(), best.start() >= te ? te : clauses.start(c)));
    if (best.end() == ts && ReportFilter.describesBack(tokens, clauses.start(c), best.start())) {
      return DESCRIBES_BACK; // "It was the largest drone attack": object and trigger make one noun phrase
    }
    // "the wreck of a downed drone", "the three missiles that got through", "such as fresh sanctions", "rockets that could reach"
    if (best.end() == ts && ReportFilter.remainsOf(tokens, phraseStart)) {
      return "the remains of a weapon (\"the wreck of a downed drone\")";
    }
    if (ReportFilter.remainder(tokens, phraseStart, best.end(), ts)) {
      return "the remainder of a count (\"the missiles that got through\")";
    }
    if (ReportFilter.example(tokens, nearStart)) {
      return EXAMPLE;
    }
    if (ReportFilter.capability(tokens, clauses.start(c), ts)) {
      return CAPABILITY;
    }
    // "drone debris hit", "one of the downed drones", "damaged by nightly drone attacks"
    if (ReportFilter.remains(tokens, best.end())) {
      return "the remains of a weapon (\"drone debris\")";
    }
    if (ReportFilter.describesObject(tokens, ts, te, best.start())) {
      return "describes an object reported before (\"one of the downed drones\")";
    }
    if (ReportFilter.habitual(tokens, clauses.start(c), nearStart, Math.max(te, best.end()))) {
      return HABITUAL;
    }
    if (best.end() <= ts && venue
        && ReportFilter.talksInGeneral(tokens, clauses.start(c), phraseStart, ts, te)) {
      return TALKS_IN_GENERAL; // "take part in peace discussions"
    }
    return null;
  }

  /** The rule that holds back any trigger, whatever its pattern, or null. */
  static String anyTrigger(List<Token> tokens, Clauses clauses, int c, int ts, int te, boolean correlative) {
    if (ReportFilter.genericGerund(tokens, ts)) {
      return "a skill or practice, not an act (\"experience of ...ing\")";
    }
    if (ReportFilter.experience(tokens, clauses.start(c), clauses.end(c), ts, te)) {
      return EXPERIENCE; // "the two sides have exchanged captured soldiers before": experience, not one act
    }
    if (correlative) {
      return "an act in general (\"the more rockets a barrage holds, the fewer ...\")";
    }
    if (UnrealisedActs.warnedOf(tokens, clauses.start(c), ts)) {
      return "an act a warning is about (\"warned of a possible attack\"), not a report";
    }
    if (UnrealisedActs.stopped(tokens, clauses.start(c), ts)) {
      return "an act that is stopped (\"blocked attempts to advance\"), not a report";
    }
    if (ReportFilter.judgedGerund(tokens, clauses.end(c), ts)) {
      return "an act judged as a topic (\"Sending troops would be a mistake\"), not a report";
    }
    return null;
  }

  /** The rule that holds back a trigger of a pattern with no object words, or null. */
  static String withoutObject(List<Token> tokens, Clauses clauses, int c, int ts, int te, boolean venue) {
    return ReportFilter.describesBack(tokens, clauses.start(c), ts) ? DESCRIBES_BACK
        // "facing heavy drone attacks", "they attack at the same time": acts in general
        : ReportFilter.example(tokens, ts) ? EXAMPLE
        : ReportFilter.capability(tokens, clauses.start(c), ts) ? CAPABILITY
        : ReportFilter.generalPlural(tokens, clauses.start(c), clauses.end(c), ts, te) ? GENERAL
        : ReportFilter.habitualPresent(tokens, clauses.start(c), clauses.end(c), ts, te) ? HABITUAL
        // "nightly drone attacks", "conditions must be met", "through negotiations": no one act
        : ReportFilter.habitual(tokens, clauses.start(c), ts, te) ? HABITUAL
        : ReportFilter.metDemand(tokens, ts, te) ? "a demand that is met, not an act"
        : venue && ReportFilter.talksInGeneral(tokens, clauses.start(c), ts, te) ? TALKS_IN_GENERAL
        : null;
  }

  /**
   * Acts in general though an object is named: a plural act noun with nothing that makes it
   * particular, a verb of attack in the habitual present, or a share or trend right before a
   * trigger whose object stands further back ("drones in some of its attacks").
   */
  static boolean general(List<Token> tokens, Clauses clauses, int c, int ts, int te, ObjectPhrases.Phrase best) {
    int cs = clauses.start(c);
    int ce = clauses.end(c);
    int from = best.end() == ts ? best.start() : ts;
    return ReportFilter.generalPlural(tokens, cs, ce, from, te)
        || ReportFilter.habitualPresent(tokens, cs, ce, ts, te)
        || best.end() < ts && ReportFilter.habitual(tokens, cs, ts, te);
  }
}
