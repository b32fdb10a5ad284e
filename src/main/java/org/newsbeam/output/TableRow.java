package org.newsbeam.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A row of one of the run's tables: the table it belongs to, its sort key and its CSV line. Every
 * table's rows travel in one collection to {@link WriteTables}, which sorts and writes them per
 * table.
 */
public record TableRow(Table table, String key, String line) implements Serializable {
  /** A compact coder: the table's ordinal, then key and line as UTF-8. */
  public static final class RowCoder extends AtomicCoder<TableRow> {
    private static final RowCoder INSTANCE = new RowCoder();
    private static final Table[] TABLES = Table.values();

    public static RowCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(TableRow row, OutputStream out) throws IOException {
      VarIntCoder.of().encode(row.table().ordinal(), out);
      StringUtf8Coder.of().encode(row.key(), out);
      StringUtf8Coder.of().encode(row.line(), out);
    }

    @Override
    public TableRow decode(InputStream in) throws IOException {
      Table t = TABLES[VarIntCoder.of().decode(in)];
      return new TableRow(t, StringUtf8Coder.of().decode(in), StringUtf8Coder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
