package org.newsbeam.study;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbeam.study.YamlTree.Node;

/** Reads and checks {@code actors.yaml}: actors, roles with their holders over time, and places. */
final class ActorsFile {
  private ActorsFile() {}

  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Set<String> ACTORS_KEYS = Set.of("actors", "roles", "locations");
  private static final Set<String> ACTOR_KEYS = Set.of("name", "type", "country", "surname", "aliases");
  private static final Set<String> LOCATION_KEYS = Set.of("name", "aliases", "stands_for", "admin1", "country");
  private static final Set<String> ROLE_KEYS = Set.of("aliases", "holders");
  private static final Set<String> HOLDER_KEYS = Set.of("actor", "from", "to");

  /** Who an alias already belongs to, for clash reports. */
  private record Owner(String who, int line) {}

  static ActorDictionary read(FileCheck c, Node root) {
    Map<String, Node> m = c.map(root, StudyLoader.ACTORS_FILE, ACTORS_KEYS);
    if (m == null) {
      return new ActorDictionary(List.of(), List.of(), List.of());
    }
    // folded, lower-cased alias -> owner; shared by actors, roles and locations
    Map<String, Owner> owners = new HashMap<>();
    List<Actor> actors = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();

    Node an = m.get("actors");
    if (an == null || an.isNull() || (an.isList() && an.list().isEmpty())) {
      c.error(an == null ? root.line() : an.line(), "no actors: the file needs an 'actors:' list");
    }
    for (Node item : c.list(an, "'actors'")) {
      Actor a = readActor(c, item, owners, names);
      if (a != null) {
        actors.add(a);
      }
    }

    List<Role> roles = new ArrayList<>();
    int roleNo = 0;
    for (Node item : c.list(m.get("roles"), "'roles'")) {
      roleNo++;
      Role r = readRole(c, item, roleNo, owners, names);
      if (r != null) {
        roles.add(r);
      }
    }

    Set<String> locations = new LinkedHashSet<>();
    Map<String, String> locationAliases = new LinkedHashMap<>();
    Map<String, String> metonyms = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    for (Node item : c.list(m.get("locations"), "'locations'")) {
      String place;
      List<Node> variants = List.of();
      if (item != null && item.isMap()) {
        Map<String, Node> lm = c.map(item, "a location", LOCATION_KEYS);
        place = c.text(item, lm, "name", "location", true);
        if (place == null) {
          continue;
        }
        place = StudyNames.clean(place);
        String admin1 = c.text(item, lm, "admin1", "location", false);
        String country = c.text(item, lm, "country", "location", false);
        if (country != null && !COUNTRY.matcher(country).matches()) {
          c.error(item.keyLine("country"), "country '" + country + "' of location '" + place
              + "' should be a two-letter ISO 3166 code, as actors have it");
          country = null;
        }
        if (admin1 != null || country != null) {
          places.put(place, new Place(place, admin1 == null ? "" : StudyNames.clean(admin1), country == null ? "" : country.toUpperCase(java.util.Locale.ROOT)));
        }
        variants = c.list(lm.get("aliases"), "'aliases' of location '" + place + "'");
        String standsFor = c.text(item, lm, "stands_for", "location", false);
        if (standsFor != null) {
          standsFor = StudyNames.clean(standsFor);
          if (!names.containsKey(standsFor)) {
            c.error(lm.get("stands_for").line(), "location '" + place + "' stands for '" + standsFor
                + "', which is not an actor of the dictionary");
          } else {
            metonyms.put(place, standsFor);
          }
        }
      } else {
        place = cleanName(c, item, "a location");
        if (place == null) {
          continue;
        }
      }
      String who = "location '" + place + "'";
      if (!claimPlace(c, owners, place, item.line(), who)) {
        continue;
      }
      locations.add(place);
      for (Node v : variants) {
        String alias = cleanName(c, v, "an alias of " + who);
        if (alias != null && !alias.equals(place) && claimPlace(c, owners, alias, v.line(), who)) {
          locationAliases.putIfAbsent(alias, place);
        }
      }
    }
    return new ActorDictionary(actors, roles, new ArrayList<>(locations), locationAliases, metonyms, places);
  }

