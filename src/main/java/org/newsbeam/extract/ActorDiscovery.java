package org.newsbeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbeam.study.Actor;
import org.newsbeam.study.ActorDictionary;
import org.newsbeam.study.ActorType;
import org.newsbeam.study.Role;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Finds people the dictionary does not list, from cues around a capitalised name:
 *
 * <ul>
 *   <li>a title or occupation before the name: "Belarusian foreign minister Maxim Ryzhenkov",
 *       "China's special envoy for Eurasian affairs, Li Hui", "defence analyst Ivo Brandt";
 *   <li>an honorific or rank: "Ms Olena Kovalenko told reporters", "Col Ann Hart";
 *   <li>a title after the name: "Li Hui, China's special envoy, said";
 *   <li>speech: "Maxim Ryzhenkov said", "says Ivo Brandt", "according to Ivo Brandt";
 *   <li>an age: "Petra Lind, 58, was at home";
 *   <li>a given name first: "Mykola Hrytsenko was waiting" (see {@link GivenNames});
 *   <li>a credit line: "Reporting by Ann Hart; editing by Tom Reed", "Ivo Brandt contributed to this
 *       report".
 * </ul>
 *
 * A name is two to four capitalised words (lower-case particles such as "de" or "von" inside), none
 * of them a place, organisation or role word, month, weekday or sentence opener; a name that runs
 * into an institution word ("Clinical Hospital", "Military Administration") is no person. One
 * given name alone names a person when the sentence gives a further cue: "Olena, 64, said",
 * "her mother Liubov", "Vera says". Later in the same article the full name, the surname alone or
 * the given name alone refers back to the person. A found name whose surname is a listed person's
 * (or one letter or two from it) with a compatible first name is that listed person: "Vitaly
 * Klitschko", "Denis Shmygal". Found people are counted like listed actors with {@code
 * listed=false}, so an analyst can promote them into the dictionary.
 */
public final class ActorDiscovery implements Serializable {
  /** Nouns that end a title: "foreign minister", "special envoy". */
  static final Set<String> TITLE_HEADS =
      Set.of("minister", "envoy", "spokesman", "spokeswoman", "spokesperson", "president", "ambassador",
          "commander", "chief", "general", "governor", "mayor", "adviser", "advisor", "aide", "secretary",
          "negotiator", "official", "chancellor", "premier", "lawmaker", "senator", "deputy", "head",
          "director", "leader", "representative", "prosecutor", "ombudsman", "commissioner", "chairman",
          "chairwoman", "speaker", "colonel", "admiral", "lieutenant", "captain", "major", "sergeant",
          "ceo", "founder", "executive", "analyst", "expert", "researcher", "economist", "historian",
          "professor", "journalist", "correspondent", "reporter", "editor", "blogger", "photographer",
          "activist", "lawyer", "doctor", "surgeon", "nurse", "anesthesiologist", "anaesthetist", "teacher",
          "pensioner", "resident", "soldier", "volunteer", "medic", "paramedic", "engineer", "entrepreneur",
          "businessman", "businesswoman", "tycoon", "oligarch", "owner", "survivor", "widow", "veteran",
          "priest", "scientist", "politician", "student", "colleague", "mother", "father", "son", "daughter",
          "wife", "husband", "brother", "sister", "grandson", "granddaughter", "grandmother", "grandfather",
          "uncle", "aunt", "nephew", "niece", "cousin", "baby", "neighbour", "neighbor", "fellow", "commentator",
          "diplomat", "officer", "pilot", "mp", "mep", "candidate", "coordinator", "manager", "partner",
          "strategist", "scholar", "writer", "author", "presenter", "host", "lady", "ruler", "dictator");

  static final Set<String> HONORIFICS =
      Set.of("mr", "ms", "mrs", "miss", "dr", "prof", "sir", "dame", "col", "gen", "lt", "maj", "capt", "sgt", "rev");

