package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> norms(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::norm).toList();
  }

  @Test
  void possessivesAreMarkedNotSplit() {
    List<Token> t = Tokenizer.tokenize(TextNormalizer.foldPunctuation("Putin’s envoy and Russia‘s army"));
    assertEquals("putin", t.get(0).norm());
    assertTrue(t.get(0).possessive());
    assertEquals("russia", t.get(3).norm());
    assertTrue(t.get(3).possessive());
    assertFalse(t.get(1).possessive());
  }

  @Test
  void pluralPossessive() {
    List<Token> t = Tokenizer.tokenize("the forces' advance");
    assertEquals(List.of("the", "forces", "advance"), t.stream().map(Token::norm).toList());
    assertTrue(t.get(1).possessive());
  }

  @Test
  void numbersKeepSeparators() {
    assertEquals(List.of("fired", "1,200", "drones", "and", "3.5", "tonnes", "."), norms("fired 1,200 drones and 3.5 tonnes."));
    assertEquals(Token.Shape.NUMBER, Tokenizer.tokenize("1,200").get(0).shape());
  }

  @Test
  void commaBetweenWordsSplits() {
    assertEquals(List.of("kyiv", ",", "odesa"), norms("Kyiv,Odesa"));
  }

  @Test
  void hyphenatedAndMixed() {
    assertEquals(List.of("s-400", "systems"), norms("S-400 systems"));
    assertEquals(Token.Shape.MIXED, Tokenizer.tokenize("S-400").get(0).shape());
  }

  @Test
  void shapes() {
    List<Token> t = Tokenizer.tokenize("US us Us NATO's");
    assertEquals(Token.Shape.UPPER, t.get(0).shape());
    assertEquals(Token.Shape.LOWER, t.get(1).shape());
    assertEquals(Token.Shape.CAPITALISED, t.get(2).shape());
    assertEquals(Token.Shape.UPPER, t.get(3).shape());
    assertEquals("nato", t.get(3).norm());
  }

  @Test
  void curlyQuotesFold() {
    assertEquals("\"Putin's\" 'war'", TextNormalizer.foldPunctuation("“Putin’s” ‘war’"));
    assertEquals("Volodymyr Zelensky said", TextNormalizer.cleanParagraph("Volodymyr\n  Zelensky\u00A0said "));
  }
}