  private static Actor readActor(FileCheck c, Node item, Map<String, Owner> owners, Map<String, Integer> names) {
    Map<String, Node> a = c.map(item, "an actor", ACTOR_KEYS);
    if (a == null) {
      return null;
    }
    String name = c.text(item, a, "name", "actor", true);
    String what = name == null ? "actor" : "actor '" + name + "'";
    String typeText = c.text(item, a, "type", what, true);
    ActorType type = null;
    if (typeText != null) {
      type = ActorType.parse(typeText);
      if (type == null) {
        c.error(
            item.keyLine("type"),
            "unknown actor type '" + typeText + "' of " + what + "; allowed: person, government, military, organisation, country, group");
      }
    }
    if (name == null) {
      return null;
    }
    name = StudyNames.clean(name);
    Integer first = names.putIfAbsent(name, item.line());
    if (first != null) {
      c.error(item.line(), "actor '" + name + "' listed twice (first on line " + first + ")");
      return null;
    }
    String country = c.text(item, a, "country", what, false);
    if (country != null) {
      if (!COUNTRY.matcher(country).matches()) {
        c.error(item.keyLine("country"), "country '" + country + "' of " + what + " should be a two-letter ISO 3166-1 code like UA, RU, US");
        country = null;
      } else {
        country = country.toUpperCase(Locale.ROOT);
      }
    }
    String surname = c.text(item, a, "surname", what, false);
    if (surname != null) {
      surname = StudyNames.clean(surname);
      if (type != null && type != ActorType.PERSON) {
        c.error(item.keyLine("surname"), "surname given for " + what + ", which is a " + type.label() + "; surnames are for people only");
      } else if (surname.contains("*") || !EventsFile.isTerm(surname)) {
        c.error(item.keyLine("surname"), "surname '" + surname + "' of " + what + " should be one or more words");
      }
    }

    List<String> aliases = new ArrayList<>();
    claim(c, owners, name, item.line(), what);
    for (Node al : c.list(a.get("aliases"), "'aliases' of " + what)) {
      String s = cleanName(c, al, "an alias of " + what);
      if (s == null || aliases.contains(s) || s.equals(name)) {
        continue;
      }
      if (claim(c, owners, s, al.line(), what)) {
        aliases.add(s);
      }
    }
    if (type == null) {
      return null;
    }
    return new Actor(name, type, country, aliases, surname);
  }

