package org.newsbeam.study;

import java.io.Serializable;
import java.util.List;

/**
 * One actor of a study's dictionary.
 *
 * @param name canonical name, unique in the dictionary, written to every CSV
 * @param type what kind of actor
 * @param country ISO 3166-1 alpha-2 code of the actor's country, or "" (international bodies)
 * @param aliases every other name the actor goes by, as written in text ("Mr Trump" is derived
 *     from the surname, it need not be listed)
 * @param surname for people: the family name that refers back to them after a full mention in
 *     the same article ("Umerov" in "Mr Umerov"); "" when none
 */
public record Actor(String name, ActorType type, String country, List<String> aliases, String surname)
    implements Serializable {
  public Actor {
    aliases = List.copyOf(aliases);
    country = country == null ? "" : country;
    surname = surname == null ? "" : surname;
  }
}
