package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbeam.text.Token;
import org.newsbeam.text.Tokenizer;

class ClausesTest {
  /** The sentence's clauses as text, actors given by surface form. */
  private static List<String> clauses(String sentence, String... actorSurfaces) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<ActorMention> actors = new ArrayList<>();
    for (String a : actorSurfaces) {
      actors.add(EventFixtures.actor(tokens, a, a));
    }
    actors.sort(java.util.Comparator.comparingInt(ActorMention::start));
    Clauses c = Clauses.split(tokens, actors);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < c.count(); k++) {
      StringBuilder b = new StringBuilder();
      for (int i = c.start(k); i < c.end(k); i++) {
        b.append(i > c.start(k) ? " " : "").append(tokens.get(i).text());
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void semicolonAndColonSplit() {
    assertEquals(
        List.of("Overnight :", "Russia fired 40 drones ;", "35 were downed ."),
        clauses("Overnight: Russia fired 40 drones; 35 were downed."));
  }

  @Test
  void timeColonDoesNotSplit() {
    assertEquals(1, clauses("Sirens sounded at 03:00 in Kyiv.").size());
  }

  @Test
  void commaConjunctionsSplit() {
    assertEquals(
        List.of("Russia fired 40 drones ,", "while Ukraine said 35 were downed ."),
        clauses("Russia fired 40 drones, while Ukraine said 35 were downed.", "Russia", "Ukraine"));
  }

  @Test
  void andWithANewSubjectSplits() {
    assertEquals(
        List.of("Russia fired 40 drones", "and Ukraine shot down 35 ."),
        clauses("Russia fired 40 drones and Ukraine shot down 35.", "Russia", "Ukraine"));
    assertEquals(2, clauses("Russia fired 40 drones and they hit a school.", "Russia").size());
  }

  @Test
  void listsStayTogether() {
    assertEquals(1, clauses("Zelensky and Macron held talks.", "Zelensky", "Macron").size());
    assertEquals(1, clauses("Russia, Ukraine and Turkey held talks.", "Russia", "Ukraine", "Turkey").size());
    assertEquals(1, clauses("Russia fired 112 drones and four cruise missiles overnight.", "Russia").size());
    assertEquals(1, clauses("Drones struck Ukrainian and Russian armed groups.", "Ukrainian", "Russian").size());
  }

  @Test
  void clauseOfFindsTheHoldingClause() {
    List<Token> tokens = Tokenizer.tokenize("A; B; C");
    Clauses c = Clauses.split(tokens, List.of());
    assertEquals(0, c.clauseOf(0));
    assertEquals(0, c.clauseOf(1));
    assertEquals(1, c.clauseOf(2));
    assertEquals(2, c.clauseOf(4));
  }

  @Test
  void timeClauseWithItsOwnVerbSplits() {
    assertEquals(
        List.of("Russia and Ukraine exchanged 175 prisoners ,", "a day after Trump and Putin discussed the war ."),
        clauses("Russia and Ukraine exchanged 175 prisoners, a day after Trump and Putin discussed the war.", "Russia", "Ukraine", "Trump", "Putin"));
    assertEquals(1, clauses("Drones struck Kyiv, shortly after midnight.").size(), "no verb, no clause");
  }

  @Test
  void newSubjectAfterAnAside() {
    assertEquals(
        List.of("Scholz called the attack cynical ,", "and Merz , who is expected to lead , said Germany could send missiles ."),
        clauses("Scholz called the attack cynical, and Merz, who is expected to lead, said Germany could send missiles.", "Scholz", "Merz", "Germany"));
  }
}
