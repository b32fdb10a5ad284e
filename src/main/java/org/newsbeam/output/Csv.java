package org.newsbeam.output;

import java.util.List;

/**
 * CSV cells and lines as RFC 4180 writes them: fields with a comma, quote, CR or LF are quoted,
 * quotes doubled, lines end in CRLF-free "\n" joined by the writer.
 *
 * <p>Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are
 * neutralised by default with a leading apostrophe, the OWASP rule for CSV injection. Numbers are
 * never neutralised: "-3" stays a number. Machine consumers can turn it off.
 */
public final class Csv implements java.io.Serializable {
  private final boolean neutraliseFormulas;

  public Csv(boolean neutraliseFormulas) {
    this.neutraliseFormulas = neutraliseFormulas;
  }

  public static final Csv SAFE = new Csv(true);
  public static final Csv RAW = new Csv(false);

  public String line(List<?> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      appendCell(sb, cells.get(i));
    }
    return sb.toString();
  }

  public String line(Object... cells) {
    return line(List.of(cells));
  }

  void appendCell(StringBuilder sb, Object value) {
    String s = withoutControls(value == null ? "" : value.toString());
    if (neutraliseFormulas && value instanceof CharSequence && isFormula(s)) {
      s = "'" + s;
    }
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /**
   * Drops control characters (NUL, the other C0 controls but tab, LF and CR, DEL, C1) from a cell:
   * they carry nothing an analyst reads, and NUL ends strings in C-based readers and breaks
   * spreadsheet imports.
   */
  static String withoutControls(String s) {
    int i = 0;
    while (i < s.length() && !isDropped(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDropped(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isDropped(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  static boolean isFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '@' || c == '\t' || c == '\r') {
      return true;
    }
    if (c == '+' || c == '-') {
      return !isNumber(s);
    }
    return false;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
