package org.newsbeam.study;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A study's actors, the roles that point at them by date, and the places that are not actors. */
public final class ActorDictionary implements Serializable {
  private final List<Actor> actors;
  private final List<Role> roles;
  private final List<String> locations;
  private final Map<String, String> locationAliases;
  private final Map<String, Actor> byName;

  public ActorDictionary(List<Actor> actors, List<Role> roles, List<String> locations) {
    this(actors, roles, locations, Map.of());
  }

  /**
   * @param locationAliases other ways a place is written, each to its canonical place in {@code
   *     locations} ("Kursk region" to "Kursk", "Kiev" to "Kyiv")
   */
  public ActorDictionary(
      List<Actor> actors, List<Role> roles, List<String> locations, Map<String, String> locationAliases) {
    this.actors = List.copyOf(actors);
    this.roles = List.copyOf(roles);
    this.locations = List.copyOf(locations);
    this.locationAliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locationAliases));
    Map<String, Actor> m = new LinkedHashMap<>();
    for (Actor a : actors) {
      m.put(a.name(), a);
    }
    this.byName = m;
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Role> roles() {
    return roles;
  }

  /**
   * Canonical place names (cities, regions, seas): matched and counted as locations, never as
   * actors. Their other spellings are in {@link #locationAliases()}.
   */
  public List<String> locations() {
    return locations;
  }

  /**
   * Other ways a place is written, each mapped to its canonical name in {@link #locations()}:
   * "Kiev" to "Kyiv", "Kursk region" to "Kursk", "Zaporizhzhia nuclear power plant" to
   * "Zaporizhzhia". A matcher counts a variant as its canonical place.
   */
  public Map<String, String> locationAliases() {
    return locationAliases;
  }

  public Optional<Actor> actor(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public int size() {
    return actors.size();
  }
}
