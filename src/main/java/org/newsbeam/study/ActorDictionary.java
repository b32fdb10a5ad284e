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
  private final Map<String, String> metonyms;
  private final Map<String, Actor> byName;
  private final Map<String, Place> places;

  public ActorDictionary(List<Actor> actors, List<Role> roles, List<String> locations) {
    this(actors, roles, locations, Map.of());
  }

  /**
   * @param locationAliases other ways a place is written, each to its canonical place in {@code
   *     locations} ("Kursk region" to "Kursk", "Kiev" to "Kyiv")
   */
  public ActorDictionary(
      List<Actor> actors, List<Role> roles, List<String> locations, Map<String, String> locationAliases) {
    this(actors, roles, locations, locationAliases, Map.of());
  }

  /**
   * @param metonyms places that stand for an actor when they act in a sentence ("Moscow said",
   *     "Kyiv rejected"): place name to actor name
   */
  public ActorDictionary(
      List<Actor> actors,
      List<Role> roles,
      List<String> locations,
      Map<String, String> locationAliases,
      Map<String, String> metonyms) {
    this(actors, roles, locations, locationAliases, metonyms, Map.of());
  }

  /** @param places where each place lies (region, country), by canonical place name */
  public ActorDictionary(
      List<Actor> actors,
      List<Role> roles,
      List<String> locations,
      Map<String, String> locationAliases,
      Map<String, String> metonyms,
      Map<String, Place> places) {
    this.places = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(places));
    this.metonyms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metonyms));
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
  /** Places that stand for an actor in a diplomatic sense: place to actor name. */
  public Map<String, String> metonyms() {
    return metonyms;
  }

  public Map<String, String> locationAliases() {
    return locationAliases;
  }

  /** Where a canonical place lies; a place without region or country gives both empty. */
  public Place place(String name) {
    Place p = places.get(name);
    return p != null ? p : new Place(name, "", "");
  }

  public Optional<Actor> actor(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public int size() {
    return actors.size();
  }

  /** Equal by content, so workers can share what they compile from equal copies. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ActorDictionary o)) {
      return false;
    }
    return actors.equals(o.actors) && roles.equals(o.roles) && locations.equals(o.locations)
        && locationAliases.equals(o.locationAliases) && metonyms.equals(o.metonyms) && places.equals(o.places);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(actors, roles, locations, locationAliases, metonyms, places);
  }
}
