package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;

/**
 * One report of an event in one sentence.
 *
 * @param type event type id from the lexicon
 * @param trigger the trigger words as written
 * @param actors canonical names of the actors of the event's clause, in order of appearance
 * @param source the actor doing the act, or "" when the sentence does not show one
 * @param target the actor the act is done to, or ""
 * @param quantity the number the report gives for the event's object, or -1 when none
 * @param certainty how sure the sentence is
 */
public record EventMention(
    String type,
    String trigger,
    List<String> actors,
    String source,
    String target,
    long quantity,
    Certainty certainty)
    implements Serializable {
  public EventMention {
    actors = List.copyOf(actors);
    source = source == null ? "" : source;
    target = target == null ? "" : target;
  }
}
