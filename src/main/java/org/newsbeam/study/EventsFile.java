package org.newsbeam.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbeam.study.YamlTree.Node;

/** Reads and checks {@code events.yaml}: event types, patterns, certainty cues and weapons. */
final class EventsFile {
  private EventsFile() {}

  private static final Pattern TERM_WORD = Pattern.compile("[\\p{L}\\p{N}'.\\-]*[\\p{L}\\p{N}][\\p{L}\\p{N}'.\\-]*\\*?");
  private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> EVENTS_KEYS = Set.of("types", "patterns", "certainty", "weapons", "casualty_types");
  private static final Set<String> WEAPON_KEYS = Set.of("name", "kind_of", "words", "types");
  private static final Set<String> TYPE_KEYS = Set.of("id", "label", "place");
  private static final Set<String> PATTERN_KEYS = Set.of("type", "triggers", "objects", "window", "use", "subject");
  private static final Set<String> CERTAINTY_KEYS = Set.of("negated", "hypothetical", "claimed");

  static EventLexicon read(FileCheck c, Node root) {
    Map<String, Node> m = c.map(root, StudyLoader.EVENTS_FILE, EVENTS_KEYS);
    if (m == null) {
      return new EventLexicon(List.of(), List.of(), new CertaintyCues(List.of(), List.of(), List.of()));
    }
    List<EventType> types = new ArrayList<>();
    Map<String, Integer> typeLines = new HashMap<>();
    Node tn = m.get("types");
    if (tn == null || tn.isNull() || (tn.isList() && tn.list().isEmpty())) {
      c.error(tn == null ? root.line() : tn.line(), "no event types: the file needs a 'types:' list");
    }
    for (Node item : c.list(tn, "'types'")) {
      Map<String, Node> t = c.map(item, "an event type", TYPE_KEYS);
      if (t == null) {
        continue;
      }
      String id = c.text(item, t, "id", "event type", true);
      if (id == null) {
        continue;
      }
      if (!TYPE_ID.matcher(id).matches()) {
        c.error(item.keyLine("id"), "event type id '" + id + "' should be lower-case letters, digits and '_' (it is written to CSVs)");
        continue;
      }
      Integer first = typeLines.putIfAbsent(id, item.line());
      if (first != null) {
        c.error(item.line(), "event type '" + id + "' declared twice (first on line " + first + ")");
        continue;
      }
      String label = c.text(item, t, "label", "event type '" + id + "'", false);
      // "place: venue": "talks in Belarus" are not with Belarus
      String place = c.text(item, t, "place", "event type '" + id + "'", false);
      if (place != null && !place.equals("venue") && !place.equals("party")) {
        c.error(item.keyLine("place"), "'place' of event type '" + id + "' is '" + place + "', should be 'venue' or 'party'");
      }
      types.add(new EventType(id, label == null ? id : label, "venue".equals(place)));
    }

    List<EventPattern> patterns = new ArrayList<>();
    Set<String> typesWithPatterns = new LinkedHashSet<>();
    for (Node item : c.list(m.get("patterns"), "'patterns'")) {
      Map<String, Node> p = c.map(item, "a pattern", PATTERN_KEYS);
      if (p == null) {
        continue;
      }
      String type = c.text(item, p, "type", "pattern", true);
      boolean ok = type != null;
      if (type != null && !typeLines.containsKey(type)) {
        c.error(
            item.keyLine("type"),
            "pattern names event type '" + type + "', which is not declared under 'types'"
                + hintType(type, typeLines.keySet()));
        ok = false;
      }
      String what = "pattern of '" + type + "'";
      List<String> triggers = terms(c, p.get("triggers"), "trigger of the " + what);
      if (triggers.isEmpty()) {
        c.error(item.keyLine("triggers"), what + " has no triggers");
        ok = false;
      }
      List<String> objects = terms(c, p.get("objects"), "object of the " + what);
      Integer window = p.containsKey("window") ? c.integer(p, "window", 1, StudyLoader.MAX_WINDOW) : Integer.valueOf(StudyLoader.DEFAULT_WINDOW);
      if (window == null) {
        ok = false;
      }
      // "use: count": the pattern only reads a count for an event another pattern finds
      String use = c.text(item, p, "use", what, false);
      boolean countOnly = "count".equals(use);
      // "use: tally": the trigger names a count ("there were"), an event only where no other act has it
      boolean tally = "tally".equals(use);
      if (use != null && !countOnly && !tally && !"event".equals(use)) {
        c.error(item.keyLine("use"), "'use' of the " + what + " is '" + use + "', should be 'event', 'count' or 'tally'");
        ok = false;
      }
      if (tally && objects.isEmpty()) {
        c.error(item.keyLine("use"), "the " + what + " has 'use: tally' but no objects to count");
        ok = false;
      }
      if (countOnly && objects.isEmpty()) {
        c.error(item.keyLine("use"), "the " + what + " has 'use: count' but no objects to count");
        ok = false;
      }
      // "subject: target": the subject asks for the act, it does not do it
      String subject = c.text(item, p, "subject", what, false);
      boolean subjectIsTarget = "target".equals(subject);
      if (subject != null && !subjectIsTarget && !"source".equals(subject)) {
        c.error(item.keyLine("subject"), "'subject' of the " + what + " is '" + subject + "', should be 'source' or 'target'");
        ok = false;
      }
      if (ok) {
        patterns.add(new EventPattern(type, triggers, objects, window, c.file(), item.line(), countOnly, subjectIsTarget, tally));
        if (!countOnly) {
          typesWithPatterns.add(type);
        }
      }
    }
    for (EventType t : types) {
      if (!typesWithPatterns.contains(t.id()) && errorsFree(c)) {
        c.error(typeLines.get(t.id()), "event type '" + t.id() + "' has no patterns, so it can never be found");
      }
    }
    CertaintyCues cues = new CertaintyCues(List.of(), List.of(), List.of());
    Node cn = m.get("certainty");
    if (cn != null && !cn.isNull()) {
      Map<String, Node> cm = c.map(cn, "certainty", CERTAINTY_KEYS);
      if (cm != null) {
        cues =
            new CertaintyCues(
                terms(c, cm.get("negated"), "negated cue"),
                terms(c, cm.get("hypothetical"), "hypothetical cue"),
                terms(c, cm.get("claimed"), "claimed cue"));
      }
    }
    Set<String> declared = new LinkedHashSet<>();
    types.forEach(t -> declared.add(t.id()));
    return new EventLexicon(types, patterns, cues, readWeapons(c, m.get("weapons"), declared),
        readTypeList(c, m.get("casualty_types"), "casualty_types", declared));
  }