  private static Role readRole(FileCheck c, Node item, int roleNo, Map<String, Owner> owners, Map<String, Integer> names) {
    Map<String, Node> r = c.map(item, "a role", ROLE_KEYS);
    if (r == null) {
      return null;
    }
    List<String> aliases = new ArrayList<>();
    String what = "role #" + roleNo;
    for (Node al : c.list(r.get("aliases"), "'aliases' of a role")) {
      String s = cleanName(c, al, "an alias of a role");
      if (s == null || aliases.contains(s)) {
        continue;
      }
      if (aliases.isEmpty()) {
        what = "role '" + s + "'";
      }
      if (claim(c, owners, s, al.line(), what)) {
        aliases.add(s);
      }
    }
    if (aliases.isEmpty()) {
      c.error(item.keyLine("aliases"), what + " has no aliases (how the role is written, e.g. 'US president')");
    }
    List<RoleHolder> holders = new ArrayList<>();
    List<Integer> holderLines = new ArrayList<>();
    Node hn = r.get("holders");
    if (hn == null || hn.isNull() || (hn.isList() && hn.list().isEmpty())) {
      c.error(hn == null ? item.line() : hn.line(), what + " has no holders");
    }
    for (Node h : c.list(hn, "'holders' of " + what)) {
      Map<String, Node> hm = c.map(h, "a holder of " + what, HOLDER_KEYS);
      if (hm == null) {
        continue;
      }
      String actor = c.text(h, hm, "actor", "a holder of " + what, true);
      if (actor == null) {
        continue;
      }
      actor = StudyNames.clean(actor);
      boolean ok = true;
      if (!names.containsKey(actor)) {
        c.error(h.keyLine("actor"), "holder '" + actor + "' of " + what + " is not an actor of the dictionary (use the canonical name exactly)");
        ok = false;
      }
      LocalDate from = date(c, h, hm, "from");
      LocalDate to = date(c, h, hm, "to");
      if ((hm.get("from") != null && from == null && !hm.get("from").isNull())
          || (hm.get("to") != null && to == null && !hm.get("to").isNull())) {
        ok = false;
      }
      if (from != null && to != null && to.isBefore(from)) {
        c.error(h.line(), "holder '" + actor + "' of " + what + " ends (" + to + ") before it starts (" + from + ")");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      RoleHolder rh = new RoleHolder(actor, from, to);
      for (int i = 0; i < holders.size(); i++) {
        RoleHolder o = holders.get(i);
        if (overlaps(o, rh)) {
          c.error(
              h.line(),
              "holders of "
                  + what
                  + " overlap: '"
                  + actor
                  + "' "
                  + range(rh)
                  + " and '"
                  + o.actor()
                  + "' "
                  + range(o)
                  + " (line "
                  + holderLines.get(i)
                  + "); a role has one holder per day");
          ok = false;
        }
      }
      if (ok) {
        holders.add(rh);
        holderLines.add(h.line());
      }
    }
    if (aliases.isEmpty() || holders.isEmpty()) {
      return null;
    }
    return new Role(aliases, holders);
  }

  private static boolean overlaps(RoleHolder a, RoleHolder b) {
    boolean aEndsBeforeB = a.to() != null && b.from() != null && a.to().isBefore(b.from());
    boolean bEndsBeforeA = b.to() != null && a.from() != null && b.to().isBefore(a.from());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static String range(RoleHolder h) {
    return (h.from() == null ? "(open)" : h.from().toString()) + ".." + (h.to() == null ? "(open)" : h.to().toString());
  }

  private static LocalDate date(FileCheck c, Node parent, Map<String, Node> m, String key) {
    Node n = m.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isScalar()) {
      c.error(n.line(), "'" + key + "' should be a date like 2025-01-20, found " + n.kind());
      return null;
    }
    try {
      return LocalDate.parse(n.text().strip());
    } catch (DateTimeParseException e) {
      c.error(n.line(), "'" + key + "' should be a date like 2025-01-20 (year-month-day), found '" + n.text() + "'");
      return null;
    }
  }

  /** Like {@link #claim} for places, whose message says which name is the actor's. */
  private static boolean claimPlace(FileCheck c, Map<String, Owner> owners, String name, int line, String who) {
    Owner prev = owners.get(StudyNames.nameKey(name));
    if (prev != null && !prev.who().equals(who)) {
      c.error(
          line,
          "location '" + name + "' is also a name of " + prev.who() + " (line " + prev.line() + "); a name is either one place or one actor");
      return false;
    }
    owners.putIfAbsent(StudyNames.nameKey(name), new Owner(who, line));
    return true;
  }

  /** Registers a name for an owner; reports a clash with another owner. */
  private static boolean claim(FileCheck c, Map<String, Owner> owners, String alias, int line, String who) {
    String k = StudyNames.nameKey(alias);
    Owner prev = owners.putIfAbsent(k, new Owner(who, line));
    if (prev != null && !prev.who().equals(who)) {
      c.error(line, "'" + alias + "' names both " + who + " and " + prev.who() + " (line " + prev.line() + "); give each name to one actor or role");
      return false;
    }
    return true;
  }

  private static String cleanName(FileCheck c, Node n, String what) {
    if (n == null || n.isNull() || (n.isScalar() && n.text().isBlank())) {
      c.error(n == null ? 0 : n.line(), what + " is empty");
      return null;
    }
    if (!n.isScalar()) {
      c.error(n.line(), what + " should be a single name, found " + n.kind());
      return null;
    }
    return StudyNames.clean(n.text());
  }
}
