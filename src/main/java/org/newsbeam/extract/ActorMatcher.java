package org.newsbeam.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;
import org.newsbeam.study.ActorType;
import org.newsbeam.study.Role;
import org.newsbeam.text.TextNormalizer;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Finds a study's actors and places in tokenised sentences.
 *
 * <p>All names (aliases, roles, places, and the honorific forms derived from surnames) go into
 * one token trie keyed by {@link Token#norm()}, so matching costs a few hash look-ups per token
 * whatever the size of the dictionary. At each position the longest name whose case rule holds
 * wins; matching then resumes after it. Case rules keep "US" apart from "us": a name token written
 * in capitals must be written in capitals in the text, a capitalised one must start with a
 * capital, a lower-case one matches any case.
 *
 * <p>Some names depend on the article: a role ("the US president") resolves to its holder on the
 * article's date; a bare surname ("Umerov", "Mr Umerov" when the surname is shared) resolves only
 * to a person already named in full earlier in the same article. That state lives in an {@link
 * ArticleContext}, one per article.
 */
public final class ActorMatcher implements Serializable {

  /** Titles that, before a surname, name the person: "Mr Umerov", "President Macron". */
  static final List<String> HONORIFICS =
      List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "President", "Vice President",
          "Prime Minister", "Premier", "Chancellor", "Minister", "Foreign Minister",
          "Defence Minister", "Defense Minister", "Secretary", "Secretary of State", "Ambassador",
          "Envoy", "General", "Gen", "Lieutenant General", "Lt Gen", "Colonel", "Col", "Admiral",
          "Marshal", "Commander", "Mayor", "Governor", "Senator", "Sir", "Dame", "Lord",
          "Spokesman", "Spokeswoman", "Spokesperson", "Patriarch", "King", "Queen", "Crown Prince",
          "Prince", "Sheikh", "Emir", "Chairman", "Leader");

  enum Kind {
    /** a dictionary name or alias: always matches */
    ACTOR,
    /** honorific + surname: matches when the surname is unique, else needs a prior full mention */
    TITLED_SURNAME,
    /** bare surname: needs a prior full mention in the article */
    SURNAME,
    /** a role: resolves by date */
    ROLE,
    LOCATION
  }

  /** What a trie path may stand for. */
  /** caseRules: per token of the alias, what its case demands of the text (see {@link #caseRule}). */
  record Entry(Kind kind, List<String> targets, byte[] caseRules) implements Serializable {}

  static final class Node implements Serializable {
    /** every token of a text is looked up here: a flat table, where most look-ups miss cheaply */
    WordTable<Node> children;
    List<Entry> entries;

    Node child(String key) {
      return children == null ? null : children.get(key);
    }

    Node addChild(String key) {
      if (children == null) {
        children = new WordTable<>(4);
      }
      return children.computeIfAbsent(key, k -> new Node());
    }
  }

  /** Per-article state: the date for roles and the people already named in full. */
  public static final class ArticleContext {
    final LocalDate date;
    final Set<String> named = new HashSet<>();

    ArticleContext(LocalDate date) {
      this.date = date;
    }

    public LocalDate date() {
      return date;
    }
  }

  /** One sentence's matches. */
  /** One sentence's matches; placeTokens are the token indices covered by place names. */
  public record Matches(List<ActorMention> actors, List<String> locations, Set<Integer> placeTokens) {}

  private final Node root = new Node();
  private final List<Role> roles;
  private final Set<String> persons = new HashSet<>();
  /** Lower-cased first word of each listed person's name: "vladimir" for Vladimir Putin. */
  private final Map<String, String> firstNames = new HashMap<>();
  /** Capitalised words of the names of places, roles and non-person actors ("Kremlin", "Sea"). */
  private final Set<String> otherNameWords = new HashSet<>();
  /** One-word names of listed people, lower-cased: surnames and one-word aliases ("putin"). */
  private final Set<String> personWords = new HashSet<>();

  public ActorMatcher(ActorDictionary dictionary) {
    this.roles = dictionary.roles();
    Map<String, List<String>> bySurname = new HashMap<>();
    for (Actor a : dictionary.actors()) {
      add(a.name(), new Kind[] {Kind.ACTOR}, a.name());
      for (String alias : a.aliases()) {
        add(alias, new Kind[] {Kind.ACTOR}, a.name());
      }
      if (a.type() != ActorType.PERSON) {
        addNameWords(a.name());
        a.aliases().forEach(this::addNameWords);
      }
      if (a.type() == ActorType.PERSON) {
        persons.add(a.name());
        List<Token> nameTokens = Tokenizer.tokenize(a.name());
        if (nameTokens.size() > 1) {
          firstNames.put(a.name(), nameTokens.get(0).norm());
        }
        for (String alias : a.aliases()) {
          List<Token> at = Tokenizer.tokenize(alias);
          if (at.size() == 1) {
            personWords.add(at.get(0).norm());
          }
        }
        if (!a.surname().isBlank() && !a.surname().contains(" ")) {
          personWords.add(a.surname().toLowerCase(java.util.Locale.ROOT));
        }
        if (!a.surname().isBlank()) {
          bySurname.computeIfAbsent(a.surname(), k -> new ArrayList<>()).add(a.name());
        }
      }
    }
    for (Map.Entry<String, List<String>> e : bySurname.entrySet()) {
      String surname = e.getKey();
      List<String> people = e.getValue();
      addEntry(surname, Kind.SURNAME, people);
      for (String h : HONORIFICS) {
        addEntry(h + " " + surname, Kind.TITLED_SURNAME, people);
        if (h.length() <= 3 && Character.isUpperCase(h.charAt(0)) && !h.contains(" ")) {
          addEntry(h + ". " + surname, Kind.TITLED_SURNAME, people);
        }
      }
    }
    for (int r = 0; r < roles.size(); r++) {
      for (String alias : roles.get(r).aliases()) {
        addEntry(alias, Kind.ROLE, List.of(Integer.toString(r)));
      }
    }
    for (String place : dictionary.locations()) {
      addEntry(place, Kind.LOCATION, List.of(place));
      addNameWords(place);
    }
    roles.forEach(r -> r.aliases().forEach(this::addNameWords));
    dictionary.locationAliases().forEach((alias, place) -> addEntry(alias, Kind.LOCATION, List.of(place)));
    this.metonyms = Map.copyOf(dictionary.metonyms());
  }

  /** Verbs of which a capital is the subject when it stands for its government. */
  static final Set<String> DIPLOMATIC_VERBS =
      Set.of("said", "says", "say", "accused", "accuses", "warned", "warns", "rejected", "rejects", "denied", "denies",
          "demanded", "demands", "insisted", "insists", "agreed", "agrees", "wants", "want", "responded", "refused",
          "refuses", "announced", "claimed", "claims", "called", "calls", "threatened", "signalled", "signaled",
          "urged", "urges", "welcomed", "condemned", "dismissed", "offered", "proposed", "expects", "expected",
          "hopes", "believes", "considers", "blamed", "blames", "vowed", "pledged", "promised", "recalled",
          "summoned", "protested", "retaliated", "confirmed", "declined", "maintains", "argues");

  /** Words before a place that make it a place: "in Moscow", "struck Kyiv". */
  static final Set<String> PLACE_MARKERS =
      Set.of("in", "to", "from", "over", "near", "into", "around", "outside", "across", "at", "toward", "towards",
          "of", "on", "via", "through", "hit", "struck", "attacked", "shelled", "visit", "visited");

  /** Places that, before such a verb, are read as an actor: "Moscow said" is the Russian government. */
  private final Map<String, String> metonyms;

  /**
   * Whether the place at [start, end) acts in the sentence: a diplomatic verb follows within
   * three words (auxiliaries and adverbs between), or it owns something ("Moscow's demands"),
   * and no preposition puts it on the map ("in Moscow", "to Kyiv").
   */
  static boolean actsAsActor(List<Token> tokens, int start, int end) {
    if (start > 0) {
      String prev = tokens.get(start - 1).norm();
      if (PLACE_MARKERS.contains(prev)) {
        return false;
      }
    }
    if (tokens.get(end - 1).possessive()) {
      return true;
    }
    for (int k = end; k < tokens.size() && k < end + 3; k++) {
      Token t = tokens.get(k);
      if (t.isPunct()) {
        return false;
      }
      if (DIPLOMATIC_VERBS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  private void addNameWords(String name) {
    for (Token t : Tokenizer.tokenize(name)) {
      if (t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER) {
        otherNameWords.add(t.norm());
      }
    }
  }

  private void add(String alias, Kind[] kind, String target) {
    addEntry(alias, kind[0], List.of(target));
  }

  private void addEntry(String alias, Kind kind, List<String> targets) {
    List<Token> tokens = Tokenizer.tokenize(TextNormalizer.cleanParagraph(alias));
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    byte[] caseRules = new byte[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      node = node.addChild(t.norm());
      caseRules[i] = caseRule(t.text());
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    node.entries.add(new Entry(kind, List.copyOf(targets), caseRules));
  }

  public ArticleContext newArticle(LocalDate date) {
    return new ArticleContext(date);
  }

  /** Actors and places of one sentence, in order; updates the article's context. */
  public Matches match(List<Token> tokens, ArticleContext ctx) {
    List<ActorMention> actors = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    Set<Integer> placeTokens = new HashSet<>();
    int i = 0;
    int n = tokens.size();
    int lastEnd = -1; // end of the previous match: its words are not a stranger's first name
    int roleStart = -1; // a role written before a name waits for that name: "former US president X"
    int roleEnd = -1;
    while (i < n) {
      Node node = root;
      int bestEnd = -1;
      int bestStart = i;
      String bestActor = null;
      String bestLocation = null;
      boolean bestIsRoleBeforeName = false;
      for (int j = i; j < n; j++) {
        node = node.child(tokens.get(j).norm());
        if (node == null) {
          break;
        }
        if (node.entries != null) {
          for (Entry e : node.entries) {
            boolean personName = isPersonName(e);
            if (!caseHolds(e.caseRules, tokens, i, personName)) {
              continue;
            }
            int start = i;
            if (personName) {
              if (e.kind != Kind.TITLED_SURNAME || e.caseRules.length > 1) {
                // "Pavel Durov", "Minister Pavel Grachev": a listed surname followed by another
                // name word is part of someone else's name
                if (j + 1 < n && isStrangerNameWord(tokens.get(j + 1), false)) {
                  continue;
                }
              }
              if (e.kind != Kind.TITLED_SURNAME && i > 0 && lastEnd != i
                  && isStrangerNameWord(tokens.get(i - 1), i - 1 == 0)) {
                // "Melania Trump" is not Donald Trump; "Volodomyr Zelensky" (same initial) is Zelensky
                String target = resolve(e, ctx);
                if (target == null || !sameInitial(tokens.get(i - 1).norm(), target)) {
                  continue;
                }
                start = i - 1;
              }
            }
            if (e.kind == Kind.ROLE && j + 1 < n && nameFollows(tokens.get(j + 1))) {
              // a written name beats the role: "former US president Barack Obama" is Obama
              bestEnd = j + 1;
              bestStart = i;
              bestIsRoleBeforeName = true;
              bestActor = null;
              bestLocation = null;
              break;
            }
            String target = resolve(e, ctx, tokens, i);
            if (target == null) {
              continue;
            }
            bestEnd = j + 1;
            bestStart = start;
            bestIsRoleBeforeName = false;
            if (e.kind == Kind.LOCATION) {
              bestLocation = target;
              bestActor = null;
            } else {
              bestActor = target;
              bestLocation = null;
            }
            break;
          }
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      if (bestIsRoleBeforeName) {
        roleStart = i;
        roleEnd = bestEnd;
      } else if (bestActor != null) {
        if (persons.contains(bestActor)) {
          ctx.named.add(bestActor);
        }
        int start = bestStart;
        if (roleEnd == start && persons.contains(bestActor)) {
          start = roleStart; // "US President Donald Trump": the title is part of the mention
        }
        ActorMention last = actors.isEmpty() ? null : actors.get(actors.size() - 1);
        if (last != null && last.actor().equals(bestActor) && last.end() == start) {
          // "US President Donald Trump": one mention, not two
          actors.set(actors.size() - 1, new ActorMention(bestActor, surface(tokens, last.start(), bestEnd), last.start(), bestEnd, true));
        } else {
          actors.add(new ActorMention(bestActor, surface(tokens, start, bestEnd), start, bestEnd, true));
        }
      } else if (metonyms.containsKey(bestLocation) && actsAsActor(tokens, i, bestEnd)) {
        String actor = metonyms.get(bestLocation);
        actors.add(new ActorMention(actor, surface(tokens, i, bestEnd), i, bestEnd, true));
      } else {
        locations.add(bestLocation);
        for (int k = i; k < bestEnd; k++) {
          placeTokens.add(k);
        }
      }
      lastEnd = bestEnd;
      i = bestEnd;
    }
    dropTitleCountries(tokens, actors);
    return new Matches(actors, locations, placeTokens);
  }

  /** Words before a role that make it no one in particular, or someone else: "a Kremlin spokesman", "former US president". */
  static final Set<String> NOT_THE_HOLDER =
      Set.of("a", "an", "another", "former", "ex", "then", "one", "each", "every", "no", "late", "previous", "past",
          "future", "next", "acting", "interim", "any", "whichever");

  /**
   * A title in apposition belongs to the person before it: in "Keith Kellogg, the US envoy," the
   * country inside the title is no mention of its own (as in "US envoy Keith Kellogg").
   */
  private void dropTitleCountries(List<Token> tokens, List<ActorMention> actors) {
    for (int k = actors.size() - 1; k >= 1; k--) {
      ActorMention a = actors.get(k);
      ActorMention before = actors.get(k - 1);
      int s = a.start();
      if (persons.contains(a.actor()) || !persons.contains(before.actor()) || s < 2 || before.end() != s - 2
          || !tokens.get(s - 2).norm().equals(",") || !tokens.get(s - 1).norm().equals("the")) {
        continue;
      }
      for (int j = a.end(); j < Math.min(tokens.size(), a.end() + 3); j++) {
        Token t = tokens.get(j);
        if (t.shape() != Token.Shape.LOWER) {
          break;
        }
        if (NameWords.isTitleHead(t)) {
          actors.remove(k);
          break;
        }
      }
    }
  }

  /** A name written for a single person word: a bare surname, a one-word alias, or title and surname. */
  private boolean isPersonName(Entry e) {
    return e.kind == Kind.SURNAME || e.kind == Kind.TITLED_SURNAME
        || e.kind == Kind.ACTOR && e.caseRules.length == 1 && persons.contains(e.targets.get(0));
  }

  /**
   * A capitalised word that may belong to a name the dictionary does not know: not a listed
   * place, role or organisation word, not a title, weekday or other capitalised function word.
   * At the start of a sentence every word is capitalised, so there only a given name counts.
   */
  private boolean isStrangerNameWord(Token t, boolean sentenceStart) {
    if (t.shape() != Token.Shape.CAPITALISED || t.text().length() < 2) {
      return false;
    }
    String w = t.norm();
    if (personWords.contains(w)) {
      return false; // "Trump Putin summit": two listed people side by side
    }
    if (GivenNames.contains(w)) {
      return true;
    }
    if (sentenceStart || t.possessive()) {
      return false;
    }
    if (w.contains("-")) {
      // "Commander-in-Chief Zaluzhnyi", "Pro-Kremlin Medvedchuk": a hyphened title or label
      for (String part : w.split("-")) {
        if (part.isEmpty() || !isStrangerPart(part)) {
          return false;
        }
      }
      return true;
    }
    return isStrangerPart(w);
  }

  /** Party and national labels that stand before a name without being part of it. */
  private static final Set<String> LABELS =
      Set.of("republican", "republicans", "democrat", "democrats", "democratic", "conservative", "labour", "tory",
          "liberal", "socialist", "communist", "dutch", "czech", "swiss", "greek", "israeli", "iraqi", "saudi",
          "emirati", "qatari", "kuwaiti", "uzbek", "kazakh", "pakistani", "afghan", "chechen", "tatar", "crimean",
          "pro", "anti", "ex", "kremlin", "backed", "led", "friendly", "elect", "designate", "in", "chief", "of");

  private boolean isStrangerPart(String w) {
    return !LABELS.contains(w) && !NameWords.NOT_NAMES.contains(w) && !otherNameWords.contains(w) && !TITLE_WORDS.contains(w)
        && !NameWords.TITLE_HEADS.contains(w) && !NameWords.ORG_WORDS.contains(w)
        && !NameWords.BYLINE_WORDS.contains(w) && !NameWords.misspeltTitle(w) && !w.endsWith("ian") && !w.endsWith("ese")
        && !w.endsWith("ish");
  }

  /** Whether a name follows a role: a stranger's, or a listed person's first name or surname ("US President Obama"). */
  private boolean nameFollows(Token t) {
    return isStrangerNameWord(t, false) || firstNameOfListed(t)
        || t.shape() == Token.Shape.CAPITALISED && personWords.contains(t.norm());
  }

  /** Whether a word is the first word of a listed person's name: "Donald" in "US President Donald Trump". */
  private boolean firstNameOfListed(Token t) {
    return t.shape() == Token.Shape.CAPITALISED && firstNames.containsValue(t.norm());
  }

  /** Whether a written first name and a listed person's first name share their initial ("Vitaly", "Vitali"). */
  private boolean sameInitial(String written, String person) {
    String first = firstNames.get(person);
    return first != null && !first.isEmpty() && !written.isEmpty() && first.charAt(0) == written.charAt(0);
  }

  /** Words of honorific titles, lower-cased: never a stranger's name. */
  private static final Set<String> TITLE_WORDS = titleWords();

  private static Set<String> titleWords() {
    Set<String> s = new HashSet<>();
    for (String h : HONORIFICS) {
      for (String w : h.split(" ")) {
        s.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    s.addAll(List.of("first", "lady", "jr", "sr", "former", "then", "new", "old", "says", "said"));
    return Set.copyOf(s);
  }

  private String resolve(Entry e, ArticleContext ctx) {
    return resolve(e, ctx, null, 0);
  }

  private String resolve(Entry e, ArticleContext ctx, List<Token> tokens, int start) {
    switch (e.kind) {
      case ACTOR:
      case LOCATION:
        return e.targets.get(0);
      case TITLED_SURNAME:
        if (e.targets.size() == 1) {
          return e.targets.get(0);
        }
        return namedBefore(e.targets, ctx);
      case SURNAME:
        return namedBefore(e.targets, ctx);
      case ROLE:
        // an undated article cannot say who held a role; "a Kremlin spokesman" is no one in particular
        if (ctx.date == null || tokens != null && start > 0 && NOT_THE_HOLDER.contains(tokens.get(start - 1).norm())) {
          return null;
        }
        Role role = roles.get(Integer.parseInt(e.targets.get(0)));
        return role.holderOn(ctx.date).orElse(null);
      default:
        return null;
    }
  }

  private static String namedBefore(List<String> people, ArticleContext ctx) {
    String found = null;
    for (String p : people) {
      if (ctx.named.contains(p)) {
        if (found != null) {
          return null; // two people of that surname named: ambiguous
        }
        found = p;
      }
    }
    return found;
  }

  /** The case rule: capitals in the name must be capitals in the text. */
  private static final byte ANY_CASE = 0;
  private static final byte ALL_UPPER = 1;
  private static final byte CAPITAL_FIRST = 2;

  /** What an alias word's case demands: "NATO" all capitals, "Putin" a capital first. */
  static byte caseRule(String form) {
    if (form.isEmpty() || !Character.isLetter(form.charAt(0))) {
      return ANY_CASE;
    }
    if (isAllUpper(form) && form.length() >= 2) {
      return ALL_UPPER;
    }
    return Character.isUpperCase(form.charAt(0)) ? CAPITAL_FIRST : ANY_CASE;
  }

  static boolean caseHolds(byte[] rules, List<Token> tokens, int start) {
    return caseHolds(rules, tokens, start, false);
  }

  /** For a person's name, a capitalised word never matches one in capitals: "XI" is a numeral, not Xi. */
  static boolean caseHolds(byte[] rules, List<Token> tokens, int start, boolean personName) {
    for (int k = 0; k < rules.length; k++) {
      switch (rules[k]) {
        case ALL_UPPER -> {
          Token t = tokens.get(start + k);
          boolean upper = switch (t.shape()) {
            case UPPER -> true;
            case LOWER -> false;
            default -> isAllUpper(t.text());
          };
          if (!upper) {
            return false;
          }
        }
        case CAPITAL_FIRST -> {
          Token t = tokens.get(start + k);
          if (!Character.isUpperCase(t.text().charAt(0)) || personName && t.shape() == Token.Shape.UPPER) {
            return false;
          }
        }
        default -> {}
      }
    }
    return true;
  }

  private static boolean isAllUpper(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          // a possessive "'s" after capitals: "NATO's"
          if (c == 's' && i > 0 && s.charAt(i - 1) == '\'') {
            continue;
          }
          return false;
        }
      }
    }
    return letters > 0;
  }

  static String surface(List<Token> tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (k > start && tokens.get(k - 1).end() < t.start()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  /** Distinct actors of a list of mentions, in order of first mention. */
  public static List<String> distinctActors(List<ActorMention> mentions) {
    Set<String> s = new LinkedHashSet<>();
    for (ActorMention m : mentions) {
      s.add(m.actor());
    }
    return new ArrayList<>(s);
  }
}
