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
import org.newsbeam.study.Role;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/**
 * Finds people the dictionary does not list, from cues around a capitalised name:
 *
 * <ul>
 *   <li>a title before the name: "Belarusian foreign minister Maxim Ryzhenkov", "China's special
 *       envoy for Eurasian affairs, Li Hui";
 *   <li>an honorific: "Ms Olena Kovalenko told reporters";
 *   <li>a title after the name: "Li Hui, China's special envoy, said";
 *   <li>a speech verb after a full name: "Maxim Ryzhenkov said".
 * </ul>
 *
 * A name is two or three capitalised words (one after an honorific), none of them a known actor,
 * place, month, weekday or sentence opener. Later in the same article the full name or the
 * surname alone refers back to the person. Found people are counted like listed actors with
 * {@code listed=false}, so an analyst can promote them into the dictionary.
 */
public final class ActorDiscovery implements Serializable {
  /** Nouns that end a title: "foreign minister", "special envoy". */
  static final Set<String> TITLE_HEADS =
      Set.of("minister", "envoy", "spokesman", "spokeswoman", "spokesperson", "president", "ambassador",
          "commander", "chief", "general", "governor", "mayor", "adviser", "advisor", "aide", "secretary",
          "negotiator", "official", "chancellor", "premier", "lawmaker", "senator", "deputy", "head",
          "director", "leader", "representative", "prosecutor", "ombudsman", "commissioner", "chairman",
          "chairwoman", "speaker", "colonel", "admiral", "lieutenant", "captain", "major", "sergeant");

  static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "miss", "dr", "prof", "sir", "dame");

  static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "wrote", "warned", "stated", "announced", "argued", "insisted",
          "noted", "replied", "confirmed", "denied", "claimed", "tweeted");

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
          "turkish", "belarusian", "polish", "western", "eastern", "kremlin", "white", "house");

  private final Set<String> knownWords = new HashSet<>();

  public ActorDiscovery(ActorDictionary dictionary) {
    for (Actor a : dictionary.actors()) {
      addWords(a.name());
      a.aliases().forEach(this::addWords);
    }
    for (Role r : dictionary.roles()) {
      r.aliases().forEach(this::addWords);
    }
    dictionary.locations().forEach(this::addWords);
  }

  private void addWords(String name) {
    for (Token t : Tokenizer.tokenize(name)) {
      if (t.shape() == Token.Shape.CAPITALISED || t.shape() == Token.Shape.UPPER) {
        knownWords.add(t.norm());
      }
    }
  }

  /** People found so far in one article: full name by surname, and their titles. */
  public static final class Found {
    final Map<String, String> bySurname = new HashMap<>();
    final Map<String, String> byFullName = new HashMap<>();
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
    boolean[] used = new boolean[tokens.size()];
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
    while (i < tokens.size()) {
      if (used[i] || !isNameWord(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < tokens.size() && end - i < 3 && !used[end] && isNameWord(tokens.get(end))) {
        end++;
      }
      String name = surface(tokens, i, end);
      String known = found.byFullName.get(name);
      if (known == null && end - i == 1) {
        known = found.bySurname.get(tokens.get(i).norm());
      }
      if (known != null) {
        mentions.add(new ActorMention(known, name, i, end, false));
        i = end;
        continue;
      }
      String title = titleBefore(tokens, i);
      boolean honorific = i > 0 && HONORIFICS.contains(tokens.get(i - 1).norm())
          || i > 1 && tokens.get(i - 1).text().equals(".") && HONORIFICS.contains(tokens.get(i - 2).norm());
      if (title == null) {
        title = titleAfter(tokens, end);
      }
      boolean speech = end < tokens.size() && SPEECH_VERBS.contains(tokens.get(end).norm());
      int words = end - i;
      boolean person = words >= 2 && (title != null || honorific || speech) || words == 1 && honorific && (title != null || speech);
      if (!person || (i == 0 && title == null && !honorific && words < 2)) {
        i = end;
        continue;
      }
      found.byFullName.put(name, name);
      found.bySurname.putIfAbsent(tokens.get(end - 1).norm(), name);
      mentions.add(new ActorMention(name, name, i, end, false));
      discovered.add(new DiscoveredActor(name, title == null ? "" : title));
      i = end;
    }
    return new Result(mentions, discovered);
  }

  private boolean isNameWord(Token t) {
    if (t.shape() != Token.Shape.CAPITALISED || t.text().length() < 2) {
      return false;
    }
    String n = t.norm();
    return !NOT_NAMES.contains(n) && !knownWords.contains(n) && !TITLE_HEADS.contains(n);
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
      if (TITLE_HEADS.contains(tokens.get(k).norm())) {
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
      if (TITLE_HEADS.contains(t.norm())) {
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