  /** The weapons section: what acts use, most specific first (see events.yaml). */
  private static List<Weapon> readWeapons(FileCheck c, Node n, Set<String> declared) {
    List<Weapon> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    Map<String, Integer> names = new HashMap<>();
    List<Node> items = c.list(n, "'weapons'");
    for (Node item : items) {
      Map<String, Node> w = c.map(item, "a weapon", WEAPON_KEYS);
      if (w == null) {
        continue;
      }
      String name = c.text(item, w, "name", "weapon", true);
      if (name == null) {
        continue;
      }
      name = StudyNames.clean(name);
      Integer first = names.putIfAbsent(name, item.line());
      if (first != null) {
        c.error(item.line(), "weapon '" + name + "' declared twice (first on line " + first + ")");
        continue;
      }
      String kindOf = c.text(item, w, "kind_of", "weapon", false);
      List<String> words = terms(c, w.get("words"), "word of weapon '" + name + "'");
      if (words.isEmpty()) {
        c.error(item.line(), "weapon '" + name + "' has no words, so it can never be found");
      }
      List<String> types = readTypeList(c, w.get("types"), "types of weapon '" + name + "'", declared);
      out.add(new Weapon(name, kindOf == null ? "" : StudyNames.clean(kindOf), words, types));
    }
    for (int i = 0; i < out.size(); i++) {
      Weapon wp = out.get(i);
      if (!wp.kindOf().isEmpty() && !names.containsKey(wp.kindOf())) {
        c.error(items.get(i).line(), "weapon '" + wp.name() + "' is a kind of '" + wp.kindOf() + "', which is no weapon of the list");
      }
    }
    return out;
  }

  /** A list of declared event type ids. */
  private static List<String> readTypeList(FileCheck c, Node n, String what, Set<String> declared) {
    List<String> out = new ArrayList<>();
    for (Node t : c.list(n, what)) {
      if (t == null || !t.isScalar() || t.text().isBlank()) {
        c.error(t == null ? 0 : t.line(), "empty or nested entry in " + what + "; an entry is an event type id");
        continue;
      }
      String id = t.text().trim();
      if (!declared.contains(id)) {
        c.error(t.line(), "unknown event type '" + id + "' in " + what + hintType(id, declared));
        continue;
      }
      out.add(id);
    }
    return out;
  }

  /** Whether this file has no errors yet; follow-on reports would only repeat them. */
  private static boolean errorsFree(FileCheck c) {
    String prefix = c.file() + ":";
    return c.errors().list.stream().noneMatch(e -> e.startsWith(prefix));
  }

  private static String hintType(String type, Set<String> declared) {
    String h = FileCheck.closest(type, declared);
    return h == null ? "" : " (did you mean '" + h + "'?)";
  }

  /** Terms of a list, normalised as the matcher sees tokens: folded, single-spaced, lower case. */
  private static List<String> terms(FileCheck c, Node n, String what) {
    List<String> out = new ArrayList<>();
    for (Node t : c.list(n, what + "s")) {
      if (t == null || t.isNull() || !t.isScalar() || t.text().isBlank()) {
        c.error(t == null ? 0 : t.line(), "empty or nested " + what + "; a term is one or more words");
        continue;
      }
      String term = StudyNames.key(t.text());
      if (isTerm(term)) {
        term = dropPossessives(term);
      }
      if (!isTerm(term)) {
        c.error(
            t.line(),
            "bad "
                + what
                + " '"
                + t.text()
                + "': a term is words of letters, digits, ' - and . separated by spaces, with '*' only at the end of a word");
        continue;
      }
      if (!out.contains(term)) {
        out.add(term);
      }
    }
    return out;
  }

  /**
   * Drops a possessive "'s" (or a trailing "'") from each word, as the tokenizer does for the
   * words of an article: "operation spider's web" must meet the tokens "operation spider web".
   */
  private static String dropPossessives(String term) {
    StringBuilder out = new StringBuilder();
    for (String w : term.split(" ")) {
      boolean star = w.endsWith("*");
      String base = star ? w.substring(0, w.length() - 1) : w;
      if (base.length() > 2 && base.endsWith("'s")) {
        base = base.substring(0, base.length() - 2);
      } else if (base.length() > 1 && base.endsWith("'")) {
        base = base.substring(0, base.length() - 1);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(base).append(star ? "*" : "");
    }
    return out.toString();
  }

  static boolean isTerm(String term) {
    if (term.isEmpty()) {
      return false;
    }
    for (String w : term.split(" ", -1)) {
      if (!TERM_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }
}
