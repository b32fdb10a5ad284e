package org.newsbeam.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.aggregate.ArticleId;

/** Ids stay text in a spreadsheet: none of them looks like a number, a date or a time. */
class SpreadsheetTextTest {
  @Test
  void numbersDatesAndTimesAreRecognised() {
    for (String cell : List.of("123456789012", "004711235813", "1e5", "12e456789012", "1E+05", "-3", "3.5", "1,200",
        "50%", "$12", "3-4", "3/4", "2025-01-02", "1.2.2025", "3-Apr", "Apr-3", "12:30", "9:05 pm", "TRUE", "false")) {
      assertTrue(SpreadsheetText.readsAsNumberOrDate(cell), cell);
    }
    for (String cell : List.of("art-5fb02b18b5d5", "ev-6fe1d963d3", "5fb02b18b5d5", "line 4", "offset 1024", "Kyiv",
        "a1", "e5", "Maybe-3x", "")) {
      assertFalse(SpreadsheetText.readsAsNumberOrDate(cell), cell);
    }
  }

  @Test
  void articleIdsAlwaysStayText() {
    int bareHexWouldConvert = 0;
    for (int i = 0; i < 20_000; i++) {
      String url = "https://news.example/2025/03/" + i + "/story";
      String id = ArticleId.of(url);
      assertTrue(id.startsWith(ArticleId.PREFIX), id);
      assertFalse(SpreadsheetText.readsAsNumberOrDate(id), url + " " + id);
      if (SpreadsheetText.readsAsNumberOrDate(id.substring(ArticleId.PREFIX.length()))) {
        bareHexWouldConvert++;
      }
    }
    // without the prefix some of these ids would have turned into numbers: the prefix is needed
    assertTrue(bareHexWouldConvert > 0, "bare hex ids that a spreadsheet converts: " + bareHexWouldConvert);
  }
}
