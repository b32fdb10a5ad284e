package org.newsbeam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The writer's box that templates print under (or beside) the article: the writer's name on a
 * line of its own, a role line ("Contributing Writer"), and a short bio that opens with the name
 * ("Jane Roe is a reporter who covers ..."). Told from the article by the page's own declared
 * author (meta name=author, JSON-LD author), never by guessing at names: a story's paragraph that
 * opens with someone else's name stays.
 */
final class AuthorCard {
  private AuthorCard() {}

  static final int NONE = 0;
  static final int NAME = 1;
  static final int ROLE = 2;
  static final int BIO = 3;

  /** A bio is a paragraph, not an essay. */
  private static final int BIO_MAX_WORDS = 120;

  /** A role line under the name: "Senior Editor, Travel". */
  private static final int ROLE_MAX_WORDS = 6;

  /** What a bio says right after the name. */
  private static final Set<String> BIO_VERBS =
      Set.of("is", "was", "has", "writes", "covers", "joined", "started", "founded", "co-founded",
          "holds", "serves", "lives", "leads", "reports", "began", "brings", "specializes",
          "specialises", "worked", "works", "teaches", "edits", "hosts");

  /**
   * The usable names among declared authors: the name before any bracket or comma ("Jane Roe
   * (Gazette)"), of two to four words, each starting with a capital. A one-word name ("Staff",
   * "Lauren") could open any sentence.
   */
  static List<String> names(List<String> declared) {
    List<String> out = new ArrayList<>(2);
    for (String d : declared) {
      if (d == null) {
        continue;
      }
      String n = d;
      int cut = indexOfAny(n, "(,|<");
      if (cut >= 0) {
        n = n.substring(0, cut);
      }
      n = TextNormalizer.cleanParagraph(n).trim();
      String[] w = n.split(" ");
      if (w.length < 2 || w.length > 4 || n.length() > 40) {
        continue;
      }
      boolean capitals = true;
      for (String x : w) {
        capitals &= !x.isEmpty() && Character.isUpperCase(x.charAt(0));
      }
      if (capitals && !out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Which part of the writer's box a body line is: {@link #NAME} (the name alone), {@link #ROLE}
   * (a short line without a sentence's end right after the name line), {@link #BIO} (a paragraph
   * that opens with the name and a verb of a bio, or the name and a bracket) or {@link #NONE}.
   */
  static int part(String text, int words, List<String> writers, boolean afterNameLine) {
    for (String n : writers) {
      if (text.equalsIgnoreCase(n)) {
        return NAME;
      }
      if (words <= BIO_MAX_WORDS && text.length() > n.length() + 1 && text.startsWith(n)) {
        String rest = text.substring(n.length());
        if (rest.startsWith(" (")) {
          return BIO;
        }
        if (rest.charAt(0) == ' ') {
          int end = rest.indexOf(' ', 1);
          String verb = (end < 0 ? rest.substring(1) : rest.substring(1, end)).toLowerCase(Locale.ROOT);
          if (BIO_VERBS.contains(verb)) {
            return BIO;
          }
        }
      }
    }
    if (afterNameLine && words <= ROLE_MAX_WORDS && !BlockRules.endsSentence(text)) {
      return ROLE;
    }
    return NONE;
  }

  /** How a bio's next paragraph goes on about the same person. */
  private static final String[] PRONOUN_OPENINGS = {"He ", "She ", "They ", "He's ", "She's ", "They're "};

  /**
   * Whether a paragraph right after a bio goes on with it: it opens with the writer's first name
   * ("Jane holds a degree in ...") or a pronoun ("She also teaches ..."), and is no longer than a
   * bio.
   */
  static boolean continuesBio(String text, int words, List<String> writers) {
    if (words > BIO_MAX_WORDS) {
      return false;
    }
    for (String p : PRONOUN_OPENINGS) {
      if (text.startsWith(p)) {
        return true;
      }
    }
    for (String n : writers) {
      String first = n.substring(0, n.indexOf(' ') + 1); // with its space: "Jane "
      if (text.startsWith(first)) {
        return true;
      }
    }
    return false;
  }
}
