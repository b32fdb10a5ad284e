package org.newsbeam.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * Reads the number a sentence gives for an event's object. The number binds to the object, never to
 * whatever number is nearby:
 *
 * <ul>
 *   <li>a number directly before the object, with up to four modifiers between ("112 drones", "23
 *       Russian attack drones", "four S-300 missiles");
 *   <li>"N of M objects", "N out of M", "N of the objects", "N of Russia's drones": N, the part
 *       the act applies to ("shot down 40 of 58 drones" gives 40);
 *   <li>when the object is elided, the bare subject of a passive trigger ("70 were downed", "40 of
 *       them were shot down") or a bare number right after an active trigger ("said it shot down
 *       70 over Kyiv");
 * </ul>
 *
 * Numbers may be digits with separators ("1,200"), number words ("twenty-five", "two hundred and
 * fifty", "a dozen" = 12, "two dozen" = 24), and digits with a scale word ("1.5 million"). Vague
 * amounts ("dozens", "hundreds of", "tens of thousands") give no number. A number is not a count
 * when it is money ("$40 million"), a percentage, a measure ("20 kilometres", "500 square
 * kilometres": distances and areas are no counts), a time ("03:00", "3 am"), or a year after a
 * preposition or month ("in 2023"); ordinals ("1st", "first") are never read. Anything else between
 * the number and the object (a preposition, a comma, a verb) breaks the binding, so "in 3 regions",
 * "for 2 hours" and "aged 45" never become an object's quantity.
 */
public final class QuantityReader {
  private QuantityReader() {}

  /** No number given. */
  public static final long NONE = -1;

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
          Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  private static final Set<String> VAGUE =
      Set.of("dozens", "hundreds", "thousands", "millions", "tens", "scores", "billions");
  private static final Set<String> DETERMINERS =
      Set.of("the", "its", "their", "these", "those", "his", "her", "our");
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday");
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of(
          "in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid",
          "before", "after", "throughout", "through", "to", "and");
  /** Words that can never sit between a number and the object it counts. */
  private static final Set<String> NOT_MODIFIERS =
      Set.of(
          "the", "a", "an", "of", "in", "on", "at", "by", "with", "from", "to", "for", "into",
          "onto", "and", "or", "but", "nor", "its", "their", "his", "her", "our", "your", "my",
          "these", "those", "this", "that", "which", "who", "whom", "whose", "were", "was", "is",
          "are", "be", "been", "being", "had", "have", "has", "than", "over", "about", "as", "per",
          "percent", "cent", "no", "not", "all", "it", "they", "them", "he", "she", "we", "am",
          "pm", "a.m", "p.m", "hours", "hour", "minutes", "days", "day", "years", "year", "weeks",
          "week", "months", "month", "aged", "said", "says", "after", "before", "since", "during",
          "across", "near", "including", "among", "between", "against", "toward", "towards",
          "around", "through", "there", "here", "where", "when", "while", "if", "up", "down",
          "out", "off");
  private static final Set<String> ADVERBS =
      Set.of(
          "also", "all", "later", "then", "reportedly", "already", "successfully", "allegedly",
          "subsequently", "eventually", "each", "both", "not", "just", "only");
  private static final Set<String> AUXILIARIES =
      Set.of("were", "was", "are", "is", "been", "have", "has", "had", "being", "be", "got", "get");
  /** What is left of people, which no act counts. */
  private static final Set<String> REMAINS = Set.of("bodies", "remains", "corpses");

  /** Units that measure rather than count. */
  private static final Set<String> MEASURES =
      Set.of(
          "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
          "meters", "metre", "meter", "square", "sq", "hectares", "hectare", "km2", "acres", "kg",
          "tonnes", "tons", "litres", "liters", "percent", "per");
  private static final Set<String> CURRENCY =
      Set.of("$", "€", "£", "¥", "₴", "₽", "us$", "usd", "eur", "gbp", "uah", "rub");

  /** A number phrase at tokens [start, end); value NONE when vague. */
  record NumberSpan(int start, int end, long value) {}

  /**
   * The count given for the object starting at token {@code objStart}, looking left no further than
   * token {@code from} (the clause start, or the trigger's end when the trigger comes first).
   */
  public static long forObject(List<Token> tokens, int objStart, int from) {
    return forObject(tokens, objStart, from, false);
  }

  /**
   * As {@link #forObject(List, int, int)}; with {@code wholeSet}, "N of M objects" gives M, for a
   * trigger that describes the whole set ("45 of the 62 drones launched by Russia": 62 launched).
   */
  public static long forObject(List<Token> tokens, int objStart, int from, boolean wholeSet) {
    if (MEASURES.contains(tokens.get(objStart).norm())) {
      return NONE; // "advanced 20 kilometres" measures, it does not count
    }
    int i = skipModifiers(tokens, objStart - 1, from);
    NumberSpan m = numberEndingAt(tokens, i, from);
    if (m != null && m.start() - 2 >= from && tokens.get(m.start() - 1).norm().equals("/")
        && tokens.get(m.start() - 2).text().matches(".*\\d.*")) {
      // a model name, not a count: "three Kh-59/69 cruise missiles" counts three
      i = skipModifiers(tokens, m.start() - 3, from);
      m = numberEndingAt(tokens, i, from);
    }
    if (m != null && m.start() - 2 >= from && tokens.get(m.start() - 1).norm().equals("of")
        && REMAINS.contains(tokens.get(m.start() - 2).norm())) {
      return NONE; // "the bodies of 12,000 soldiers": the dead are not the act's count
    }
    if (m != null) {
      if (m.value() == NONE || !isCount(tokens, m)) {
        return NONE;
      }
      if (wholeSet) {
        return m.value();
      }
      // "40 of 58 drones", "40 of the 58 drones", "40 out of 58 drones"
      long part = partBefore(tokens, m.start() - 1, from);
      return part != Long.MIN_VALUE ? part : m.value();
    }
    if (wholeSet) {
      return NONE;
    }
    // "40 of the drones", "40 of Russia's drones", "dozens of drones"
    long part = partBefore(tokens, i, from);
    return part != Long.MIN_VALUE ? part : NONE;
  }

  /**
   * First token of the object's phrase: its number with the words that qualify it ("more than",
   * "almost", "a total of"), or its leftmost modifier.
   */
  public static int phraseStart(List<Token> tokens, int objStart, int from) {
    int i = skipModifiers(tokens, objStart - 1, from);
    int start = i + 1;
    NumberSpan m = numberEndingAt(tokens, i, from);
    if (m != null) {
      start = qualifiedStart(tokens, m.start(), from);
    }
    return Math.max(from, start);
  }

  /**
   * Start of the count before the object, with the words that qualify it, or -1 when no number
   * stands before the object: "launched a total of more than 250 drones" gives the index of "a".
   */
  public static int countStart(List<Token> tokens, int objStart, int from) {
    int i = skipModifiers(tokens, objStart - 1, from);
    NumberSpan m = numberEndingAt(tokens, i, from);
    return m == null ? -1 : Math.max(from, qualifiedStart(tokens, m.start(), from));
  }

  /** One-word qualifiers of a number: "almost 250", "nearly 90", "some 40". */
  private static final Set<String> APPROXIMATE =
      Set.of("almost", "nearly", "about", "around", "approximately", "roughly", "some", "over",
          "only", "another", "further", "additional");
  /** Two-word qualifiers, as "first second": "more than 30", "at least 12", "up to 50". */
  private static final Set<String> APPROXIMATE_PAIRS =
      Set.of("more than", "fewer than", "less than", "at least", "at most", "up to", "as many", "just over",
          "well over", "just under", "a further", "an additional");

  /**
   * The start of a number's phrase with the words before it that qualify the count but do not
   * change what is counted: "more than 20", "almost 250", "a total of 58", "a total of more than 250".
   * Approximations keep their number (see the class comment); these words only widen the phrase.
   */
  static int qualifiedStart(List<Token> tokens, int numStart, int from) {
    int s = numStart;
    for (int round = 0; round < 2; round++) {
      if (s - 2 >= from && APPROXIMATE_PAIRS.contains(tokens.get(s - 2).norm() + " " + tokens.get(s - 1).norm())) {
        s -= 2;
      } else if (s - 1 >= from && APPROXIMATE.contains(tokens.get(s - 1).norm())) {
        s -= 1;
      }
      // "a total of", "the total of": the whole count named as such
      if (s - 3 >= from && tokens.get(s - 1).norm().equals("of") && tokens.get(s - 2).norm().equals("total")
          && (tokens.get(s - 3).norm().equals("a") || tokens.get(s - 3).norm().equals("the"))) {
        s -= 3;
      }
    }
    return s;
  }

  /**
   * The bare subject number of a passive trigger: "70 were downed", "40 of them were shot down",
   * "30 of which were intercepted", "all 40 have been intercepted". NONE when the trigger has no such subject.
   */
  public static long elidedSubject(List<Token> tokens, int from, int triggerStart) {
    int i = triggerStart - 1;
    int adverbs = 0;
    while (i >= from && adverbs < 3 && isAdverb(tokens.get(i).norm())) {
      i--;
      adverbs++;
    }
    int aux = 0;
    while (i >= from && AUXILIARIES.contains(tokens.get(i).norm())) {
      i--;
      aux++;
      while (i >= from && adverbs < 3 && isAdverb(tokens.get(i).norm())) {
        i--;
        adverbs++;
      }
    }
    if (aux == 0 || i < from) {
      return NONE;
    }
    String w = tokens.get(i).norm();
    if ((w.equals("them") || w.equals("these") || w.equals("those") || w.equals("which"))
        && i - 1 >= from
        && tokens.get(i - 1).norm().equals("of")) {
      i -= 2;
    }
    NumberSpan n = numberEndingAt(tokens, i, from);
    if (n == null || n.value() == NONE || !isCount(tokens, n)) {
      return NONE;
    }
    return n.value();
  }

  /**
   * A bare number right after an active trigger with no noun after it: "shot down 70 over Kyiv",
   * "downed 40." NONE otherwise.
   */
  public static long elidedObject(List<Token> tokens, int triggerEnd, int to) {
    int i = triggerEnd;
    if (i < to && (tokens.get(i).norm().equals("all") || tokens.get(i).norm().equals("about"))) {
      i++;
    } else if (i + 1 < to
        && tokens.get(i).norm().equals("at")
        && (tokens.get(i + 1).norm().equals("least") || tokens.get(i + 1).norm().equals("most"))) {
      i += 2;
    }
    NumberSpan n = numberStartingAt(tokens, i, to);
    if (n == null || n.value() == NONE || !isCount(tokens, n)) {
      return NONE;
    }
    if (n.end() < to) {
      Token next = tokens.get(n.end());
      boolean bare =
          next.isPunct() || NOT_MODIFIERS.contains(next.norm()) || next.norm().equals("overnight");
      if (!bare) {
        return NONE;
      }
    }
    return n.value();
  }

  private static boolean isAdverb(String w) {
    return ADVERBS.contains(w) || (w.length() > 4 && w.endsWith("ly"));
  }

  private static int skipModifiers(List<Token> tokens, int i, int from) {
    int mods = 0;
    while (i >= from && mods < 4 && isModifier(tokens.get(i))) {
      i--;
      mods++;
    }
    return i;
  }

  private static boolean isModifier(Token t) {
    if (t.shape() == Token.Shape.PUNCT || t.shape() == Token.Shape.NUMBER) {
      return false;
    }
    String w = t.norm();
    return !NOT_MODIFIERS.contains(w)
        && !MONTHS.contains(w)
        && !isNumberWord(w)
        && !VAGUE.contains(w)
        && !w.equals("dozen");
  }

  /** "N of [the|its] ..." with "of" at token i or after a determiner at i: N, else MIN_VALUE. */
  private static long partBefore(List<Token> tokens, int i, int from) {
    if (i >= from && DETERMINERS.contains(tokens.get(i).norm())) {
      i--;
    }
    if (i < from || !tokens.get(i).norm().equals("of")) {
      return Long.MIN_VALUE;
    }
    int k = i - 1;
    if (k >= from && tokens.get(k).norm().equals("out")) {
      k--;
    }
    NumberSpan n = numberEndingAt(tokens, k, from);
    if (n == null) {
      return Long.MIN_VALUE;
    }
    if (n.value() == NONE || !isCount(tokens, n)) {
      return NONE;
    }
    return n.value();
  }

  static boolean isNumberWord(String w) {
    if (UNITS.containsKey(w) || SCALES.containsKey(w) || w.equals("dozen")) {
      return true;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      String a = w.substring(0, dash);
      String b = w.substring(dash + 1);
      return UNITS.containsKey(a) && UNITS.get(a) >= 20 && UNITS.containsKey(b) && UNITS.get(b) < 10;
    }
    return false;
  }

  private static boolean numberish(Token t) {
    return t.shape() == Token.Shape.NUMBER || isNumberWord(t.norm()) || VAGUE.contains(t.norm());
  }

  /** The number phrase ending at token i (inclusive), or null when token i ends none. */
  static NumberSpan numberEndingAt(List<Token> tokens, int i, int from) {
    if (i < from || i >= tokens.size() || !numberish(tokens.get(i))) {
      return null;
    }
    int s = i;
    while (s - 1 >= from) {
      Token p = tokens.get(s - 1);
      if (numberish(p) && !(p.shape() == Token.Shape.NUMBER && tokens.get(s).shape() == Token.Shape.NUMBER)) {
        s--;
      } else if (p.norm().equals("and")
          && s - 2 >= from
          && SCALES.containsKey(tokens.get(s - 2).norm())) {
        s -= 2; // "two hundred and fifty"
      } else if ((p.norm().equals("a") || p.norm().equals("an"))
          && (SCALES.containsKey(tokens.get(s).norm()) || tokens.get(s).norm().equals("dozen"))) {
        s--;
        break;
      } else {
        break;
      }
    }
    return new NumberSpan(s, i + 1, parse(tokens, s, i + 1));
  }

  /** The number phrase starting at token i, or null. */
  static NumberSpan numberStartingAt(List<Token> tokens, int i, int to) {
    if (i >= to) {
      return null;
    }
    int e = i;
    if ((tokens.get(e).norm().equals("a") || tokens.get(e).norm().equals("an"))
        && e + 1 < to
        && (SCALES.containsKey(tokens.get(e + 1).norm()) || tokens.get(e + 1).norm().equals("dozen"))) {
      e++;
    }
    if (!numberish(tokens.get(e))) {
      return null;
    }
    e++;
    while (e < to) {
      Token t = tokens.get(e);
      if (numberish(t) && t.shape() != Token.Shape.NUMBER) {
        e++;
      } else if (t.norm().equals("and")
          && e + 1 < to
          && SCALES.containsKey(tokens.get(e - 1).norm())
          && numberish(tokens.get(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    return new NumberSpan(i, e, parse(tokens, i, e));
  }

  /** Value of the number phrase at tokens [s, e), NONE when vague or not a whole count. */
  static long parse(List<Token> tokens, int s, int e) {
    double total = 0;
    double current = 0;
    boolean any = false;
    for (int k = s; k < e; k++) {
      Token t = tokens.get(k);
      String w = t.norm();
      if (VAGUE.contains(w)) {
        return NONE;
      }
      if (w.equals("a") || w.equals("an") || w.equals("and")) {
        continue;
      }
      if (t.shape() == Token.Shape.NUMBER) {
        Double v = digits(t.text());
        if (v == null) {
          return NONE;
        }
        current += v;
        any = true;
      } else if (UNITS.containsKey(w)) {
        current += UNITS.get(w);
        any = true;
      } else if (w.indexOf('-') > 0 && isNumberWord(w)) {
        int dash = w.indexOf('-');
        current += UNITS.get(w.substring(0, dash)) + UNITS.get(w.substring(dash + 1));
        any = true;
      } else if (w.equals("dozen")) {
        current = (current == 0 ? 1 : current) * 12;
        any = true;
      } else if (w.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
        any = true;
      } else if (SCALES.containsKey(w)) {
        total += (current == 0 ? 1 : current) * SCALES.get(w);
        current = 0;
        any = true;
      } else {
        return NONE;
      }
    }
    double v = total + current;
    if (!any || v != Math.rint(v) || v < 0 || v > 1e15) {
      return NONE;
    }
    return (long) v;
  }

  /** "1,200" → 1200, "3.5" → 3.5; null for malformed groupings such as "1,20". */
  private static Double digits(String text) {
    String s = text;
    if (s.indexOf(',') >= 0) {
      String[] groups = s.split(",", -1);
      for (int g = 1; g < groups.length; g++) {
        String grp = g == groups.length - 1 ? groups[g].split("\\.", -1)[0] : groups[g];
        if (grp.length() != 3) {
          return null;
        }
      }
      s = s.replace(",", "");
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  /** Whether the number phrase counts things rather than naming money, a time, a year or a share. */
  private static boolean isCount(List<Token> tokens, NumberSpan n) {
    Token before = n.start() > 0 ? tokens.get(n.start() - 1) : null;
    Token after = n.end() < tokens.size() ? tokens.get(n.end()) : null;
    Token first = tokens.get(n.start());
    if (before != null && CURRENCY.contains(before.norm())) {
      return false;
    }
    if (after != null) {
      String a = after.norm();
      if (a.equals("%") || a.equals("percent") || a.equals("per") || a.equals("am") || a.equals("pm")
          || a.equals("a.m") || a.equals("p.m") || CURRENCY.contains(a)) {
        return false;
      }
      if (a.equals(":") && after.start() == tokens.get(n.end() - 1).end()) {
        return false; // "03:00"
      }
    }
    if (before != null && before.norm().equals(":") && before.end() == first.start()) {
      return false;
    }
    if (n.end() - n.start() == 1 && first.shape() == Token.Shape.NUMBER) {
      String txt = first.text();
      if (txt.length() == 4 && txt.chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(txt);
        if (year >= 1900 && year <= 2100 && before != null
            && (YEAR_PREPOSITIONS.contains(before.norm()) || MONTHS.contains(before.norm()))) {
          return false;
        }
      }
      if (before != null && MONTHS.contains(before.norm()) && before.shape() != Token.Shape.LOWER) {
        return false; // "February 24"
      }
      if (after != null && MONTHS.contains(after.norm()) && after.shape() != Token.Shape.LOWER) {
        return false; // "24 February"
      }
    }
    return true;
  }
}
