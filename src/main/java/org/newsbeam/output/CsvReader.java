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
    forEachRow(r, rows::add);
    return rows;
  }

  /** Hands each row to {@code sink} as it is read, so a large table is never held whole. */
  public static void forEachRow(Reader r, java.util.function.Consumer<List<String>> sink) throws IOException {
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean pending = false; // a row has begun
    int c = r.read();
    while (c != -1) {
      char ch = (char) c;
      c = r.read();
      if (quoted) {
        if (ch != '"') {
          cell.append(ch);
        } else if (c == '"') {
          cell.append('"'); // a doubled quote inside a quoted cell
          c = r.read();
        } else {
          quoted = false;
        }
        continue;
      }
      pending = true;
      if (ch == '"' && cell.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        sink.accept(row);
        row = new ArrayList<>();
        pending = false;
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (pending || cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      sink.accept(row);
    }
  }
}
