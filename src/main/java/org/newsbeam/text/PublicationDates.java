package org.newsbeam.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads publication days from the places publishers put them: machine dates in JSON-LD and meta
 * tags, dated URL paths, and "Published 12 March 2025" lines near the top of the article. The day
 * is taken as written; no zone conversion, because the publisher's own calendar day is what a
 * reader of the page sees.
 */
public final class PublicationDates {
  private PublicationDates() {}

  private static final int MIN_YEAR = 1980;
  private static final int MAX_YEAR = 2100;

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "jänner", "ene", "gen", "janv"},
      {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "févr", "fev", "fév"},
      {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "mär"},
      {"april", "apr", "avril", "abril", "aprile", "avr", "abr"},
      {"may", "mai", "mayo", "maggio", "maio", "mag"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "juil", "lug"},
      {"august", "aug", "août", "aout", "agosto", "ago"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "set"},
      {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "ott", "out"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez", "déc", "dic"}
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  /** Words that may stand between the parts of a written date: "12th of March", "12 de marzo". */
  private static boolean isFiller(String w) {
    return w.equals("of") || w.equals("de") || w.equals("del") || w.equals("st") || w.equals("nd")
        || w.equals("rd") || w.equals("th");
  }

  /**
   * The date a short date string names, or null. Accepts ISO dates and date-times (any zone),
   * RFC 1123, "12 March 2025", "March 12, 2025", "2025/03/12" and "20250312".
   */
  public static LocalDate parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty() || t.length() > 80) {
      return null;
    }
    LocalDate compact = compactIso(t);
    if (compact != null) {
      return compact;
    }
    return find(t, 0, t.length());
  }

  /** "20250312" or "20250312T101500Z" as a whole value. */
  private static LocalDate compactIso(String t) {
    if (t.length() < 8) {
      return null;
    }
    for (int i = 0; i < 8; i++) {
      if (!isDigit(t.charAt(i))) {
        return null;
      }
    }
    if (t.length() > 8 && (isDigit(t.charAt(8)) || t.charAt(8) != 'T')) {
      return null;
    }
    return date(num(t, 0, 4), num(t, 4, 6), num(t, 6, 8));
  }

  /** The first date written in s[from, to), or null. */
  static LocalDate find(String s, int from, int to) {
    int[] found = findAt(s, from, to);
    return found == null ? null : date(found[0], found[1], found[2]);
  }

  /**
   * Finds the first date in s[from, to); returns {year, month, day, start offset} or null. A
   * hand-written scanner rather than regexes: it runs over the top of every article.
   */
  static int[] findAt(String s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (isDigit(c) && (i == from || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        int[] r = numericOrDayFirst(s, i, to);
        if (r != null) {
          return r;
        }
        i = skipDigits(s, i, to);
      } else if (Character.isLetter(c) && (i == from || !Character.isLetter(s.charAt(i - 1)))) {
        int end = skipLetters(s, i, to);
        Integer month = MONTHS.get(s.substring(i, end).toLowerCase(Locale.ROOT));
        if (month != null) {
          int[] r = monthFirst(s, end, to, month);
          if (r != null) {
            return new int[] {r[0], r[1], r[2], i};
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return null;
  }

  /** "2025-03-12", "2025/03/12", "2025.03.12", or "12 March 2025" starting at digit i. */
  private static int[] numericOrDayFirst(String s, int i, int to) {
    int end = skipDigits(s, i, to);
    int len = end - i;
    if (len == 4 && end + 1 < to) {
      char sep = s.charAt(end);
      if (sep == '-' || sep == '/' || sep == '.') {
        int mEnd = skipDigits(s, end + 1, to);
        int mLen = mEnd - end - 1;
        if ((mLen == 1 || mLen == 2) && mEnd + 1 < to && s.charAt(mEnd) == sep) {
          int dEnd = skipDigits(s, mEnd + 1, to);
          int dLen = dEnd - mEnd - 1;
          if ((dLen == 1 || dLen == 2) && (dEnd == to || !isDigit(s.charAt(dEnd)))) {
            LocalDate d = date(num(s, i, end), num(s, end + 1, mEnd), num(s, mEnd + 1, dEnd));
            if (d != null) {
              return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth(), i};
            }
          }
        }
      }
      return null;
    }
    if (len == 1 || len == 2) {
      int day = num(s, i, end);
      int j = end;
      // "12th of March", "12. März", "12 de marzo"
      while (true) {
        j = skipSpacesAnd(s, j, to, ".,");
        if (j < to && Character.isLetter(s.charAt(j))) {
          int wEnd = skipLetters(s, j, to);
          String w = s.substring(j, wEnd).toLowerCase(Locale.ROOT);
          Integer month = MONTHS.get(w);
          if (month != null) {
            int k = skipSpacesAnd(s, wEnd, to, ".,");
            k = skipFillers(s, k, to);
            int yEnd = skipDigits(s, k, to);
            if (yEnd - k == 4 && (yEnd == to || !isDigit(s.charAt(yEnd)))) {
              LocalDate d = date(num(s, k, yEnd), month, day);
              if (d != null) {
                return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth(), i};
              }
            }
            return null;
          }
          if (isFiller(w) && wEnd - j <= 3) {
            j = wEnd;
            continue;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "March 12, 2025" / "Mar. 12th 2025" after a month name ending at i. */
  private static int[] monthFirst(String s, int i, int to, int month) {
    int j = skipSpacesAnd(s, i, to, ".");
    int dEnd = skipDigits(s, j, to);
    int dLen = dEnd - j;
    if (dLen == 1 || dLen == 2) {
      int day = num(s, j, dEnd);
      int k = dEnd;
      if (k + 1 < to && Character.isLetter(s.charAt(k))) {
        int wEnd = skipLetters(s, k, to);
        if (!isFiller(s.substring(k, wEnd).toLowerCase(Locale.ROOT))) {
          return null;
        }
        k = wEnd;
      }
      k = skipSpacesAnd(s, k, to, ",.");
      int yEnd = skipDigits(s, k, to);
      if (yEnd - k == 4 && (yEnd == to || !isDigit(s.charAt(yEnd)))) {
        LocalDate d = date(num(s, k, yEnd), month, day);
        return d == null ? null : new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
      }
    }
    return null;
  }

  private static int skipFillers(String s, int k, int to) {
    while (k < to && Character.isLetter(s.charAt(k))) {
      int wEnd = skipLetters(s, k, to);
      if (!isFiller(s.substring(k, wEnd).toLowerCase(Locale.ROOT))) {
        break;
      }
      k = skipSpacesAnd(s, wEnd, to, "");
    }
    return k;
  }

  /** The day named by a dated URL path: /2025/03/12/ or /2025-03-12-; null if none. */
  public static PublicationDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    int start = url.indexOf("://");
    start = start < 0 ? 0 : url.indexOf('/', start + 3);
    if (start < 0) {
      return null;
    }
    int end = url.length();
    int q = url.indexOf('?', start);
    if (q >= 0) {
      end = q;
    }
    for (int i = start; i + 8 <= end; i++) {
      char b = url.charAt(i);
      if (b != '/' && b != '-' && b != '_') {
        continue;
      }
      int y = i + 1;
      int yEnd = skipDigits(url, y, end);
      if (yEnd - y != 4 || yEnd >= end) {
        continue;
      }
      char sep = url.charAt(yEnd);
      if (sep != '/' && sep != '-') {
        continue;
      }
      int mEnd = skipDigits(url, yEnd + 1, end);
      int mLen = mEnd - yEnd - 1;
      if (mLen < 1 || mLen > 2 || mEnd >= end || url.charAt(mEnd) != sep) {
        continue;
      }
      int dEnd = skipDigits(url, mEnd + 1, end);
      int dLen = dEnd - mEnd - 1;
      if (dLen < 1 || dLen > 2) {
        continue;
      }
      if (dEnd < end && Character.isLetterOrDigit(url.charAt(dEnd))) {
        continue;
      }
      LocalDate d = date(num(url, y, yEnd), num(url, yEnd + 1, mEnd), num(url, mEnd + 1, dEnd));
      if (d != null) {
        return new PublicationDate(d, "url");
      }
    }
    return null;
  }

  private static final String[] CUES = {
    "published", "posted", "updated", "veröffentlicht", "aktualisiert", "publié", "mis à jour",
    "publicado", "actualizado", "pubblicato", "aggiornato", "opublikowano", "опубликовано",
    "опубліковано", "dated", "released"
  };

  /** How many leading blocks may hold a dateline. */
  private static final int TOP_BLOCKS = 6;

  /**
   * The moment a date-time with a zone stands for, as an ISO instant ("2025-03-19T12:00:00Z"), or
   * "" when the text gives no time or no zone (a local time cannot be ordered across sites).
   */
  public static String instant(String s) {
    if (s == null || s.length() < 16 || s.length() > 64) {
      return "";
    }
    String t = s.trim();
    // each parse is tried only when the text has its shape: a failed parse throws, and the
    // exception costs more than the rest of the date handling of a page
    if (mayBeIsoOffset(t)) {
      String fast = isoOffsetInstant(t);
      if (fast != null) {
        return fast;
      }
      try {
        return java.time.OffsetDateTime.parse(t).toInstant().toString();
      } catch (java.time.format.DateTimeParseException e) {
        // fall through
      }
    }
    if (mayBeRfc1123(t)) {
      try {
        return java.time.ZonedDateTime.parse(t, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
      } catch (java.time.format.DateTimeParseException e) {
        return "";
      }
    }
    return "";
  }

  /**
   * The common shape of a meta or JSON-LD date, "2025-03-12T10:15:30.250+02:00" (seconds and
   * fraction optional, "Z" for UTC), read by hand: {@code OffsetDateTime.parse} costs more than the
   * rest of a page's date handling. Null for anything else, which then takes the full parser; where
   * both read a text they give the same instant.
   */
  static String isoOffsetInstant(String t) {
    int n = t.length();
    if (n < 17 || !digits(t, 0, 4) || t.charAt(4) != '-' || !digits(t, 5, 7) || t.charAt(7) != '-'
        || !digits(t, 8, 10) || (t.charAt(10) | 0x20) != 't' || !digits(t, 11, 13) || t.charAt(13) != ':'
        || !digits(t, 14, 16)) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nanos = 0;
    if (i < n && t.charAt(i) == ':') {
      if (!digits(t, i + 1, i + 3)) {
        return null;
      }
      second = number(t, i + 1, i + 3);
      i += 3;
      if (i < n && t.charAt(i) == '.') {
        int from = ++i;
        while (i < n && i - from < 9 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
          i++;
        }
        if (i == from || i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
          return null;
        }
        nanos = number(t, from, i);
        for (int k = i - from; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    if (i >= n) {
      return null;
    }
    int offsetSeconds;
    char c = t.charAt(i);
    if ((c | 0x20) == 'z' && i + 1 == n) {
      offsetSeconds = 0;
    } else if ((c == '+' || c == '-') && i + 6 == n && digits(t, i + 1, i + 3) && t.charAt(i + 3) == ':' && digits(t, i + 4, i + 6)) {
      int hours = number(t, i + 1, i + 3);
      int minutes = number(t, i + 4, i + 6);
      if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
        return null;
      }
      offsetSeconds = (c == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    int month = number(t, 5, 7);
    int day = number(t, 8, 10);
    int hour = number(t, 11, 13);
    int minute = number(t, 14, 16);
    if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(number(t, 0, 4), month).lengthOfMonth()
        || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long epochDay = java.time.LocalDate.of(number(t, 0, 4), month, day).toEpochDay();
    long epochSecond = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return java.time.Instant.ofEpochSecond(epochSecond, nanos).toString();
  }

  private static boolean digits(String t, int from, int to) {
    if (to > t.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t.charAt(i) - '0');
    }
    return v;
  }

  /** "2025-03-12T10:15:30+02:00", "...Z": a time and an offset after the date. */
  static boolean mayBeIsoOffset(String t) {
    if (t.length() < 17 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) | 0x20) != 't') {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return (last | 0x20) == 'z' || t.indexOf('+', 11) > 0 || t.indexOf('-', 11) > 0;
  }

  /** "Wed, 12 Mar 2025 10:15:30 GMT" or "... +0200". */
  static boolean mayBeRfc1123(String t) {
    int n = t.length();
    if (n < 16) {
      return false;
    }
    if (t.endsWith("GMT")) {
      return true;
    }
    char sign = t.charAt(n - 5);
    if (sign != '+' && sign != '-') {
      return false;
    }
    for (int i = n - 4; i < n; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A date stated in the first few blocks of the body: a short date or byline line, a dateline
   * ("March 12, 2025 — ..."), or a "Published ..." phrase. Null if none.
   */
  public static PublicationDate fromText(List<String> paragraphs) {
    if (paragraphs == null) {
      return null;
    }
    int n = Math.min(TOP_BLOCKS, paragraphs.size());
    for (int p = 0; p < n; p++) {
      String s = paragraphs.get(p);
      if (s == null || s.isEmpty()) {
        continue;
      }
      int limit = Math.min(s.length(), 240);
      int[] f = findAt(s, 0, limit);
      if (f == null) {
        continue;
      }
      LocalDate d = date(f[0], f[1], f[2]);
      boolean shortLine = s.length() <= 120;
      boolean atStart = f[3] <= 3;
      if (d != null && (shortLine || atStart || cueBefore(s, f[3]) || datelinePlace(s, f[3]))) {
        return new PublicationDate(d, "text");
      }
    }
    return null;
  }

  /** A dateline: the place in capitals, a comma, then the date ("KYIV, 14 March 2025 —"). */
  static boolean datelinePlace(String s, int at) {
    if (at < 3 || at > 40) {
      return false;
    }
    String head = s.substring(0, at).trim();
    if (!head.endsWith(",")) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < head.length() - 1; i++) {
      char c = head.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != ',') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean cueBefore(String s, int at) {
    int from = Math.max(0, at - 40);
    String window = s.substring(from, at).toLowerCase(Locale.ROOT);
    for (String cue : CUES) {
      if (window.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most trustworthy date there is: the page's structured date, then the URL, then a dateline
   * in the text, then the date the scraper recorded, then the crawl date. A candidate more than two
   * days after the crawl date is a parsing accident and is passed over.
   */
  public static PublicationDate choose(
      PublicationDate structured,
      String url,
      List<String> paragraphs,
      String scraperDate,
      String crawlDate) {
    LocalDate crawl = parse(crawlDate);
    LocalDate latest = crawl == null ? null : crawl.plusDays(2);
    if (plausible(structured, latest)) {
      return structured;
    }
    PublicationDate fromUrl = fromUrl(url);
    if (plausible(fromUrl, latest)) {
      return fromUrl;
    }
    PublicationDate fromText = fromText(paragraphs);
    if (plausible(fromText, latest)) {
      return fromText;
    }
    LocalDate scraped = parse(scraperDate);
    if (scraped != null && (latest == null || !scraped.isAfter(latest))) {
      return new PublicationDate(scraped, "scraper");
    }
    return crawl == null ? null : new PublicationDate(crawl, "crawl");
  }

  private static boolean plausible(PublicationDate d, LocalDate latest) {
    return d != null && d.date() != null && (latest == null || !d.date().isAfter(latest));
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static int skipDigits(String s, int i, int to) {
    while (i < to && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipLetters(String s, int i, int to) {
    while (i < to && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpacesAnd(String s, int i, int to, String extra) {
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || extra.indexOf(c) >= 0) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }
}
