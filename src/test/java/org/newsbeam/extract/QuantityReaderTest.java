package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class QuantityReaderTest {
  /** Quantity of the last token of the phrase, read from the phrase start. */
  private static long count(String phrase) {
    List<Token> t = Tokenizer.tokenize(phrase);
    return QuantityReader.forObject(t, t.size() - 1, 0);
  }

  @Test
  void digitsAndWords() {
    assertEquals(112, count("112 drones"));
    assertEquals(1200, count("1,200 drones"));
    assertEquals(4, count("four cruise missiles"));
    assertEquals(23, count("23 Russian attack drones"));
    assertEquals(25, count("twenty-five drones"));
    assertEquals(30, count("thirty drones"));
    assertEquals(100, count("a hundred drones"));
    assertEquals(250, count("two hundred and fifty drones"));
    assertEquals(12, count("a dozen drones"));
    assertEquals(24, count("two dozen drones"));
    assertEquals(1_500_000, count("1.5 million shells"));
    assertEquals(3, count("three S-300 missiles"));
  }

  @Test
  void partOfATotal() {
    assertEquals(40, count("40 of 58 drones"));
    assertEquals(40, count("40 of the 58 drones"));
    assertEquals(40, count("40 out of 58 drones"));
    assertEquals(40, count("40 of the drones"));
    assertEquals(40, count("40 of Russia's drones"));
  }

  @Test
  void vagueOrNotACount() {
    assertEquals(-1, count("dozens of drones"));
    assertEquals(-1, count("hundreds of drones"));
    assertEquals(-1, count("tens of thousands of shells"));
    assertEquals(-1, count("drones"));
    assertEquals(-1, count("in 3 regions with drones"));
    assertEquals(-1, count("$40 million drones"));
    assertEquals(-1, count("40% drones"));
    assertEquals(-1, count("in 2023 Russian drones"));
    assertEquals(-1, count("at 03:00 drones"));
    assertEquals(-1, count("1st drones"));
    assertEquals(-1, count("3.5 drones"));
    assertEquals(-1, count("24 February drones"));
    assertEquals(-1, count("about 20 kilometres"));
    assertEquals(-1, count("500 square kilometres"));
  }

  @Test
  void elidedNumbers() {
    List<Token> s = Tokenizer.tokenize("70 were downed");
    assertEquals(70, QuantityReader.elidedSubject(s, 0, 2));
    s = Tokenizer.tokenize("40 of them were reportedly shot down");
    assertEquals(40, QuantityReader.elidedSubject(s, 0, 5));
    s = Tokenizer.tokenize("70 drones downed");
    assertEquals(-1, QuantityReader.elidedSubject(s, 0, 2), "needs an auxiliary");
    s = Tokenizer.tokenize("shot down 70 over Kyiv");
    assertEquals(70, QuantityReader.elidedObject(s, 2, s.size()));
    s = Tokenizer.tokenize("shot down 70 people");
    assertEquals(-1, QuantityReader.elidedObject(s, 2, s.size()), "a number of another noun");
  }
}
