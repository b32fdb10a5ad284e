package org.newsbeam.extract;

import java.io.Serializable;
import java.util.List;

/**
 * What one sentence holds. The text is kept only where an output row quotes it (sentences with
 * event mentions, discovered actors, or two actors, a co-mention's example); elsewhere it is null
 * so folded results stay small.
 */
public record SentenceAnalysis(
    String text,
    List<ActorMention> actors,
    List<String> locations,
    List<EventMention> events,
    List<DiscoveredActor> discovered)
    implements Serializable {
  public SentenceAnalysis {
    actors = List.copyOf(actors);
    discovered = List.copyOf(discovered);
    locations = List.copyOf(locations);
    events = List.copyOf(events);
  }
}
