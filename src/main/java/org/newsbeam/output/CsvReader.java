package org.newsbeam.output;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted fields with commas, quotes and line breaks), as newsbeam writes it. */
public final class CsvReader {
  private CsvReader() {}

  public static List<List<String>> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<List<String>> parse(String text) {
    try {
      return parse(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<List<String>> parse(Reader r) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = r.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (next == -1) {
              break;
            }
            ch = (char) next;
            // fall through to handle the char after the closing quote
            if (ch == ',') {
              row.add(cell.toString());
              cell.setLength(0);
            } else if (ch == '\n') {
              row.add(cell.toString());
              cell.setLength(0);
              rows.add(row);
              row = new ArrayList<>();
              any = false;
            } else if (ch != '\r') {
              cell.append(ch);
            }
          }
        } else {
          cell.append(ch);
        }
        continue;
      }
      any = true;
      if (ch == '"' && cell.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (any || cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
