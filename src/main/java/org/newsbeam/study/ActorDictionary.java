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
  private final Map<String, Actor> byName;

  public ActorDictionary(List<Actor> actors, List<Role> roles, List<String> locations) {
    this.actors = List.copyOf(actors);
    this.roles = List.copyOf(roles);
    this.locations = List.copyOf(locations);
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

  /** Place names (cities, regions): matched and counted as locations, never as actors. */
  public List<String> locations() {
    return locations;
  }

  public Optional<Actor> actor(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public int size() {
    return actors.size();
  }
}
