package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** A study's event types, the patterns that report them, and the certainty cues. */
public final class EventLexicon implements Serializable {
  private final List<EventType> types;
  private final List<EventPattern> patterns;
  private final CertaintyCues cues;
  private final List<Weapon> weapons;
  private final List<String> casualtyTypes;

  public EventLexicon(List<EventType> types, List<EventPattern> patterns, CertaintyCues cues) {
    this(types, patterns, cues, List.of(), List.of());
  }

  /**
   * @param weapons what acts use, most specific first
   * @param casualtyTypes event types whose acts can kill or injure
   */
  public EventLexicon(
      List<EventType> types, List<EventPattern> patterns, CertaintyCues cues, List<Weapon> weapons,
      List<String> casualtyTypes) {
    this.weapons = List.copyOf(weapons);
    this.casualtyTypes = List.copyOf(casualtyTypes);
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

  public List<Weapon> weapons() {
    return weapons;
  }

  public List<String> casualtyTypes() {
    return casualtyTypes;
  }

  public Optional<EventType> type(String id) {
    return types.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Equal by content, so workers can share what they compile from equal copies. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof EventLexicon o)) {
      return false;
    }
    return types.equals(o.types) && patterns.equals(o.patterns) && cues.equals(o.cues) && weapons.equals(o.weapons)
        && casualtyTypes.equals(o.casualtyTypes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(types, patterns, cues, weapons, casualtyTypes);
  }
}
