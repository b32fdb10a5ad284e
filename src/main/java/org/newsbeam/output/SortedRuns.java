package org.newsbeam.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external merge sort of table rows: each shard of a table is sorted and written as a run,
 * and the runs are merged into the final file while they are read. No step holds more than one
 * shard of a table in memory, however large the table grows. Plain Java over streams; the Beam
 * side (which shard goes where, which filesystem) is {@link WriteTables}'.
 */
public final class SortedRuns {
  private SortedRuns() {}

  /** A row of a table: its sort key and its CSV line. */
  public record Row(String key, String line) {}

  /** By key, ties by the line itself, so every runner and parallelism gives the same bytes. */
  public static final Comparator<Row> ORDER = Comparator.comparing(Row::key).thenComparing(Row::line);

  /** Sorts the rows and writes them as one run: length-prefixed UTF-8 key and line per row. */
  public static void writeRun(List<Row> rows, OutputStream out) throws IOException {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    for (Row r : sorted) {
      writeString(data, r.key());
      writeString(data, r.line());
    }
    data.flush();
  }

  /**
   * The lines of all runs in order. Reads each run as it goes (one row of each in memory); the
   * caller closes the streams.
   */
  public static Iterator<String> merge(List<InputStream> runs) throws IOException {
    PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.row, b.row));
    for (InputStream in : runs) {
      Head h = new Head(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
      if (h.advance()) {
        heads.add(h);
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public String next() {
        Head h = heads.poll();
        if (h == null) {
          throw new NoSuchElementException();
        }
        String line = h.row.line();
        try {
          if (h.advance()) {
            heads.add(h);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("reading a sorted run", e);
        }
        return line;
      }
    };
  }

  private static final class Head {
    final DataInputStream in;
    Row row;

    Head(DataInputStream in) {
      this.in = in;
    }

    boolean advance() throws IOException {
      String key;
      try {
        key = readString(in);
      } catch (EOFException end) {
        return false;
      }
      row = new Row(key, readString(in));
      return true;
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
