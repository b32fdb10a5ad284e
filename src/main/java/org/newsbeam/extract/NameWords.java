package org.newsbeam.extract;

import org.newsbeam.text.EditDistance;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The vocabulary names are read with: words that head a title or an occupation, honorifics,
 * speech verbs, institution words, credit-line words and capitalised words that are never part
 * of a name; and when two spellings of a word are one ("Shmygal", "Shmyhal"; "Governer",
 * "governor"). Shared by {@link ActorDiscovery} and {@link ActorMatcher}.
 */
final class NameWords {
  private NameWords() {}

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

  /** A title's head word, also in a hyphened title: "ambassador-at-large", "commander-in-chief". */
  static boolean isTitleHead(Token t) {
    String w = t.norm();
    if (TITLE_HEADS.contains(w)) {
      return true;
    }
    int hyphen = w.indexOf('-');
    return hyphen > 0 && TITLE_HEADS.contains(w.substring(0, hyphen));
  }

  /**
   * Title heads of six letters or more by first letter: {@link #closeSpelling} needs the same
   * first letter, so a word is compared with these few instead of every head.
   */
  private static final java.util.Map<Character, String[]> LONG_TITLES_BY_INITIAL = longTitlesByInitial();

  private static java.util.Map<Character, String[]> longTitlesByInitial() {
    java.util.Map<Character, java.util.List<String>> lists = new java.util.HashMap<>();
    for (String title : TITLE_HEADS) {
      if (title.length() >= 6) {
        lists.computeIfAbsent(title.charAt(0), k -> new java.util.ArrayList<>()).add(title);
      }
    }
    java.util.Map<Character, String[]> out = new java.util.HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
    return out;
  }

  /** A title spelt a letter off ("Governer", "Minster"): still a title, never a name. */
  static boolean misspeltTitle(String word) {
    if (word.length() < 6) {
      return false;
    }
    String[] titles = LONG_TITLES_BY_INITIAL.get(word.charAt(0));
    if (titles == null) {
      return false;
    }
    boolean close = false;
    for (String title : titles) {
      if (Math.abs(title.length() - word.length()) <= 1 && closeSpelling(word, title)) {
        close = true;
        break;
      }
    }
    return close && !GivenNames.contains(word);
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
    return EditDistance.within(a, b, longer >= 9 ? 2 : 1);
  }


}
