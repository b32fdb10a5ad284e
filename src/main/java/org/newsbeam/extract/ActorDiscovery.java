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

import static org.newsbeam.extract.NameWords.*;

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
  /** Capitalised words of listed places, roles and non-person actors: never part of a new name. */
  private final Set<String> knownWords = new HashSet<>();
  /** Listed people: name, lower-cased first word, lower-cased surname. */
  private final List<String[]> listedPeople = new ArrayList<>();
  /**
   * The listed people by their surname's first letter, in the order of {@link #listedPeople}: a
   * close spelling of a surname starts with the same letter, so only these need comparing.
   */
  private final Map<Integer, List<String[]>> peopleBySurnameInitial = new HashMap<>();
  /**
   * Every word that is never part of a new name, in one set: words of the name vocabulary ({@link
   * NameWords}) and the study's {@link #knownWords}.
   */
  private final Set<String> neverNameWords = new HashSet<>();

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
      peopleBySurnameInitial.computeIfAbsent(initial(p[2]), k -> new ArrayList<>()).add(p);
    }
    for (Set<String> words : List.of(NOT_NAMES, knownWords, TITLE_HEADS, ORG_WORDS, HONORIFICS, BYLINE_WORDS)) {
      neverNameWords.addAll(words);
    }
  }

  /** The first letter of a word, or -1 for an empty one. */
  private static int initial(String word) {
    return word.isEmpty() ? -1 : word.charAt(0);
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
    for (String[] p : peopleBySurnameInitial.getOrDefault(initial(last), List.of())) {
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
    return !neverNameWords.contains(n) && !misspeltTitle(n) && !compoundAdjective(n);
  }

  /** Second parts of a compound adjective before a noun: "French-made", "Iranian-designed", "Kremlin-backed". */
  static final Set<String> ADJECTIVE_PARTS =
      Set.of("made", "built", "backed", "supplied", "designed", "funded", "led", "owned", "based", "produced",
          "manufactured", "run", "controlled", "occupied", "held", "supported", "friendly", "speaking", "born",
          "style", "era", "class", "type", "launched", "donated");

  /** "French-made", "Kremlin-backed", "Soviet-era": a compound adjective, never part of a name. */
  static boolean compoundAdjective(String norm) {
    int hyphen = norm.lastIndexOf('-');
    return hyphen > 0 && ADJECTIVE_PARTS.contains(norm.substring(hyphen + 1));
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
