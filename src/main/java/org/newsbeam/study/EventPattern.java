package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of an event lexicon, in a small token-pattern language (no regular expressions).
 *
 * <p>A <em>term</em> is one or more words separated by spaces, matched token by token against a
 * sentence's lower-cased tokens; a word ending in {@code *} matches any token with that prefix
 * ("intercept*" matches "intercepted", "interceptors"). A pattern fires when one of its triggers
 * occurs and, if objects are given, one of its objects occurs within {@code window} tokens of the
 * trigger on either side.
 *
 * @param type the event type id this pattern reports
 * @param triggers terms that name the act ("shot down", "intercept*")
 * @param objects terms that name what the act is done to ("drone*", "missile*"); empty means the
 *     trigger alone suffices
 * @param window maximum distance in tokens between trigger and object
 * @param file the lexicon file, for error messages
 * @param line the line of the entry in that file
 * @param countOnly the pattern never reports an event of its own: it only reads the count of its
 *     object ("hit 41 aircraft", "sanctions on 100 vessels") for an event of its type that another
 *     pattern found in the same clause without a count (lexicon key {@code use: count})
 * @param subjectIsTarget the actor before the trigger and object is the one the act is for, and
 *     the sentence names no source: requests ("Kyiv asked for more air defence systems": Kyiv
 *     would receive them; lexicon key {@code subject: target})
 * @param tally the trigger names a count, not an act ("there were", "a total of"): the pattern
 *     reports an event only when no pattern of another type acts on the same object ("shot down a
 *     total of 50 drones" is an interception, not a strike; lexicon key {@code use: tally})
 */
public record EventPattern(
    String type,
    List<String> triggers,
    List<String> objects,
    int window,
    String file,
    int line,
    boolean countOnly,
    boolean subjectIsTarget,
    boolean tally)
    implements Serializable {
  public EventPattern {
    triggers = List.copyOf(triggers);
    objects = List.copyOf(objects);
  }

  /** A pattern that reports events. */
  public EventPattern(String type, List<String> triggers, List<String> objects, int window, String file, int line) {
    this(type, triggers, objects, window, file, line, false, false, false);
  }

  /** A pattern that reports events ({@code countOnly} false) or only reads counts. */
  public EventPattern(
      String type, List<String> triggers, List<String> objects, int window, String file, int line, boolean countOnly) {
    this(type, triggers, objects, window, file, line, countOnly, false, false);
  }

  /** A pattern that reports events or only reads counts, with its subject's role. */
  public EventPattern(
      String type, List<String> triggers, List<String> objects, int window, String file, int line, boolean countOnly,
      boolean subjectIsTarget) {
    this(type, triggers, objects, window, file, line, countOnly, subjectIsTarget, false);
  }
}
