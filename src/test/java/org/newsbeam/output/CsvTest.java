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
  void controlCharactersNeverReachACell() {
    assertEquals("Kyiv said,\"two\nlines\t\"", Csv.SAFE.line("Ky\u0000iv\u0007 said\u007f\u0085", "two\n\u001blines\t"));
    assertEquals("'=cmd", Csv.SAFE.line("\u0000=cmd"), "a NUL does not hide a formula");
    assertEquals("plain", Csv.RAW.line("plain"));
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
