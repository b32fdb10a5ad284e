package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A study's event types, the patterns that report them, and the certainty cues. */
public final class EventLexicon implements Serializable {
  private final List<EventType> types;
  private final List<EventPattern> patterns;
  private final CertaintyCues cues;

  public EventLexicon(List<EventType> types, List<EventPattern> patterns, CertaintyCues cues) {
    this.types = List.copyOf(types);
    this.patterns = List.copyOf(patterns);
    this.cues = cues;
  }

  public List<EventType> types() {
    return types;
  }

  public List<EventPattern> patterns() {
    return patterns;
  }

  public CertaintyCues cues() {
    return cues;
  }

  public Optional<EventType> type(String id) {
    return types.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