  static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "warned", "warns", "stated",
          "announced", "argued", "argues", "insisted", "noted", "notes", "replied", "confirmed", "denied", "claimed",
          "tweeted", "explained", "explains", "recalled", "recalls", "posted", "asked", "asks", "believes",
          "admitted", "agreed", "commented", "cautioned");

  /** Words of institutions, places and programmes: a name that holds one is no person. */
  static final Set<String> ORG_WORDS =
      Set.of("hospital", "clinic", "university", "institute", "centre", "center", "foundation", "fund", "party",
          "programme", "program", "administration", "council", "parliament", "duma", "rada", "assembly", "ministry",
          "agency", "service", "services", "committee", "commission", "company", "corporation", "corp", "group",
          "bank", "school", "academy", "museum", "church", "cathedral", "monastery", "street", "avenue", "square",
          "station", "airport", "bridge", "prize", "award", "department", "command", "brigade", "regiment",
          "battalion", "division", "army", "forces", "guard", "corps", "front", "district", "region", "oblast",
          "republic", "city", "news", "times", "post", "journal", "press", "tv", "radio", "network", "club",
          "league", "union", "movement", "alliance", "initiative", "project", "fleet", "plant", "factory",
          "office", "house", "palace", "tower", "hall", "park", "stadium", "port", "base", "airbase", "village",
          "town", "province", "county", "state", "states", "people", "peoples", "federation", "court",
          "tribunal", "bureau", "board", "authority", "inc", "ltd", "llc", "plc", "media", "digital", "online",
          "daily", "herald", "telegraph", "guardian", "tribune", "review", "magazine", "channel", "agreement",
          "accord", "treaty", "plan", "summit", "conference", "forum", "war", "operation", "day", "week", "year",
          "cup", "games", "olympics", "fc", "lake", "river", "sea", "mountains", "island", "road", "highway",
          "line", "system", "systems", "airlines", "railways", "energy", "oil", "gas", "power", "sector", "battalion's",
          "gazeta", "pravda", "izvestia", "novosti", "vedomosti", "moskvy", "svoboda", "segodnya", "zeitung",
          "prospekt", "prospect", "boulevard", "lane", "garden", "gardens", "cemetery", "memorial", "monument",
          "calendar", "empire", "dynasty", "order", "medal", "foundation's", "trust", "society", "association",
          "federation's", "council's", "brigades", "regiments", "battalions", "squadron", "unit", "units");

  /** Words before "by" that open a credit line: "Reporting by", "Additional reporting by", "Photographs by". */
  static final Set<String> BYLINE_WORDS =
      Set.of("reporting", "writing", "editing", "photographs", "photography", "pictures", "images", "video",
          "illustrations", "graphics", "edited", "written", "reported", "produced", "filmed", "compiled", "photos",
          "additional", "contributed");

  /** Capitalised words that are never part of a person's name. */
  static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "if", "as", "by", "with", "from",
          "to", "after", "before", "when", "while", "this", "that", "these", "those", "he", "she", "it", "they",
          "we", "i", "his", "her", "their", "its", "our", "my", "your", "there", "here", "then", "now", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
          "april", "may", "june", "july", "august", "september", "october", "november", "december", "president",
          "minister", "prime", "foreign", "defence", "defense", "general", "secretary", "state", "news",
          "ministry", "office", "council", "army", "forces", "air", "force", "navy", "government", "parliament",
          "committee", "agency", "union", "nations", "united", "republic", "federation", "kingdom", "north",
          "south", "east", "west", "central", "european", "national", "international", "security", "affairs",
          "special", "deputy", "chief", "head", "mr", "ms", "mrs", "dr", "sir", "earlier", "later", "meanwhile",
          "however", "also", "still", "yet", "both", "all", "some", "many", "most", "no", "not", "asked",
          "speaking", "according", "russian", "ukrainian", "american", "british", "german", "french", "chinese",
          "turkish", "belarusian", "polish", "western", "eastern", "kremlin", "white", "house", "nearby", "since",
          "despite", "during", "although", "though", "because", "until", "instead", "former", "first", "last",
          "next", "new", "old", "one", "two", "three", "several", "every", "each", "another", "other", "such",
          "what", "who", "why", "how", "where", "which", "whose", "would", "will", "could", "should", "can",
          "did", "does", "do", "is", "was", "were", "are", "be", "been", "has", "have", "had", "so", "just",
          "only", "even", "yes", "oh", "well", "like", "about", "over", "under", "into", "through", "without",
          "within", "between", "among", "against", "toward", "towards", "upon", "outside", "inside", "across",
          "once", "again", "never", "always", "today", "yesterday", "tomorrow", "tonight", "overnight", "morning",
          "evening", "night", "photo", "photos", "watch", "read", "more", "related", "image", "source", "reuters",
          "getty", "epa", "afp", "ap", "bbc", "cnn", "fox", "live", "breaking", "update", "updated", "ukraine",
          "russia", "europe", "christmas", "easter", "god", "lord", "dear", "thank", "thanks", "please", "let",
          "we're", "it's", "i'm", "don't", "there's", "that's", "he's", "she's", "they're", "you", "me", "him",
          "them", "us", "mine", "ours", "theirs", "hers", "nobody", "everyone", "someone", "anyone", "none",
          "catholic", "orthodox", "greek", "soviet", "tsarist", "imperial", "royal", "holy", "saint", "st", "santa",
          "san");

  /** Lower-case words inside a name: "Hamish de Bretton-Gordon", "Ursula von der Leyen". */
  static final Set<String> PARTICLES = Set.of("de", "von", "van", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "ibn");

  /** Capitalised words of listed places, roles and non-person actors: never part of a new name. */
  private final Set<String> knownWords = new HashSet<>();
  /** Listed people: name, lower-cased first word, lower-cased surname. */
  private final List<String[]> listedPeople = new ArrayList<>();

  public ActorDiscovery(ActorDictionary dictionary) {
    for (Actor a : dictionary.actors()) {
      if (a.type() == ActorType.PERSON) {
        List<Token> t = Tokenizer.tokenize(a.name());
        String surname = a.surname().isBlank() ? (t.isEmpty() ? "" : t.get(t.size() - 1).norm()) : lower(a.surname());
        if (t.size() > 1 && !surname.contains(" ")) {
          listedPeople.add(new String[] {a.name(), t.get(0).norm(), surname});
        }
        continue; // a listed person's first name is an ordinary part of a new name: "Viktor Trehubov"
      }
      addWords(a.name());
      a.aliases().forEach(this::addWords);
    }
    for (Role r : dictionary.roles()) {
      r.aliases().forEach(this::addWords);
    }
    dictionary.locations().forEach(this::addWords);
    dictionary.locationAliases().keySet().forEach(this::addWords);
    // a role may hold a person's name ("Trump's Ukraine envoy"): that word stays a name word
    for (String[] p : listedPeople) {
      knownWords.remove(p[1]);
      knownWords.remove(p[2]);
    }
  }

  private void addWords(String name) {
    for (Token t : Tokenizer.tokenize(name)) {
      if ((t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER) && !GivenNames.contains(t.norm())) {
        knownWords.add(t.norm());
      }
    }
  }

  /** People found so far in one article: full name by full name, surname and given name. */
  public static final class Found {
    final Map<String, String> bySurname = new HashMap<>();
    final Map<String, String> byFullName = new HashMap<>();
    final Map<String, String> byGivenName = new HashMap<>();
    /** names found here that are listed people ("Denis Shmygal" is Denys Shmyhal) */
    final Set<String> listed = new HashSet<>();
  }

  public Found newArticle() {
    return new Found();
  }

  /** One sentence's discoveries: mentions to add and the people found with their titles. */
  public record Result(List<ActorMention> mentions, List<DiscoveredActor> discovered) {}

  /**
   * @param tokens the sentence
   * @param taken token spans already matched as listed actors (start, end pairs)
   */
  public Result find(List<Token> tokens, List<ActorMention> taken, Set<Integer> placeTokens, Found found) {
    int n = tokens.size();
    boolean[] used = new boolean[n];
    for (ActorMention m : taken) {
      for (int k = m.start(); k < m.end(); k++) {
        used[k] = true;
      }
    }
    for (int k : placeTokens) {
      used[k] = true;
    }
    List<ActorMention> mentions = new ArrayList<>();
    List<DiscoveredActor> discovered = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (used[i] || !isNameWord(tokens.get(i))) {
        i++;
        continue;
      }
      int end = spanEnd(tokens, used, i);
      // a name that runs into an institution word is the institution: "Kyiv City Clinical Hospital"
      int institution = institutionAfter(tokens, end);
      if (institution >= 0) {
        i = institution + 1;
        continue;
      }
      // a capitalised word before a given name is an opener or a title, not part of the name:
      // "Nearby Iryna Kutsenko waited", "Governer Oleh Kiper said" (the title misspelt)
      if (end - i >= 3 && !GivenNames.contains(tokens.get(i).norm())
          || (i == 0 || isOpeningPunct(tokens.get(i - 1))) && end - i >= 2 && !GivenNames.contains(tokens.get(i).norm())) {
        for (int k = i + 1; k < end - 1; k++) {
          if (GivenNames.contains(tokens.get(k).norm())) {
            i = k;
            break;
          }
        }
      }
      int words = end - i;
      String name = nameOf(tokens, i, end);
      String known = found.byFullName.get(name);
      if (known == null && words == 1) {
        known = found.bySurname.get(tokens.get(i).norm());
        if (known == null) {
          known = found.byGivenName.get(tokens.get(i).norm());
        }
      }
      if (known == null && words == 2 && !GivenNames.contains(tokens.get(i).norm())) {
        // "Governer Kiper" after "Oleh Kiper": a word that is no given name before a known surname
        known = found.bySurname.get(tokens.get(end - 1).norm());
      }
      if (known != null) {
        mentions.add(new ActorMention(known, surface(tokens, i, end), i, end, found.listed.contains(known)));
        i = end;
        continue;
      }
      String title = titleBefore(tokens, i);
      boolean honorific = i > 0 && HONORIFICS.contains(tokens.get(i - 1).norm())
          || i > 1 && tokens.get(i - 1).text().equals(".") && HONORIFICS.contains(tokens.get(i - 2).norm());
      if (title == null) {
        title = titleAfter(tokens, end);
      }
      boolean given = GivenNames.contains(tokens.get(i).norm());
      boolean speech = end < n && SPEECH_VERBS.contains(tokens.get(end).norm())
          || i > 0 && SPEECH_VERBS.contains(tokens.get(i - 1).norm())
          || i > 1 && tokens.get(i - 1).norm().equals("to") && tokens.get(i - 2).norm().equals("according");
      boolean age = ageFollows(tokens, end);
      boolean credit = inCreditLine(tokens, i) || contributedFollows(tokens, end);
      boolean person = words >= 2 && (title != null || honorific || speech || age || given || credit)
          || words == 1 && (honorific || given && (title != null || speech || age));
      if (!person || (i == 0 && title == null && !honorific && !given && words < 2)) {
        i = end;
        continue;
      }
      String listedName = listedPerson(tokens, i, end);
      if (listedName != null) {
        found.listed.add(listedName);
        remember(found, tokens, i, end, name, listedName);
        mentions.add(new ActorMention(listedName, surface(tokens, i, end), i, end, true));
        i = end;
        continue;
      }
      remember(found, tokens, i, end, name, name);
      mentions.add(new ActorMention(name, surface(tokens, i, end), i, end, false));
      discovered.add(new DiscoveredActor(name, title == null ? "" : title));
      i = end;
    }
    return new Result(mentions, discovered);
  }

  /** Where the name starting at i ends: up to four name words, lower-case particles inside. */
  private int spanEnd(List<Token> tokens, boolean[] used, int i) {
    int n = tokens.size();
    int end = i + 1;
    int words = 1;
    while (end < n && words < 4 && !used[end] && !tokens.get(end - 1).possessive()) {
      Token t = tokens.get(end);
      if (isNameWord(t)) {
        end++;
        words++;
      } else if (PARTICLES.contains(t.text()) && end + 1 < n && !used[end + 1] && isNameWord(tokens.get(end + 1))) {
        end += 2;
        words += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static void remember(Found found, List<Token> tokens, int i, int end, String written, String person) {
    found.byFullName.put(written, person);
    found.bySurname.putIfAbsent(tokens.get(end - 1).norm(), person);
    if (end - i >= 2 || GivenNames.contains(tokens.get(i).norm())) {
      String first = tokens.get(i).norm();
      String before = found.byGivenName.putIfAbsent(first, person);
      if (before != null && !before.equals(person)) {
        found.byGivenName.put(first, person); // the latest named one: "Dmytro" after "Dmytro Khyliuk"
      }
    }
  }

  /**
   * The listed person a found name stands for: the same surname or one spelt a letter or two apart
   * ("Shmygal", "Shmyhal"), with a first name of the same initial ("Vitaly", "Vitali") or none.
   */
  String listedPerson(List<Token> tokens, int i, int end) {
    String last = tokens.get(end - 1).norm();
    String first = end - i >= 2 ? tokens.get(i).norm() : null;
    String hit = null;
    for (String[] p : listedPeople) {
      if (!closeSpelling(last, p[2])) {
        continue;
      }
      if (first != null && first.charAt(0) != p[1].charAt(0)) {
        continue;
      }
      if (hit != null && !hit.equals(p[0])) {
        return null; // two listed people fit
      }
      hit = p[0];
    }
    return hit;
  }

  /** Two spellings of one surname: equal, or same first letter and an edit or two apart in a long word. */
  static boolean closeSpelling(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int longer = Math.max(a.length(), b.length());
    if (Math.min(a.length(), b.length()) < 5 || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return editDistance(a, b) <= (longer >= 9 ? 2 : 1);
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** "Petra Lind, 58, said": an age between commas after the name. */
  static boolean ageFollows(List<Token> tokens, int end) {
    if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    Token num = tokens.get(end + 1);
    if (num.shape() != Token.Shape.NUMBER || num.text().length() > 3) {
      return false;
    }
    String after = tokens.get(end + 2).text();
    return after.equals(",") || after.equals(".") || after.equals("and") || after.equals(")");
  }

  /** "Reporting by Ann Hart and Tom Reed; editing by ...": names listed after a credit word and "by". */
  static boolean inCreditLine(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 24; k--) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (w.equals("by")) {
        return k > 0 && BYLINE_WORDS.contains(tokens.get(k - 1).norm());
      }
      if (!(w.equals(",") || w.equals("and") || w.equals(";") || t.shape() == Token.Shape.CAPITALISED
          || PARTICLES.contains(t.text()))) {
        return false;
      }
    }
    return false;
  }

  /** "Ann Hart contributed to this report", "Ann Hart and Tom Reed contributed reporting". */
  private boolean contributedFollows(List<Token> tokens, int end) {
    int k = end;
    if (k < tokens.size() && tokens.get(k).norm().equals("and")) {
      k++;
      while (k < tokens.size() && (isNameWord(tokens.get(k)) || tokens.get(k).norm().equals("the")
          || tokens.get(k).shape() == Token.Shape.CAPITALISED)) {
        k++;
      }
    }
    return k < tokens.size() && tokens.get(k).norm().equals("contributed");
  }

  private static boolean isOpeningPunct(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("(") || s.equals(":") || s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  /**
   * The index of an institution word right after a name, or two capitalised words on ("Taras
   * Shevchenko National University"), else -1.
   */
  private int institutionAfter(List<Token> tokens, int end) {
    for (int k = end; k < tokens.size() && k < end + 3; k++) {
      Token t = tokens.get(k);
      if (isInstitutionWord(t)) {
        return k;
      }
      if (t.shape() != Token.Shape.CAPITALISED) {
        return -1;
      }
    }
    return -1;
  }

  /** A capitalised word naming an institution right after a name: "Clinical Hospital". */
  private boolean isInstitutionWord(Token t) {
    return t.shape() == Token.Shape.CAPITALISED && ORG_WORDS.contains(t.norm());
  }

  private boolean isNameWord(Token t) {
    if (t.shape() != Token.Shape.CAPITALISED || t.text().length() < 2) {
      return false;
    }
    String n = t.norm();
    return !NOT_NAMES.contains(n) && !knownWords.contains(n) && !TITLE_HEADS.contains(n) && !ORG_WORDS.contains(n)
        && !HONORIFICS.contains(n) && !BYLINE_WORDS.contains(n) && !misspeltTitle(n);
  }

  /** A title spelt a letter off ("Governer", "Minster"): still a title, never a name. */
  static boolean misspeltTitle(String word) {
    if (word.length() < 6 || GivenNames.contains(word)) {
      return false;
    }
    for (String title : TITLE_HEADS) {
      if (title.length() >= 6 && closeSpelling(word, title)) {
        return true;
      }
    }
    return false;
  }

  /** The name as written, without a possessive ending: "Dmytro's" names Dmytro. */
  static String nameOf(List<Token> tokens, int start, int end) {
    String s = surface(tokens, start, end);
    Token last = tokens.get(end - 1);
    if (last.possessive()) {
      s = s.endsWith("'s") ? s.substring(0, s.length() - 2) : s.endsWith("'") ? s.substring(0, s.length() - 1) : s;
    }
    return s;
  }

  /**
   * The title right before a name: words back from a title head to a determiner, a comma or the
   * start ("Belarusian foreign minister", "China's special envoy for Eurasian affairs").
   */
  static String titleBefore(List<Token> tokens, int nameStart) {
    int j = nameStart - 1;
    if (j >= 0 && tokens.get(j).text().equals(",")) {
      j--;
    }
    // "envoy for Eurasian affairs": a short of/for phrase after the head
    int head = -1;
    for (int k = j; k >= 0 && k >= j - 5; k--) {
      if (isTitleHead(tokens.get(k))) {
        head = k;
        break;
      }
      if (tokens.get(k).isPunct()) {
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    if (head != j) {
      String link = tokens.get(head + 1).norm();
      if (!link.equals("for") && !link.equals("of") && !link.equals("to")) {
        return null;
      }
    }
    int start = head;
    while (start > 0 && start > head - 5) {
      Token prev = tokens.get(start - 1);
      String n = prev.norm();
      if (prev.isPunct() || n.equals("the") || n.equals("a") || n.equals("an") || n.equals("and") || n.equals("said")
          || n.equals("by") || n.equals("with") || n.equals("to")) {
        break;
      }
      start--;
    }
    return surface(tokens, start, j + 1);
  }

  /** A title's head word, also in a hyphened title: "ambassador-at-large", "commander-in-chief". */
  static boolean isTitleHead(Token t) {
    String w = t.norm();
    if (TITLE_HEADS.contains(w)) {
      return true;
    }
    int hyphen = w.indexOf('-');
    return hyphen > 0 && TITLE_HEADS.contains(w.substring(0, hyphen));
  }

  /** "Li Hui, China's special envoy, said": a title after the name, between commas. */
  static String titleAfter(List<Token> tokens, int nameEnd) {
    if (nameEnd >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
      return null;
    }
    for (int k = nameEnd + 1; k < tokens.size() && k <= nameEnd + 7; k++) {
      Token t = tokens.get(k);
      if (t.isPunct()) {
        return null;
      }
      if (isTitleHead(t)) {
        int end = k + 1;
        while (end < tokens.size() && !tokens.get(end).isPunct() && end <= k + 4) {
          end++;
        }
        int start = nameEnd + 1;
        String first = tokens.get(start).norm();
        if (first.equals("the") || first.equals("a") || first.equals("an")) {
          start++;
        }
        return surface(tokens, start, end);
      }
    }
    return null;
  }

  static String surface(List<Token> tokens, int start, int end) {
    return ActorMatcher.surface(tokens, start, end);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
