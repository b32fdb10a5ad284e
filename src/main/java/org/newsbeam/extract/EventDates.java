package org.newsbeam.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbeam.text.Token;

/**
 * The day an act happened as the sentence tells it, resolved against the article's publication
 * day:
 *
 * <ul>
 *   <li>day: "yesterday", "today", "this morning", "overnight", "last night", "after midnight"
 *       and "before dawn" (the night that ended on the publication morning: the publication day), "on Saturday" and "Saturday's"
 *       (the last Saturday on or before publication; "on Saturday night" is Saturday), "last
 *       Saturday", "on 1 June", "June 1", "1 June 2025", "three days ago";
 *   <li>week (the Monday of that week): "last week", "this week", "earlier this week", "two weeks
 *       ago";
 *   <li>month (the first of that month): "last month", "earlier this month", "in June", "in early
 *       June", "in June 2025";
 *   <li>published: the text gives nothing; the publication day is used.
 * </ul>
 *
 * A time that dates the speaking rather than the act ("the air force said on Tuesday", "told
 * reporters on Monday") is skipped. Of several, the one nearest the act's trigger wins. An act
 * that has not happened yet (hypothetical) takes the next such day: "will meet on Friday" is the
 * Friday after publication. A day and month without a year take the publication year, or the year
 * before when that would put a past act more than a week after publication ("on 28 December" in a
 * January article). Plain Java, no runner.
 */
public final class EventDates {
  private EventDates() {}

  public static final String DAY = "day";
  public static final String WEEK = "week";
  public static final String MONTH = "month";
  public static final String PUBLISHED = "published";

  /** When an act happened: a date ("" when neither text nor publication gives one) and how precise. */
  public record EventDate(String date, String precision) implements java.io.Serializable {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
          Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
          Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
          Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
          Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> SMALL_NUMBERS =
      Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
          "nine", 9);
  /** Verbs of speaking: a time right after one dates the speaking, not the act. */
  private static final Set<String> SPEECH =
      Set.of("said", "says", "say", "told", "tells", "announced", "announces", "stated", "wrote", "writes",
          "added", "adds", "reported", "reports", "confirmed", "posted", "claimed", "warned", "explained",
          "noted", "according", "statement", "briefing", "address");
  /** Words that may stand between a speech verb and its time: "said late on Tuesday". */
  private static final Set<String> TIME_LEAD = Set.of("on", "late", "early", "earlier", "later", "in", "reporters", "journalists");
  private static final Set<String> NIGHT_WORDS = Set.of("night", "evening", "morning", "afternoon");

  /** A time phrase at tokens [start, end) with what it resolves to. */
  private record Found(int start, int end, EventDate date) {}

  /**
   * @param tokens the sentence
   * @param anchor the act's trigger token (times nearer it win)
   * @param published the publication day, "YYYY-MM-DD" or ""
   * @param future whether the act has not happened yet (a hypothetical report)
   */
  public static EventDate resolve(List<Token> tokens, int anchor, String published, boolean future) {
    LocalDate pub = parse(published);
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Found f : find(tokens, pub, future)) {
      if (f.date() == null || spokenTime(tokens, f.start()) || otherClause(tokens, anchor, f)) {
        continue;
      }
      int d = anchor < f.start() ? f.start() - anchor : anchor >= f.end() ? anchor - f.end() + 1 : 0;
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    if (best != null) {
      return best.date();
    }
    return new EventDate(pub == null ? "" : pub.toString(), PUBLISHED);
  }

