package org.newsbeam.ingest;

/**
 * One line of the run's listing file per entry the input listing found: {@code F<TAB>path} for a
 * file to read, {@code S<TAB>path<TAB>reason} for an entry skipped at listing. Backslash, tab,
 * newline and carriage return are escaped, so a file name holding a newline stays one entry.
 */
public final class ListingFile {
  private ListingFile() {}

  public static String fileLine(String path) {
    return "F\t" + escape(path);
  }

  public static String skippedLine(String path, String reason) {
    return "S\t" + escape(path) + "\t" + escape(reason);
  }

  /** A parsed line: the path, and the reason when it was skipped at listing (else null). */
  public record Entry(String path, String skipReason) {}

  public static Entry parse(String line) {
    String[] parts = line.split("\t", -1);
    if (parts.length == 2 && parts[0].equals("F")) {
      return new Entry(unescape(parts[1]), null);
    }
    if (parts.length == 3 && parts[0].equals("S")) {
      return new Entry(unescape(parts[1]), unescape(parts[2]));
    }
    throw new IllegalArgumentException("not a listing line: " + line);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
