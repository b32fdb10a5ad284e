package org.newsbeam.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * A sentence that goes on with the previous speaker's statement ("It added that ...", "He also said
 * ...", "She went on to say ...") tells it with the same certainty: when the speaker's last report,
 * at most one sentence before, was a claim ("the ministry claimed its jets shot down six drones"), the
 * continuation's plain reports are claims too. Negated and hypothetical reports keep their own
 * certainty, and a continuation after an asserted report stays asserted.
 *
 * <p>Plain Java on one article's sentences, in order.
 */
final class CarriedClaims {
  private CarriedClaims() {}

  private static final Set<String> SUBJECTS = Set.of("it", "he", "she", "they");
  private static final Set<String> ADDING = Set.of("added", "adds", "continued", "continues");
  private static final Set<String> SAYING = Set.of("said", "says", "stated", "wrote", "noted");
  /** How many sentences back the speaker's last report may stand. */
  private static final int REACH = 2;

  /**
   * The mentions each sentence keeps, with a continuation's asserted reports made claims where the
   * report it continues is one; {@code kept} as {@link ArticleEvents#refine} gives them.
   */
  static List<List<EventMention>> apply(List<ArticleEvents.Sentence> sentences, List<List<EventMention>> kept) {
    List<List<EventMention>> out = new ArrayList<>(kept);
    for (int s = 1; s < kept.size(); s++) {
      if (kept.get(s).isEmpty() || !continuation(sentences.get(s).tokens())) {
        continue;
      }
      int before = s - 1;
      while (before >= 0 && before >= s - REACH && kept.get(before).isEmpty()) {
        before--;
      }
      if (before < 0 || before < s - REACH || !allClaimed(out.get(before))) {
        continue;
      }
      List<EventMention> carried = new ArrayList<>(kept.get(s).size());
      for (EventMention m : kept.get(s)) {
        carried.add(m.certainty() != Certainty.ASSERTED ? m
            : new EventMention(m.type(), m.trigger(), m.actors(), m.source(), m.target(), m.quantity(), Certainty.CLAIMED));
      }
      out.set(s, carried);
    }
    return out;
  }

  private static boolean allClaimed(List<EventMention> reports) {
    for (EventMention m : reports) {
      if (m.certainty() != Certainty.CLAIMED) {
        return false;
      }
    }
    return !reports.isEmpty();
  }

  /**
   * Whether the sentence opens by going on with the last speaker: a pronoun, then "added",
   * "also said", "went on to say" ("It added that", "He also said", "She went on to say").
   */
  static boolean continuation(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).isPunct()) {
      i++; // an opening quotation mark
    }
    if (i + 1 >= tokens.size() || !SUBJECTS.contains(tokens.get(i).norm())) {
      return false;
    }
    String verb = tokens.get(i + 1).norm();
    if (ADDING.contains(verb)) {
      return true;
    }
    if (verb.equals("also") && i + 2 < tokens.size()) {
      String next = tokens.get(i + 2).norm();
      return SAYING.contains(next) || ADDING.contains(next);
    }
    return verb.equals("went") && i + 3 < tokens.size() && tokens.get(i + 2).norm().equals("on")
        && tokens.get(i + 3).norm().equals("to");
  }
}
