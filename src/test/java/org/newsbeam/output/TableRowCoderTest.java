package org.newsbeam.output;

import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

/** Rows of every table cross a shuffle unchanged, non-ASCII text and empty keys included. */
class TableRowCoderTest {
  @Test
  void rowsOfEveryTableSurviveEncoding() throws Exception {
    for (Table t : Table.values()) {
      CoderProperties.coderDecodeEncodeEqual(TableRow.RowCoder.of(),
          new TableRow(t, t.ordinal() + "|Zelensky", "Zelensky,\"Київ, Ukraine\",3"));
      CoderProperties.coderDecodeEncodeEqual(TableRow.RowCoder.of(), new TableRow(t, "", ""));
    }
  }
}