  /** Words that open a time clause of another act: "since the invasion in February 2022". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("since", "after", "before", "until", "ahead");

  /**
   * Whether a time clause of another act opens between the act's trigger and the time ("the
   * deadliest attack since Russia launched its invasion in February 2022"); a time that the opener
   * itself introduces ("after midnight", "before dawn") is the act's.
   */
  static boolean otherClause(List<Token> tokens, int anchor, Found f) {
    int from = anchor < f.start() ? anchor + 1 : f.end();
    int to = anchor < f.start() ? f.start() : anchor;
    for (int k = from; k < to; k++) {
      if (CLAUSE_OPENERS.contains(tokens.get(k).norm()) && !(k == f.start() - 1 && anchor < f.start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the time at {@code start} follows a verb of speaking: "said on Tuesday". */
  static boolean spokenTime(List<Token> tokens, int start) {
    for (int i = start - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
      String w = tokens.get(i).norm();
      if (SPEECH.contains(w)) {
        return true;
      }
      if (!TIME_LEAD.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static List<Found> find(List<Token> tokens, LocalDate pub, boolean future) {
    List<Found> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i).norm();
      String next = i + 1 < n ? tokens.get(i + 1).norm() : "";
      String prev = i > 0 ? tokens.get(i - 1).norm() : "";
      // explicit dates first: "1 June", "June 1", with an optional year
      Found explicit = explicitDate(tokens, i, pub, future);
      if (explicit != null) {
        out.add(explicit);
        i = explicit.end() - 1;
        continue;
      }
      if (WEEKDAYS.containsKey(w)) {
        DayOfWeek dow = WEEKDAYS.get(w);
        int start = prev.equals("last") || prev.equals("next") || prev.equals("this") ? i - 1 : i;
        int end = NIGHT_WORDS.contains(next) ? i + 2 : i + 1;
        if (pub == null) {
          out.add(new Found(start, end, null));
        } else {
          LocalDate d;
          if (prev.equals("last")) {
            d = pub.with(TemporalAdjusters.previous(dow));
          } else if (prev.equals("next") || future) {
            d = prev.equals("next") ? pub.with(TemporalAdjusters.next(dow)) : pub.with(TemporalAdjusters.nextOrSame(dow));
          } else {
            d = pub.with(TemporalAdjusters.previousOrSame(dow));
          }
          out.add(new Found(start, end, new EventDate(d.toString(), DAY)));
        }
        i = end - 1;
        continue;
      }
      if (pub == null) {
        continue;
      }
      switch (w) {
        case "yesterday" -> out.add(new Found(i, i + 1, day(pub.minusDays(1))));
        case "today", "tonight" -> out.add(new Found(i, i + 1, day(pub)));
        case "tomorrow" -> out.add(new Found(i, i + 1, day(pub.plusDays(1))));
        case "overnight", "midnight", "dawn", "daybreak" -> out.add(new Found(i, i + 1, day(pub)));
        case "this", "last", "next", "earlier" -> {
          int k = w.equals("earlier") && next.equals("this") ? i + 2 : i + 1;
          String unit = k < n ? tokens.get(k).norm() : "";
          String rel = w.equals("earlier") ? "this" : w;
          if (NIGHT_WORDS.contains(unit) && !rel.equals("next")) {
            // "last night", "this morning": the night that ended on the publication morning
            out.add(new Found(i, k + 1, day(pub)));
            i = k;
          } else if (unit.equals("week") || unit.equals("weekend")) {
            int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            out.add(new Found(i, k + 1, week(pub.plusWeeks(shift))));
            i = k;
          } else if (unit.equals("month")) {
            int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            out.add(new Found(i, k + 1, month(pub.plusMonths(shift))));
            i = k;
          }
        }
        case "ago" -> {
          // "three days ago", "two weeks ago", "a month ago"
          if (i >= 2) {
            String unit = tokens.get(i - 1).norm();
            Integer count = count(tokens.get(i - 2));
            if (count != null) {
              if (unit.equals("day") || unit.equals("days")) {
                out.add(new Found(i - 2, i + 1, day(pub.minusDays(count))));
              } else if (unit.equals("week") || unit.equals("weeks")) {
                out.add(new Found(i - 2, i + 1, week(pub.minusWeeks(count))));
              } else if (unit.equals("month") || unit.equals("months")) {
                out.add(new Found(i - 2, i + 1, month(pub.minusMonths(count))));
              }
            }
          }
        }
        default -> {
          // "in June", "in early June", "during March 2025"
          if (MONTHS.containsKey(w) && !w.equals("may") && monthLead(tokens, i)) {
            int end = i + 1;
            Integer year = end < n ? year(tokens.get(end)) : null;
            if (year != null) {
              end++;
            }
            LocalDate first = LocalDate.of(year != null ? year : pub.getYear(), MONTHS.get(w), 1);
            if (year == null) {
              first = inYear(first, pub, future, true);
            }
            out.add(new Found(i, end, month(first)));
            i = end - 1;
          }
        }
      }
    }
    return out;
  }

  /** "in", "during", "early", "late" or "mid" right before a month name ("in early June"). */
  private static boolean monthLead(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String w = tokens.get(i - 1).norm();
    return Set.of("in", "during", "early", "late", "mid").contains(w);
  }

  /** "1 June", "1st June", "June 1", "June 1st", each with an optional year. */
  private static Found explicitDate(List<Token> tokens, int i, LocalDate pub, boolean future) {
    int n = tokens.size();
    Integer dayNo = dayNumber(tokens.get(i));
    if (dayNo != null && i + 1 < n) {
      int k = i + 1;
      if (tokens.get(k).norm().equals("of") && k + 1 < n) {
        k++;
      }
      Integer m = MONTHS.get(tokens.get(k).norm());
      if (m != null && tokens.get(k).shape() == Token.Shape.CAPITALISED) {
        return dated(tokens, i, k + 1, dayNo, m, pub, future);
      }
    }
    Integer m = MONTHS.get(withoutFinalDot(tokens.get(i).norm()));
    if (m != null && tokens.get(i).shape() == Token.Shape.CAPITALISED && i + 1 < n) {
      int k = tokens.get(i + 1).norm().equals(".") ? i + 2 : i + 1; // "Dec. 26"
      Integer d = k < n ? dayNumber(tokens.get(k)) : null;
      if (d != null) {
        return dated(tokens, i, k + 1, d, m, pub, future);
      }
    }
    return null;
  }

  private static Found dated(List<Token> tokens, int start, int end, int dayNo, int month, LocalDate pub, boolean future) {
    int k = end;
    if (k < tokens.size() && tokens.get(k).norm().equals(",")) {
      k++;
    }
    Integer year = k < tokens.size() ? year(tokens.get(k)) : null;
    if (year != null) {
      end = k + 1;
    }
    int y = year != null ? year : pub != null ? pub.getYear() : -1;
    if (y < 0) {
      return new Found(start, end, null);
    }
    LocalDate d;
    try {
      d = LocalDate.of(y, month, dayNo);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (year == null) {
      d = inYear(d, pub, future, false);
    }
    return new Found(start, end, day(d));
  }

  /** A date without a year: the publication year, or the one before (after) for a past (future) act. */
  private static LocalDate inYear(LocalDate d, LocalDate pub, boolean future, boolean wholeMonth) {
    if (future) {
      LocalDate last = wholeMonth ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
      return last.isBefore(pub.minusDays(7)) ? d.plusYears(1) : d;
    }
    return d.isAfter(pub.plusDays(7)) ? d.minusYears(1) : d;
  }

  // The checks below are by hand, not String.matches or replaceAll: those compile a pattern on
  // every call, and they run on every token of every sentence with an event (a tenth of the
  // CPU of the step that reads event records, in a profile of 2 December).

  /** "5", "05", "5th", "21st": a day of the month, else null. */
  static Integer dayNumber(Token t) {
    String s = t.norm();
    if (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.isEmpty() || s.length() > 2 || !asciiDigits(s)) {
      return null;
    }
    int v = Integer.parseInt(s);
    return v >= 1 && v <= 31 ? v : null;
  }

  /** A year of the 20th or 21st century written out ("1998", "2024"), else null. */
  static Integer year(Token t) {
    String s = t.norm();
    if (s.length() != 4 || !(s.startsWith("19") || s.startsWith("20")) || !asciiDigits(s)) {
      return null;
    }
    return Integer.parseInt(s);
  }

  private static Integer count(Token t) {
    String s = t.norm();
    if (!s.isEmpty() && s.length() <= 3 && asciiDigits(s)) {
      return Integer.parseInt(s);
    }
    return SMALL_NUMBERS.get(s);
  }

  /** Whether every char is 0-9 (what {@code \\d} means in a Java pattern without flags). */
  private static boolean asciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** "Dec." to "Dec": one final dot dropped. */
  static String withoutFinalDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static EventDate day(LocalDate d) {
    return new EventDate(d.toString(), DAY);
  }

  private static EventDate week(LocalDate d) {
    return new EventDate(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), WEEK);
  }

  private static EventDate month(LocalDate d) {
    return new EventDate(d.withDayOfMonth(1).toString(), MONTH);
  }

  private static LocalDate parse(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
