package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

/** Dead and injured from casualty clauses in sentences of our own; never the act's count. */
class CasualtiesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The missile hit a market, killing at least four people and injuring 12.|4|12",
        "Russia launched 60 drones at Odesa; two civilians were killed and 15 wounded.|2|15",
        "A glide bomb struck the town, leaving three dead and nine injured.|3|9",
        "Five people died when a drone hit a bus in Kherson.|5|-1",
        "The strike wounded a dozen residents, the governor said.|-1|12",
        "Drones hit the depot; nobody was hurt.|-1|-1",
        "A drone crashed into a house, injuring a 12-year-old girl.|-1|-1",
        "Russia fired 40 missiles overnight, killing dozens.|-1|-1",
        "At least 7 people were injured after Russia fired 30 drones at Kyiv.|-1|7",
        "Officials said 11 were killed and more than 20 others were hurt.|11|20",
      })
  void casualtyClauses(String sentence, long dead, long hurt) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    Casualties.Count c = Casualties.read(tokens, 0, tokens.size());
    assertEquals(dead, c.fatalities(), sentence);
    assertEquals(hurt, c.injured(), sentence);
  }
}
