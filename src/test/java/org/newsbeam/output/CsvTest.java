package org.newsbeam.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesWhatNeedsQuoting() {
    assertEquals("a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\"", Csv.SAFE.line("a", "b,c", "say \"no\"", "two\nlines"));
  }

  @Test
  void neutralisesFormulas() {
    assertEquals("'@cmd,'+A1,'-A1,-3,+4", Csv.SAFE.line("@cmd", "+A1", "-A1", "-3", "+4"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.SAFE.line("=HYPERLINK(\"x\")"));
    assertEquals("'\tx", Csv.SAFE.line("\tx"));
    assertEquals("=1+1", Csv.RAW.line("=1+1"));
    assertEquals("12", Csv.SAFE.line(12));
  }

  @Test
  void roundTripsThroughTheReader() {
    List<String> cells = List.of("plain", "comma, inside", "quote \" inside", "line\nbreak", "", "'=x");
    String text = Csv.RAW.line(cells) + "\n" + Csv.RAW.line("a", "b", "c", "d", "e", "f") + "\n";
    List<List<String>> rows = CsvReader.parse(text);
    assertEquals(2, rows.size());
    assertEquals(cells, rows.get(0));
  }
}
