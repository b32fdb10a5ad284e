package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class TermPatternTest {
  private static List<Token> tok(String s) {
    return Tokenizer.tokenize(s);
  }

  @Test
  void multiWordTermMatchesTokenByToken() {
    TermPattern t = TermPattern.compile("shot down");
    List<Token> s = tok("Ukraine shot down 40 drones");
    assertEquals(3, t.matchAt(s, 1));
    assertEquals(-1, t.matchAt(s, 0));
    assertEquals(-1, t.matchAt(s, 4), "runs past the sentence end");
  }

  @Test
  void starIsAPrefixMatchOnTheLastWordOnly() {
    TermPattern t = TermPattern.compile("intercept*");
    assertEquals(1, t.matchAt(tok("Intercepted"), 0));
    assertEquals(1, t.matchAt(tok("interceptors"), 0));
    assertEquals(-1, t.matchAt(tok("counter-intercept"), 0));
    TermPattern two = TermPattern.compile("drone attack*");
    assertEquals(2, two.matchAt(tok("drone attacks"), 0));
    assertEquals(-1, two.matchAt(tok("drones attacks"), 0), "only the starred word is a prefix");
  }

  @Test
  void caseAndPossessiveFollowTheTokenizer() {
    TermPattern t = TermPattern.compile("Russia's defence ministry");
    assertEquals(3, t.matchAt(tok("RUSSIA'S defence ministry"), 0));
    assertEquals(3, t.matchAt(tok("Russia defence ministry"), 0), "norms drop the possessive");
  }

  @Test
  void blankOrStarOnlyTermsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TermPattern.compile(" "));
    assertThrows(IllegalArgumentException.class, () -> TermPattern.compile("shot *"));
  }

  @Test
  void indexFindsEveryOccurrenceOfManyTerms() {
    TermIndex<Integer> index = new TermIndex<>();
    index.add(TermPattern.compile("shot down"), 1);
    index.add(TermPattern.compile("drone*"), 2);
    index.add(TermPattern.compile("dr*"), 3);
    index.add(TermPattern.compile("down"), 4);
    for (int i = 0; i < 5000; i++) {
      index.add(TermPattern.compile("filler" + i + " word"), 100 + i);
    }
    List<Token> s = tok("Ukraine shot down 40 drones and a drone");
    List<String> found = new ArrayList<>();
    for (TermIndex.Hit<Integer> h : index.scan(s)) {
      found.add(h.value() + "@" + h.start() + "-" + h.end());
    }
    assertEquals(List.of("1@1-3", "4@2-3", "3@4-5", "2@4-5", "3@7-8", "2@7-8"), found);
    assertEquals(List.of(), index.scan(tok("filler12")), "a term needs all its words");
    assertEquals(1, index.scan(tok("filler12 word")).size());
  }
}
