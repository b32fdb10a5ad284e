package org.newsbeam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one paragraph into sentences. A sentence ends at ".", "!" or "?" (with any closing
 * quotes or brackets after it) followed by a space and a capital letter, digit or opening quote,
 * except where the dot ends an abbreviation ("Mr", "Dr.", "Gen."), an initial ("J. D. Vance"), or
 * an acronym written with dots ("U.S.", "U.N."). Quotations stay whole: no split inside balanced
 * double quotes, so a quoted statement is one sentence with the words that attribute it.
 *
 * <p>Input is one paragraph already cleaned by {@link TextNormalizer#cleanParagraph}: paragraph
 * boundaries are sentence boundaries by construction.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Abbreviations after which a dot does not end a sentence (lower case, without the dot). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm",
          "brig", "cpl", "pvt", "gov", "sen", "rep", "pres", "st", "mt", "jr", "sr", "rev", "hon",
          "amb", "no", "nos", "vs", "etc", "approx", "est", "inc", "ltd", "co", "corp", "dept",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "e.g", "i.e", "a.m", "p.m", "fig", "vol", "ed", "op", "cf", "al");

  /** Abbreviations that still end a sentence when followed by what looks like a new sentence. */
  private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("etc", "inc", "ltd", "co", "corp");

  /** Words that, capitalised after "U.S." or "a.m.", usually open a new sentence. */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of("The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "A", "This", "That",
          "There", "His", "Her", "Their", "Its", "Our", "Earlier", "Later", "Meanwhile", "However");

  public static List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    int n = paragraph.length();
    boolean trackQuotes = countQuotes(paragraph) % 2 == 0;
    boolean inQuote = false;
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c == '"' && trackQuotes) {
        inQuote = !inQuote;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      // swallow runs like "?!" or "..."
      int end = i + 1;
      while (end < n && (paragraph.charAt(end) == '.' || paragraph.charAt(end) == '!' || paragraph.charAt(end) == '?')) {
        end++;
      }
      boolean closesQuote = false;
      while (end < n && isCloser(paragraph.charAt(end))) {
        if (paragraph.charAt(end) == '"') {
          if (!trackQuotes || !inQuote) {
            break;
          }
          closesQuote = true;
        }
        end++;
      }
      if (inQuote && !closesQuote) {
        i = end - 1;
        continue;
      }
      if (end >= n) {
        break;
      }
      if (paragraph.charAt(end) != ' ' || end + 1 >= n) {
        i = end - 1;
        continue;
      }
      char next = paragraph.charAt(end + 1);
      boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '(' || next == '\'';
      if (closesQuote) {
        // "... we will win," he said. -> a quote closing with a comma never reaches here; a quote
        // closing with a full stop ends the sentence only if a new sentence follows
        if (!opens) {
          i = end - 1;
          continue;
        }
        inQuote = false;
      } else if (!opens || (c == '.' && isAbbreviation(paragraph, i, end + 1))) {
        i = end - 1;
        continue;
      }
      String s = paragraph.substring(start, end).trim();
      if (!s.isEmpty()) {
        out.add(s);
      }
      start = end + 1;
      i = end;
    }
    String rest = paragraph.substring(Math.min(start, n)).trim();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  private static int countQuotes(String s) {
    int q = 0;
    // indexOf is the JVM's vectorised search, much quicker than a char loop over the paragraph
    for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
      q++;
    }
    return q;
  }

  /** Whether the dot at {@code dot} ends an abbreviation rather than the sentence. */
  private static boolean isAbbreviation(String p, int dot, int nextWordStart) {
    int w = dot;
    while (w > 0 && !Character.isWhitespace(p.charAt(w - 1)) && p.charAt(w - 1) != '(' && p.charAt(w - 1) != '"') {
      w--;
    }
    String word = p.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String nextWord = nextWord(p, nextWordStart);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "J. Smith"
    }
    if (word.indexOf('.') > 0) {
      // "U.S.", "a.m.": dotted acronym; ends the sentence only before a typical opener
      return !SENTENCE_OPENERS.contains(nextWord);
    }
    if (ABBREVIATIONS.contains(lower)) {
      return !(SENTENCE_FINAL_ABBREVIATIONS.contains(lower) && SENTENCE_OPENERS.contains(nextWord));
    }
    return false;
  }

  private static String nextWord(String p, int from) {
    int e = from;
    while (e < p.length() && Character.isLetter(p.charAt(e))) {
      e++;
    }
    return p.substring(from, e);
  }
}
